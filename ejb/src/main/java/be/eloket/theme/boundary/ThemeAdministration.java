package be.eloket.theme.boundary;

import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.Constraints;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.control.Records;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import be.eloket.theme.model.ThemeRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrators' themes (BO-4): code, names, the default team and the teams that answer
 * each. Nothing that a conversation, a facility or a contact person points to is ever deleted: it
 * is deactivated, and its history stays. Every change is audited (SEC-5).
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class ThemeAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @Inject
    Records records;

    @Inject
    Event<Audited> audited;

    /** Every theme, active or not, by code. */
    public List<ThemeRow> themes() {
        Set<Long> inUse = records.ids("select t.id from theme t where exists (select 1 from conversation c where c.theme_id = t.id)"
                + " or exists (select 1 from facility_theme ft where ft.theme_id = t.id)"
                + " or exists (select 1 from contact_person_theme cp where cp.theme_id = t.id)");
        return em.createQuery("select t from Theme t order by t.code", Theme.class).getResultStream()
                .map(theme -> ThemeRow.of(theme, inUse.contains(theme.getId())))
                .toList();
    }

    /**
     * Creates the theme of a new line, or stores code, names, default team and teams of an
     * existing one. The code is unique (whatever its case), the names are required, the default
     * team is an active team and always answers the theme too. Refuses with {@link ConcurrentChange}
     * when the theme was saved since {@code row} was read.
     */
    public ThemeRow saveTheme(ThemeRow row) {
        String code = Records.stripped(row.getCode());
        String nameNl = Records.stripped(row.getNameNl());
        String nameEn = Records.stripped(row.getNameEn());
        Team defaultTeam = row.getDefaultTeamId() == null ? null : team(row.getDefaultTeamId());
        List<Team> teams = new ArrayList<>();
        for (Long teamId : new LinkedHashSet<>(row.getTeamIds())) {
            teams.add(team(teamId));
        }
        if (defaultTeam != null && !teams.contains(defaultTeam)) {
            teams.add(defaultTeam);
        }

        Theme theme;
        List<FieldChange> before;
        if (row.isNew()) {
            theme = new Theme(code, nameNl, nameEn);
            before = null;
        } else {
            theme = theme(row.getId());
            records.checkVersion(theme.getVersion(), row.getVersion(), "theme", theme.getId());
            before = fieldsOf(theme);
        }
        // Asked before the theme changes: the query must not see (or flush) the new code.
        boolean taken = code != null && codeTaken(code, theme.getId());
        theme.setCode(code);
        theme.setNameNl(nameNl);
        theme.setNameEn(nameEn);
        List<Problem> problems = new ArrayList<>(constraints.problemsOf(theme, ""));
        if (taken) {
            problems.add(Problem.of("code", "themes.code.duplicate", code));
        }
        if (defaultTeam == null) {
            problems.add(Problem.of("defaultTeamId", "themes.default-team.required"));
        } else if (!defaultTeam.isActive() && !Objects.equals(defaultTeam, theme.getDefaultTeam())) {
            problems.add(Problem.of("defaultTeamId", "themes.default-team.inactive", defaultTeam.getName()));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        theme.setDefaultTeam(defaultTeam);
        theme.getTeams().clear();
        theme.getTeams().addAll(teams);
        if (row.isNew()) {
            em.persist(theme);
        }
        records.flush("theme", theme.getId());
        List<FieldChange> after = fieldsOf(theme);
        if (before == null) {
            audited.fire(new Audited(null, SubjectKind.THEME, theme.getId(), "CREATED", after.stream()
                    .map(field -> new FieldChange(field.field(), null, field.after())).toList()));
        } else {
            List<FieldChange> changes = changes(before, after);
            if (!changes.isEmpty()) {
                audited.fire(new Audited(null, SubjectKind.THEME, theme.getId(), "UPDATED", changes));
            }
        }
        return ThemeRow.of(theme, !row.isNew() && row.isInUse());
    }

    /**
     * Deactivates a theme (no new conversations under it; its history stays visible) or makes it
     * active again.
     */
    public void setThemeActive(long themeId, long version, boolean active) {
        Theme theme = theme(themeId);
        records.checkVersion(theme.getVersion(), version, "theme", themeId);
        if (theme.isActive() != active) {
            theme.setActive(active);
            records.flush("theme", themeId);
            records.activeChanged(SubjectKind.THEME, themeId, active);
        }
    }

    /**
     * Deletes a theme nothing points to yet (a line added by mistake). A theme that has
     * conversations, facilities or contact persons is refused: it can only be deactivated.
     */
    public void deleteTheme(long themeId, long version) {
        Theme theme = theme(themeId);
        records.checkVersion(theme.getVersion(), version, "theme", themeId);
        if (records.count("select count(*) from conversation where theme_id = ?1", themeId)
                + records.count("select count(*) from facility_theme where theme_id = ?1", themeId)
                + records.count("select count(*) from contact_person_theme where theme_id = ?1", themeId) > 0) {
            throw new RejectedInput(Problem.of("theme", "themes.delete.in-use", theme.getCode()));
        }
        List<FieldChange> before = fieldsOf(theme);
        theme.getTeams().clear();
        em.remove(theme);
        records.flush("theme", themeId);
        audited.fire(new Audited(null, SubjectKind.THEME, themeId, "DELETED", before.stream()
                .map(field -> new FieldChange(field.field(), field.after(), null)).toList()));
    }

    private Theme theme(long themeId) {
        return records.find(Theme.class, themeId, "theme");
    }

    private Team team(long teamId) {
        return records.find(Team.class, teamId, "team");
    }

    /** Whether another theme than {@code themeId} has {@code code}, whatever its case. */
    private boolean codeTaken(String code, Long themeId) {
        return em.createQuery("select t.id from Theme t where lower(t.code) = :code", Long.class)
                .setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().anyMatch(id -> !id.equals(themeId));
    }

    /** The audited data fields of a theme, as "after" values. */
    private static List<FieldChange> fieldsOf(Theme theme) {
        return List.of(
                new FieldChange("code", null, theme.getCode()),
                new FieldChange("nameNl", null, theme.getNameNl()),
                new FieldChange("nameEn", null, theme.getNameEn()),
                new FieldChange("defaultTeam", null, theme.getDefaultTeam() == null ? null : theme.getDefaultTeam().getName()),
                new FieldChange("teams", null, theme.getTeams().stream().map(Team::getName).sorted()
                        .collect(Collectors.joining(", "))));
    }

    private static List<FieldChange> changes(List<FieldChange> before, List<FieldChange> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            FieldChange change = new FieldChange(before.get(i).field(), before.get(i).after(), after.get(i).after());
            if (change.changed()) {
                changes.add(change);
            }
        }
        return changes;
    }
}
