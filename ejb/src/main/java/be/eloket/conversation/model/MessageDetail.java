package be.eloket.conversation.model;

import be.eloket.conversation.entity.Direction;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A message as its detail page shows it (MSG-6, MSG-12): its fields, its attachments, and the
 * other messages of its conversation ("Berichthistoriek"), newest first, each with its own.
 */
public record MessageDetail(long id, long conversationId, Direction direction, String reference, String themeNameNl,
                            String themeNameEn, String title, String body, String authorName, String counterpart,
                            Instant sentAt, List<AttachmentSummary> attachments, List<MessageDetail> history)
        implements Serializable {

    public String themeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? themeNameEn : themeNameNl;
    }

    public long getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public List<AttachmentSummary> getAttachments() {
        return attachments;
    }

    public List<MessageDetail> getHistory() {
        return history;
    }

    public boolean isReceived() {
        return direction == Direction.RECEIVED;
    }
}
