package be.eloket.conversation.control;

import be.eloket.account.entity.Account;
import be.eloket.conversation.entity.Conversation;
import be.eloket.platform.NotFound;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;

/**
 * The department's scope (SEC-2): a case handler works on the conversations of the themes his
 * team answers, an administrator on all. Conversations and themes outside it are {@link NotFound},
 * exactly like ones that do not exist, and the lists of the department add {@link #where} to their
 * queries.
 */
@ApplicationScoped
public class DepartmentScope {

    private static final Logger LOG = System.getLogger(DepartmentScope.class.getName());

    @PersistenceContext
    EntityManager em;

    /** The account of a member of the department's staff. */
    public Account caller(long accountId) {
        Account caller = em.find(Account.class, accountId);
        if (caller == null || !caller.getRole().isDepartmentStaff()) {
            throw new NotFound("account", accountId);
        }
        return caller;
    }

    /** A conversation within the scope of {@code accountId}. */
    public Conversation conversation(long accountId, long conversationId) {
        Account caller = caller(accountId);
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null || !within(caller, conversation.getTheme())) {
            if (conversation != null) {
                LOG.log(Level.WARNING, "Account {0} asked for conversation {1} outside its teams' themes", accountId,
                        conversationId);
            }
            throw new NotFound("conversation", conversationId);
        }
        return conversation;
    }

    /** A theme within the scope of {@code accountId}. */
    public Theme theme(long accountId, long themeId) {
        Theme theme = em.find(Theme.class, themeId);
        if (theme == null || !within(caller(accountId), theme)) {
            throw new NotFound("theme", themeId);
        }
        return theme;
    }

    private static boolean within(Account caller, Theme theme) {
        if (caller.getRole() == Role.ADMINISTRATOR) {
            return true;
        }
        Team team = caller.getTeam();
        return team != null && theme.getTeams().stream().anyMatch(candidate -> candidate.getId().equals(team.getId()));
    }

    /** The active case handlers of the teams that answer {@code theme}: whom its conversations may go to. */
    public List<Account> handlersOf(Theme theme) {
        List<Long> teams = theme.getTeams().stream().map(Team::getId).toList();
        if (teams.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a join a.team tm where a.role = :role and a.active = true"
                        + " and tm.id in :teams order by a.displayName", Account.class)
                .setParameter("role", Role.CASE_HANDLER)
                .setParameter("teams", teams)
                .getResultList();
    }

    /** The caller's scope on a query where {@code t} is the conversation's theme. */
    public static String where(Account caller, Map<String, Object> parameters) {
        if (caller.getRole() == Role.ADMINISTRATOR) {
            return "t.id is not null";
        }
        parameters.put("callerTeam", caller.getTeam() == null ? -1L : caller.getTeam().getId());
        return "exists (select st.id from Theme st join st.teams stt where st.id = t.id and stt.id = :callerTeam)";
    }
}
