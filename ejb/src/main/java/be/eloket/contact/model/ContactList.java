package be.eloket.contact.model;

import be.eloket.theme.entity.Theme;
import java.io.Serializable;
import java.util.List;

/**
 * The contact persons tab of a facility: the lines of the table, the version of the list (for the
 * optimistic lock of a save, CP-3), the themes a person can be responsible for, and per theme the
 * confirmed contact persons (CP-5).
 */
public record ContactList(List<ContactRow> rows, long version, List<Theme> themes, List<ThemeContacts> overview)
        implements Serializable {

    /** The confirmed contact persons of one theme; empty when the theme has none yet. */
    public record ThemeContacts(Theme theme, List<String> names) implements Serializable {

        public Theme getTheme() {
            return theme;
        }

        public List<String> getNames() {
            return names;
        }
    }

    public List<ContactRow> getRows() {
        return rows;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public List<ThemeContacts> getOverview() {
        return overview;
    }
}
