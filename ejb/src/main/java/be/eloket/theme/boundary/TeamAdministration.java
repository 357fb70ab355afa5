package be.eloket.theme.boundary;

import be.eloket.account.entity.Account;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.platform.Constraints;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.control.Records;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import be.eloket.theme.model.CaseHandlerRow;
import be.eloket.theme.model.TeamRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The administrators' teams and which team each case handler belongs to (BO-4): the teams answer
 * the themes, a case handler answers the conversations of his team's themes. A team that a
 * conversation, a case handler or a theme points to is never deleted, only deactivated. Every
 * change is audited (SEC-5).
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class TeamAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @Inject
    Records records;

    @Inject
    Event<Audited> audited;

    // ---- teams

    /** Every team, active or not, by name, with its case handlers. */
    public List<TeamRow> teams() {
        Set<Long> inUse = records.ids("select tm.id from team tm where exists (select 1 from conversation c where c.team_id = tm.id)"
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
        String name = Records.stripped(row.getName());
        String email = Records.stripped(row.getEmail());
        Team team;
        List<FieldChange> before;
        if (row.isNew()) {
            team = new Team(name);
            before = null;
        } else {
            team = team(row.getId());
            records.checkVersion(team.getVersion(), row.getVersion(), "team", team.getId());
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
        records.flush("team", team.getId());
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
        records.checkVersion(team.getVersion(), version, "team", teamId);
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
        records.flush("team", teamId);
        records.activeChanged(SubjectKind.TEAM, teamId, active);
    }

    /**
     * Deletes a team nothing points to yet; its links to the themes it answers go with it. A team
     * with conversations or case handlers, or that is a theme's default team, can only be deactivated.
     */
    public void deleteTeam(long teamId, long version) {
        Team team = team(teamId);
        records.checkVersion(team.getVersion(), version, "team", teamId);
        if (records.count("select count(*) from conversation where team_id = ?1", teamId)
                + records.count("select count(*) from account where team_id = ?1", teamId)
                + records.count("select count(*) from theme where default_team_id = ?1", teamId) > 0) {
            throw new RejectedInput(Problem.of("team", "teams.delete.in-use", team.getName()));
        }
        em.createQuery("select t from Theme t join t.teams tm where tm = :team", Theme.class)
                .setParameter("team", team).getResultStream()
                .forEach(theme -> theme.getTeams().remove(team));
        String name = team.getName();
        em.remove(team);
        records.flush("team", teamId);
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
        records.checkVersion(account.getVersion(), version, "account", accountId);
        Team team = teamId == null ? null : team(teamId);
        Team before = account.getTeam();
        if (!Objects.equals(before, team)) {
            if (team != null && !team.isActive()) {
                throw new RejectedInput(Problem.of("teamId", "case-handlers.team.inactive", team.getName()));
            }
            account.setTeam(team);
            records.flush("account", accountId);
            audited.fire(new Audited(null, SubjectKind.ACCOUNT, accountId, "TEAM_CHANGED", List.of(
                    new FieldChange("team", before == null ? null : before.getName(), team == null ? null : team.getName()))));
        }
        return new CaseHandlerRow(account.getId(), account.getVersion(), account.getDisplayName(), account.getUsername(),
                account.isActive(), teamId);
    }

    private Team team(long teamId) {
        return records.find(Team.class, teamId, "team");
    }

    /** Whether another team than {@code teamId} has {@code name}, whatever its case. */
    private boolean teamNameTaken(String name, Long teamId) {
        return em.createQuery("select t.id from Team t where lower(t.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultStream().anyMatch(id -> !id.equals(teamId));
    }
}
