package be.eloket.account.model;

import be.eloket.platform.Role;
import java.io.Serializable;

/** One line of the account list (BO-7): never the password or its hash, only whether one is set. */
public record AccountLine(long id, String username, String displayName, Role role, String facilityName, String teamName,
                         boolean active, boolean passwordSet) implements Serializable {

    /** For the JPQL constructor expression: of the password hash only whether there is one is kept. */
    public AccountLine(Long id, String username, String displayName, Role role, String facilityName, String teamName,
                       Boolean active, String passwordHash) {
        this(id.longValue(), username, displayName, role, facilityName, teamName, active.booleanValue(), passwordHash != null);
    }

    // Expression Language 5 (Jakarta EE 10) reads bean getters only, not record accessors.

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public String getTeamName() {
        return teamName;
    }

    public boolean isActive() {
        return active;
    }

    /** Invited or reset and no password chosen yet. */
    public boolean isInvited() {
        return active && !passwordSet;
    }
}
