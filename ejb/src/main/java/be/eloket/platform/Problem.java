package be.eloket.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with what a user typed: the field it concerns (a property path such as
 * {@code email} or {@code rows[2].email}), a message key of the resource bundle, and the
 * arguments of that message. The web tier turns it into a message beside the field, in the
 * user's language; the boundary never formats text itself.
 */
public record Problem(String field, String messageKey, List<Serializable> arguments) implements Serializable {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Serializable... arguments) {
        return new Problem(field, messageKey, List.of(arguments));
    }
}
