package be.eloket.conversation.model;

import be.eloket.conversation.entity.Direction;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** One line of a message list: what the table shows, no body. */
public record MessageLine(long id, Direction direction, String reference, String themeNameNl, String themeNameEn,
                          String title, String counterpart, Instant sentAt, Instant readAt) implements Serializable {

    public String themeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? themeNameEn : themeNameNl;
    }

    public boolean isUnread() {
        return direction == Direction.RECEIVED && readAt == null;
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

    public String getThemeNameNl() {
        return themeNameNl;
    }

    public String getThemeNameEn() {
        return themeNameEn;
    }

    public String getTitle() {
        return title;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
