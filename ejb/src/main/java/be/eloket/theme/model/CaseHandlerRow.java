package be.eloket.theme.model;

import java.io.Serializable;

/**
 * A case handler's account as the administrators' page shows it (BO-4): who, and the team he
 * belongs to, which decides the conversations he sees. The account itself is made elsewhere.
 */
public class CaseHandlerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final long version;
    private final String displayName;
    private final String username;
    private final boolean active;
    private Long teamId;

    public CaseHandlerRow(long accountId, long version, String displayName, String username, boolean active, Long teamId) {
        this.accountId = accountId;
        this.version = version;
        this.displayName = displayName;
        this.username = username;
        this.active = active;
        this.teamId = teamId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getVersion() {
        return version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUsername() {
        return username;
    }

    public boolean isActive() {
        return active;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }
}
