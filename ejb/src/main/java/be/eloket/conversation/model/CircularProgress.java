package be.eloket.conversation.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * A circular as it stands (BO-10): what was sent, under which theme, by whom and when, and how far
 * its job got: of its {@code recipients} facilities, how many got their conversation, how many were
 * refused (closed, or without the theme), and how many opened it.
 */
public record CircularProgress(long id, String title, String themeName, String authorName, Instant createdAt,
                               Instant finishedAt, boolean running, int recipients, long sent, long refused, long opened)
        implements Serializable {

    /** The facilities handled so far, sent or refused: the "n" of "n van N". */
    public long handled() {
        return sent + refused;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getThemeName() {
        return themeName;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public boolean isRunning() {
        return running;
    }

    public int getRecipients() {
        return recipients;
    }

    public long getSent() {
        return sent;
    }

    public long getRefused() {
        return refused;
    }

    public long getOpened() {
        return opened;
    }

    public long getHandled() {
        return handled();
    }
}
