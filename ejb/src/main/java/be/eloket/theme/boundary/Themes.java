package be.eloket.theme.boundary;

import be.eloket.account.entity.Account;
import be.eloket.organisation.boundary.Organisations;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import be.eloket.theme.model.TeamContact;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Who at the department answers the questions of a facility's theme (MSG-15). */
@Stateless
@RolesAllowed(Role.Names.FACILITY_USER)
public class Themes {

    @PersistenceContext
    EntityManager em;

    @EJB
    Organisations organisations;

    /**
     * "Contacteer ons": the theme's active teams by name, each with its active case handlers by
     * name. A theme that is not one of the facility's answers {@link be.eloket.platform.NotFound} (SEC-2).
     */
    public List<TeamContact> contacts(long facilityId, long themeId) {
        Theme theme = organisations.theme(facilityId, themeId);
        List<Team> teams = theme.getTeams().stream().filter(Team::isActive).toList();
        if (teams.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TeamContact.CaseHandler>> handlers = em.createQuery("select a from Account a where a.role = :role"
                        + " and a.active = true and a.team in :teams order by a.displayName, a.id", Account.class)
                .setParameter("role", Role.CASE_HANDLER)
                .setParameter("teams", teams)
                .getResultStream()
                .collect(Collectors.groupingBy(account -> account.getTeam().getId(),
                        Collectors.mapping(account -> new TeamContact.CaseHandler(account.getId(), account.getDisplayName()),
                                Collectors.toList())));
        return teams.stream()
                .map(team -> new TeamContact(team.getId(), team.getName(), handlers.getOrDefault(team.getId(), List.of())))
                .toList();
    }
}
