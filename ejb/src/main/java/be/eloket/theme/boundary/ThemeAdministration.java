package be.eloket.theme.boundary;

import be.eloket.account.entity.Account;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.Conditions;
import be.eloket.platform.Constraints;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import be.eloket.theme.model.CaseHandlerRow;
import be.eloket.theme.model.FacilityThemes;
import be.eloket.theme.model.TeamRow;
import be.eloket.theme.model.ThemeRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The administrators' themes, teams and case handlers, and which themes apply to which facility
 * (BO-4). Nothing that a conversation, a facility, a contact person or an account points to is
 * ever deleted: it is deactivated, and its history stays. Every change is audited (SEC-5).
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class ThemeAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @Inject
    Event<Audited> audited;

    // ---- themes

    /** Every theme, active or not, by code. */
    public List<ThemeRow> themes() {
        Set<Long> inUse = idsOf("select t.id from theme t where exists (select 1 from conversation c where c.theme_id = t.id)"
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
        String code = stripped(row.getCode());
        String nameNl = stripped(row.getNameNl());
        String nameEn = stripped(row.getNameEn());
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
            checkVersion(theme.getVersion(), row.getVersion(), "theme", theme.getId());
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
        flush("theme", theme.getId());
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
        checkVersion(theme.getVersion(), version, "theme", themeId);
        if (theme.isActive() != active) {
            theme.setActive(active);
            flush("theme", themeId);
            activeChanged(SubjectKind.THEME, themeId, active);
        }
    }

    /**
     * Deletes a theme nothing points to yet (a line added by mistake). A theme that has
     * conversations, facilities or contact persons is refused: it can only be deactivated.
     */
    public void deleteTheme(long themeId, long version) {
        Theme theme = theme(themeId);
        checkVersion(theme.getVersion(), version, "theme", themeId);
        if (count("select count(*) from conversation where theme_id = ?1", themeId)
                + count("select count(*) from facility_theme where theme_id = ?1", themeId)
                + count("select count(*) from contact_person_theme where theme_id = ?1", themeId) > 0) {
            throw new RejectedInput(Problem.of("theme", "themes.delete.in-use", theme.getCode()));
        }
        List<FieldChange> before = fieldsOf(theme);
        theme.getTeams().clear();
        em.remove(theme);
        flush("theme", themeId);
        audited.fire(new Audited(null, SubjectKind.THEME, themeId, "DELETED", before.stream()
                .map(field -> new FieldChange(field.field(), field.after(), null)).toList()));
    }

    // ---- teams

    /** Every team, active or not, by name, with its case handlers. */
    public List<TeamRow> teams() {
        Set<Long> inUse = idsOf("select tm.id from team tm where exists (select 1 from conversation c where c.team_id = tm.id)"
                + " or exists (select 1 from account a where a.team_id = tm.id)"
                + " or exists (select 1 from theme t where t.default_team_id = tm.id)");
        Map<Long, List<String>> handlers = em.createQuery("select a from Account a where a.role = :role and a.team is not null"
                        + " order by a.displayName", Account.class)
                .setParameter("role", Role.CASE_HANDLER)
                .getResultStream()
                .collect(Collectors.groupingBy(account -> account.getTeam().getId(),
                        Collectors.mapping(Account::getDisplayName, Collectors.toList())));
        return em.createQuery("select t from Team t order by t.name, t.id", Team.class).getResultStream()
                .map(team -> TeamRow.of(team, inUse.contains(team.getId()), handlers.getOrDefault(team.getId(), List.of())))
                .toList();
    }

    /** Creates the team of a new line or renames an existing one; the name is unique, the e-mail address valid. */
    public TeamRow saveTeam(TeamRow row) {
        String name = stripped(row.getName());
        String email = stripped(row.getEmail());
        Team team;
        List<FieldChange> before;
        if (row.isNew()) {
            team = new Team(name);
            before = null;
        } else {
            team = team(row.getId());
            checkVersion(team.getVersion(), row.getVersion(), "team", team.getId());
            before = List.of(new FieldChange("name", null, team.getName()), new FieldChange("email", null, team.getEmail()));
        }
        boolean taken = name != null && teamNameTaken(name, team.getId());
        team.setName(name);
        team.setEmail(email);
        List<Problem> problems = new ArrayList<>(constraints.problemsOf(team, ""));
        if (taken) {
            problems.add(Problem.of("name", "teams.name.duplicate", name));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        if (row.isNew()) {
            em.persist(team);
        }
        flush("team", team.getId());
        if (before == null) {
            audited.fire(new Audited(null, SubjectKind.TEAM, team.getId(), "CREATED", List.of(
                    new FieldChange("name", null, team.getName()), new FieldChange("email", null, team.getEmail()))));
        } else {
            List<FieldChange> changes = Stream.of(
                            new FieldChange("name", before.get(0).after(), team.getName()),
                            new FieldChange("email", before.get(1).after(), team.getEmail()))
                    .filter(FieldChange::changed).toList();
            if (!changes.isEmpty()) {
                audited.fire(new Audited(null, SubjectKind.TEAM, team.getId(), "UPDATED", changes));
            }
        }
        return TeamRow.of(team, row.isInUse(), row.getCaseHandlers());
    }

    /**
     * Deactivates a team or makes it active again. The default team of an active theme stays
     * active: every new conversation of the theme goes to it.
     */
    public void setTeamActive(long teamId, long version, boolean active) {
        Team team = team(teamId);
        checkVersion(team.getVersion(), version, "team", teamId);
        if (team.isActive() == active) {
            return;
        }
        if (!active) {
            List<String> themes = em.createQuery("select t.code from Theme t where t.defaultTeam = :team and t.active = true"
                            + " order by t.code", String.class)
                    .setParameter("team", team).getResultList();
            if (!themes.isEmpty()) {
                throw new RejectedInput(Problem.of("team", "teams.deactivate.default-team", team.getName(),
                        String.join(", ", themes)));
            }
        }
        team.setActive(active);
        flush("team", teamId);
        activeChanged(SubjectKind.TEAM, teamId, active);
    }

    /**
     * Deletes a team nothing points to yet; its links to the themes it answers go with it. A team
     * with conversations or case handlers, or that is a theme's default team, can only be deactivated.
     */
    public void deleteTeam(long teamId, long version) {
        Team team = team(teamId);
        checkVersion(team.getVersion(), version, "team", teamId);
        if (count("select count(*) from conversation where team_id = ?1", teamId)
                + count("select count(*) from account where team_id = ?1", teamId)
                + count("select count(*) from theme where default_team_id = ?1", teamId) > 0) {
            throw new RejectedInput(Problem.of("team", "teams.delete.in-use", team.getName()));
        }
        em.createQuery("select t from Theme t join t.teams tm where tm = :team", Theme.class)
                .setParameter("team", team).getResultStream()
                .forEach(theme -> theme.getTeams().remove(team));
        String name = team.getName();
        em.remove(team);
        flush("team", teamId);
        audited.fire(new Audited(null, SubjectKind.TEAM, teamId, "DELETED", List.of(new FieldChange("name", name, null))));
    }

    // ---- case handlers

    /** Every case handler's account, by name, with its team. */
    public List<CaseHandlerRow> caseHandlers() {
        return em.createQuery("select a from Account a left join fetch a.team where a.role = :role order by a.displayName, a.id",
                        Account.class)
                .setParameter("role", Role.CASE_HANDLER)
                .getResultStream()
                .map(account -> new CaseHandlerRow(account.getId(), account.getVersion(), account.getDisplayName(),
                        account.getUsername(), account.isActive(), account.getTeam() == null ? null : account.getTeam().getId()))
                .toList();
    }

    /**
     * Puts a case handler in team {@code teamId} (an active team), or in none: it decides which
     * conversations he sees and answers. Anything but a case handler's account is not found.
     */
    public CaseHandlerRow assignTeam(long accountId, long version, Long teamId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getRole() != Role.CASE_HANDLER) {
            throw new NotFound("case handler", accountId);
        }
        checkVersion(account.getVersion(), version, "account", accountId);
        Team team = teamId == null ? null : team(teamId);
        Team before = account.getTeam();
        if (!Objects.equals(before, team)) {
            if (team != null && !team.isActive()) {
                throw new RejectedInput(Problem.of("teamId", "case-handlers.team.inactive", team.getName()));
            }
            account.setTeam(team);
            flush("account", accountId);
            audited.fire(new Audited(null, SubjectKind.ACCOUNT, accountId, "TEAM_CHANGED", List.of(
                    new FieldChange("team", before == null ? null : before.getName(), team == null ? null : team.getName()))));
        }
        return new CaseHandlerRow(account.getId(), account.getVersion(), account.getDisplayName(), account.getUsername(),
                account.isActive(), teamId);
    }

    // ---- the themes of a facility

    /** A facility with the ids of the themes that apply to it. */
    public FacilityThemes facilityThemes(long facilityId) {
        return facilityThemesOf(facility(facilityId));
    }

    /**
     * Sets the themes that apply to a facility. Removing a theme leaves its conversations and
     * contact persons as they are: the facility keeps reading them, it only no longer starts new
     * ones under it. Refuses with {@link ConcurrentChange} when the themes are no longer
     * {@code themeIdsAsRead}.
     */
    public FacilityThemes saveFacilityThemes(long facilityId, Collection<Long> themeIdsAsRead, Collection<Long> themeIds) {
        Facility facility = em.find(Facility.class, facilityId, LockModeType.PESSIMISTIC_WRITE);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        List<Theme> before = List.copyOf(facility.getThemes());
        if (!idsOf(before).equals(new HashSet<>(themeIdsAsRead))) {
            throw new ConcurrentChange("themes of facility", facilityId);
        }
        List<Theme> after = new ArrayList<>();
        for (Long themeId : new LinkedHashSet<>(themeIds)) {
            after.add(theme(themeId));
        }
        if (!idsOf(before).equals(idsOf(after))) {
            facility.getThemes().clear();
            facility.getThemes().addAll(after);
            em.flush();
            audited.fire(new Audited(facilityId, SubjectKind.FACILITY, facilityId, "THEMES_CHANGED", List.of(
                    new FieldChange("themes", codes(before), codes(after)))));
        }
        return facilityThemesOf(facility);
    }

    // ---- helpers

    private static FacilityThemes facilityThemesOf(Facility facility) {
        return new FacilityThemes(facility.getId(), facility.getName(), facility.getNumber(),
                facility.getThemes().stream().map(Theme::getId).sorted().toList());
    }

    private Theme theme(long themeId) {
        Theme theme = em.find(Theme.class, themeId);
        if (theme == null) {
            throw new NotFound("theme", themeId);
        }
        return theme;
    }

    private Team team(long teamId) {
        Team team = em.find(Team.class, teamId);
        if (team == null) {
            throw new NotFound("team", teamId);
        }
        return team;
    }

    private Facility facility(long facilityId) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        return facility;
    }

    /** Whether another theme than {@code themeId} has {@code code}, whatever its case. */
    private boolean codeTaken(String code, Long themeId) {
        return em.createQuery("select t.id from Theme t where lower(t.code) = :code", Long.class)
                .setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().anyMatch(id -> !id.equals(themeId));
    }

    /** Whether another team than {@code teamId} has {@code name}, whatever its case. */
    private boolean teamNameTaken(String name, Long teamId) {
        return em.createQuery("select t.id from Team t where lower(t.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultStream().anyMatch(id -> !id.equals(teamId));
    }

    private static void checkVersion(long stored, long asRead, String what, Object id) {
        if (stored != asRead) {
            throw new ConcurrentChange(what, id);
        }
    }

    /** A save committed since the version check still surfaces, as the same clear refusal. */
    private void flush(String what, Object id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange(what, id);
        }
    }

    private void activeChanged(SubjectKind kind, long id, boolean active) {
        audited.fire(new Audited(null, kind, id, active ? "REACTIVATED" : "DEACTIVATED",
                List.of(new FieldChange("active", Boolean.toString(!active), Boolean.toString(active)))));
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private Set<Long> idsOf(String sql) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(sql).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    private static Set<Long> idsOf(Collection<Theme> themes) {
        return themes.stream().map(Theme::getId).collect(Collectors.toSet());
    }

    private static String codes(Collection<Theme> themes) {
        return themes.stream().map(Theme::getCode).sorted().collect(Collectors.joining(", "));
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

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
