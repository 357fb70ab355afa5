package be.eloket.web.backoffice;

import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.theme.boundary.TeamAdministration;
import be.eloket.theme.boundary.ThemeAdministration;
import be.eloket.theme.model.CaseHandlerRow;
import be.eloket.theme.model.TeamRow;
import be.eloket.theme.model.ThemeRow;
import be.eloket.web.Language;
import be.eloket.web.Problems;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.primefaces.event.RowEditEvent;

/**
 * /backoffice/themes.xhtml: the administrators' themes, teams and case handlers (BO-4); the themes
 * of a facility are {@link FacilityThemesBacking}'s. Every table is edited a line at a time (the
 * pencil); each save is one call of {@link ThemeAdministration} or {@link TeamAdministration}.
 */
@Named
@ViewScoped
public class ThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ThemeAdministration administration;

    @EJB
    TeamAdministration teamAdministration;

    @Inject
    Language language;

    private List<ThemeRow> themes;
    private List<TeamRow> teams;
    private List<CaseHandlerRow> caseHandlers;

    /** Every table again: a team's change shows in the themes' lines, a theme's in whether a team is in use. */
    @PostConstruct
    void load() {
        themes = new ArrayList<>(administration.themes());
        teams = new ArrayList<>(teamAdministration.teams());
        caseHandlers = new ArrayList<>(teamAdministration.caseHandlers());
    }

    // ---- themes

    public void addTheme() {
        themes.add(0, new ThemeRow());
    }

    public void saveTheme(RowEditEvent<ThemeRow> event) {
        ThemeRow row = event.getObject();
        try {
            administration.saveTheme(row);
            load();
            Problems.globalInfo("themes.saved", row.getCode());
        } catch (RejectedInput e) {
            Problems.show(inLine(e, themes.indexOf(row)), "themes.not-saved", "themes.column");
        } catch (ConcurrentChange e) {
            changedBySomeoneElse();
        }
    }

    public void cancelTheme(RowEditEvent<ThemeRow> event) {
        if (event.getObject().isNew()) {
            themes.remove(event.getObject());
        }
    }

    public void deleteTheme(ThemeRow row) {
        if (row.isNew()) {
            themes.remove(row);
            return;
        }
        try {
            administration.deleteTheme(row.getId(), row.getVersion());
            load();
            Problems.globalInfo("themes.deleted", row.getCode());
        } catch (RejectedInput e) {
            Problems.show(e, "themes.not-deleted");
        } catch (ConcurrentChange e) {
            changedBySomeoneElse();
        }
    }

    public void setThemeActive(ThemeRow row, boolean active) {
        try {
            administration.setThemeActive(row.getId(), row.getVersion(), active);
            load();
            Problems.globalInfo(active ? "themes.reactivated" : "themes.deactivated", row.getCode());
        } catch (ConcurrentChange e) {
            changedBySomeoneElse();
        }
    }

    // ---- teams

    public void addTeam() {
        teams.add(0, new TeamRow());
    }

    public void saveTeam(RowEditEvent<TeamRow> event) {
        TeamRow row = event.getObject();
        try {
            teamAdministration.saveTeam(row);
            load();
            Problems.globalInfo("teams.saved", row.getName());
        } catch (RejectedInput e) {
            Problems.show(inLine(e, teams.indexOf(row)), "teams.not-saved", "teams.column");
        } catch (ConcurrentChange e) {
            changedBySomeoneElse();
        }
    }

    public void cancelTeam(RowEditEvent<TeamRow> event) {
        if (event.getObject().isNew()) {
            teams.remove(event.getObject());
        }
    }

    public void deleteTeam(TeamRow row) {
        if (row.isNew()) {
            teams.remove(row);
            return;
        }
        try {
            teamAdministration.deleteTeam(row.getId(), row.getVersion());
            load();
            Problems.globalInfo("teams.deleted", row.getName());
        } catch (RejectedInput e) {
            Problems.show(e, "teams.not-deleted");
        } catch (ConcurrentChange e) {
            changedBySomeoneElse();
        }
    }

    public void setTeamActive(TeamRow row, boolean active) {
        try {
            teamAdministration.setTeamActive(row.getId(), row.getVersion(), active);
            load();
            Problems.globalInfo(active ? "teams.reactivated" : "teams.deactivated", row.getName());
        } catch (RejectedInput e) {
            Problems.show(e, "teams.not-saved");
        } catch (ConcurrentChange e) {
            changedBySomeoneElse();
        }
    }

    // ---- case handlers

    public void assignTeam(RowEditEvent<CaseHandlerRow> event) {
        CaseHandlerRow row = event.getObject();
        try {
            teamAdministration.assignTeam(row.getAccountId(), row.getVersion(), row.getTeamId());
            load();
            Problems.globalInfo("case-handlers.saved", row.getDisplayName());
        } catch (RejectedInput e) {
            Problems.show(inLine(e, caseHandlers.indexOf(row)), "case-handlers.not-saved", "case-handlers.column");
        } catch (ConcurrentChange e) {
            changedBySomeoneElse();
        }
    }

    // ---- what the page shows

    /** The name of a team, for the read-only cells. */
    public String teamName(Long teamId) {
        // A theme without default team has none, even while a new team's line (no id yet) is open.
        return teamId == null ? "" : teams.stream().filter(team -> teamId.equals(team.getId())).map(TeamRow::getName)
                .filter(Objects::nonNull).findFirst().orElse("");
    }

    public String teamNames(ThemeRow row) {
        return String.join(", ", teams.stream().filter(team -> row.getTeamIds().contains(team.getId()))
                .map(TeamRow::getName).toList());
    }

    /** The teams a line may choose: the active ones, and the one it already has. */
    public List<TeamRow> teamChoices(Long current) {
        return teams.stream().filter(team -> !team.isNew() && (team.isActive() || Objects.equals(team.getId(), current)))
                .toList();
    }

    /** The teams a line may let answer: the active ones, and those that answer it already. */
    public List<TeamRow> answeringTeamChoices(ThemeRow row) {
        return teams.stream().filter(team -> !team.isNew() && (team.isActive() || row.getTeamIds().contains(team.getId())))
                .toList();
    }

    public String themeName(ThemeRow row) {
        return "en".equals(language.getLocale().getLanguage()) ? row.getNameEn() : row.getNameNl();
    }

    public List<ThemeRow> getStoredThemes() {
        return themes.stream().filter(theme -> !theme.isNew()).toList();
    }

    private void changedBySomeoneElse() {
        load();
        Problems.globalError("themes.changed-by-someone-else");
    }

    /** The problems of one line, as the problems of line {@code index} of the form's table "rows". */
    private static RejectedInput inLine(RejectedInput rejection, int index) {
        return new RejectedInput(rejection.problems().stream()
                .map(problem -> new Problem("rows[" + index + "]." + problem.field(), problem.messageKey(), problem.arguments()))
                .toList());
    }

    public List<ThemeRow> getThemes() {
        return themes;
    }

    public List<TeamRow> getTeams() {
        return teams;
    }

    public List<CaseHandlerRow> getCaseHandlers() {
        return caseHandlers;
    }

}
