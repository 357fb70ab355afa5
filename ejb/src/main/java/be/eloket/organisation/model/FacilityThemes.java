package be.eloket.organisation.model;

import java.io.Serializable;
import java.util.List;

/**
 * A facility with the themes that apply to it (BO-4): the ids as read, which a save must still
 * find stored (optimistic locking on the list).
 */
public record FacilityThemes(long facilityId, String name, String number, List<Long> themeIds) implements Serializable {

    public FacilityThemes {
        themeIds = List.copyOf(themeIds);
    }

    // Expression Language 5 (Jakarta EE 10) reads bean getters only, not record accessors.

    public long getFacilityId() {
        return facilityId;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }
}
