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
        return describedAs(field);
    }

    /** "label: before → after" ("—" for no value), or the label alone when only the fact of a change is known. */
    public String describedAs(String label) {
        if (before == null && after == null) {
            return label;
        }
        return label + ": " + shown(before) + " → " + shown(after);
    }

    private static String shown(String value) {
        return value == null ? "—" : value;
    }
}
