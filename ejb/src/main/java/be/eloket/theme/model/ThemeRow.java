package be.eloket.theme.model;

import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the administrators' themes table (BO-4): a theme as it is edited, with the version
 * it was read at (optimistic locking) and whether anything points to it (then it can only be
 * deactivated, not deleted). A line without id is a new theme.
 */
public class ThemeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String nameNl;
    private String nameEn;
    private boolean active = true;
    private Long defaultTeamId;
    private List<Long> teamIds = new ArrayList<>();
    private boolean inUse;

    public ThemeRow() {
        // a new line
    }

    public static ThemeRow of(Theme theme, boolean inUse) {
        ThemeRow row = new ThemeRow();
        row.id = theme.getId();
        row.version = theme.getVersion();
        row.code = theme.getCode();
        row.nameNl = theme.getNameNl();
        row.nameEn = theme.getNameEn();
        row.active = theme.isActive();
        row.defaultTeamId = theme.getDefaultTeam() == null ? null : theme.getDefaultTeam().getId();
        row.teamIds = new ArrayList<>(theme.getTeams().stream().map(Team::getId).toList());
        row.inUse = inUse;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public Long getDefaultTeamId() {
        return defaultTeamId;
    }

    public void setDefaultTeamId(Long defaultTeamId) {
        this.defaultTeamId = defaultTeamId;
    }

    public List<Long> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<Long> teamIds) {
        this.teamIds = teamIds == null ? new ArrayList<>() : new ArrayList<>(teamIds);
    }

    /** Conversations, facilities or contact persons point to it: it can be deactivated, not deleted. */
    public boolean isInUse() {
        return inUse;
    }
}
