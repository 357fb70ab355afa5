package be.eloket.audit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One data field before → after. Only data fields may be given: never a token, password or
 * message body.
 */
public record FieldChange(String field, String before, String after) implements Serializable {

    /** The field without values, when only the fact of a change is known. */
    public static FieldChange of(String field) {
        return new FieldChange(field, null, null);
    }

    public boolean changed() {
        return !Objects.equals(before, after);
    }

    @Override
    public String toString() {
        if (before == null && after == null) {
            return field;
        }
        return field + ": " + shown(before) + " → " + shown(after);
    }

    private static String shown(String value) {
        return value == null ? "—" : value;
    }
}
