package be.eloket.account.model;

import be.eloket.platform.Role;
import java.io.Serializable;

/**
 * The logged-in person as the pages need it: small and serialisable, so it can live in the HTTP
 * session (which a cluster replicates). {@code facilityId} and {@code facilityName} are null for
 * department staff.
 */
public record ActiveAccount(long id, String username, String displayName, Role role,
                            Long facilityId, String facilityName) implements Serializable {

    public boolean isFacilityUser() {
        return role == Role.FACILITY_USER;
    }

    // Expression Language 5 (Jakarta EE 10) reads bean getters only, not record accessors.

    public String getDisplayName() {
        return displayName;
    }

    public String getFacilityName() {
        return facilityName;
    }
}
