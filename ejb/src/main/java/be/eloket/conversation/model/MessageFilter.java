package be.eloket.conversation.model;

import be.eloket.conversation.entity.Direction;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of a message list (MSG-4); null or blank means "any". Text filters are
 * case-insensitive "contains"; dates are whole days in Europe/Brussels, both ends included.
 * {@code direction} null lists both, as on a theme page (MSG-14).
 */
public record MessageFilter(Direction direction, String reference, Long themeId, String title, String counterpart,
                            LocalDate from, LocalDate to) implements Serializable {

    public static MessageFilter of(Direction direction) {
        return new MessageFilter(direction, null, null, null, null, null, null);
    }

    public MessageFilter withReference(String value) {
        return new MessageFilter(direction, value, themeId, title, counterpart, from, to);
    }

    public MessageFilter withTheme(Long value) {
        return new MessageFilter(direction, reference, value, title, counterpart, from, to);
    }

    public MessageFilter withTitle(String value) {
        return new MessageFilter(direction, reference, themeId, value, counterpart, from, to);
    }

    public MessageFilter withCounterpart(String value) {
        return new MessageFilter(direction, reference, themeId, title, value, from, to);
    }

    public MessageFilter between(LocalDate fromDay, LocalDate toDay) {
        return new MessageFilter(direction, reference, themeId, title, counterpart, fromDay, toDay);
    }
}
