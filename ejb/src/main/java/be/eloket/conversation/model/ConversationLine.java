package be.eloket.conversation.model;

import be.eloket.conversation.entity.ConversationStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * A conversation as a facility's page in the backoffice lists it (BO-5): its title is the one of its first
 * message; handled by its case handler, else its team.
 */
public record ConversationLine(long id, String reference, String themeNameNl, String themeNameEn, String title,
                               ConversationStatus status, Instant createdAt, Instant lastMessageAt, String handledBy)
        implements Serializable {

    public String themeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? themeNameEn : themeNameNl;
    }

    public long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    public String getHandledBy() {
        return handledBy;
    }
}
