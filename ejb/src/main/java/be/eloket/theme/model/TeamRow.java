package be.eloket.theme.model;

import be.eloket.theme.entity.Team;
import java.io.Serializable;
import java.util.List;

/**
 * One line of the administrators' teams table (BO-4): a team as it is edited, with the version it
 * was read at, its case handlers by name, and whether anything points to it (then it can only be
 * deactivated). A line without id is a new team.
 */
public class TeamRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private String email;
    private boolean active = true;
    private boolean inUse;
    private List<String> caseHandlers = List.of();

    public TeamRow() {
        // a new line
    }

    public static TeamRow of(Team team, boolean inUse, List<String> caseHandlers) {
        TeamRow row = new TeamRow();
        row.id = team.getId();
        row.version = team.getVersion();
        row.name = team.getName();
        row.email = team.getEmail();
        row.active = team.isActive();
        row.inUse = inUse;
        row.caseHandlers = List.copyOf(caseHandlers);
        return row;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    /** Conversations, accounts or themes point to it: it can be deactivated, not deleted. */
    public boolean isInUse() {
        return inUse;
    }

    /** The names of its case handlers, by name. */
    public List<String> getCaseHandlers() {
        return caseHandlers;
    }

    public String getCaseHandlerNames() {
        return String.join(", ", caseHandlers);
    }
}
