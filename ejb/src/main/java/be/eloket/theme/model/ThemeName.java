package be.eloket.theme.model;

import be.eloket.theme.entity.Theme;
import java.io.Serializable;

/**
 * A theme as a list filter offers it: its id and its two names, nothing to route with. Read as
 * such, not as a {@link Theme} with its team, on the page most opened (benchmark P2, docs/benchmarks.md).
 */
public record ThemeName(long id, String nameNl, String nameEn) implements Serializable {

    // Getters for Jakarta EL 5, which does not know a record's accessors.

    public long getId() {
        return id;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }
}
