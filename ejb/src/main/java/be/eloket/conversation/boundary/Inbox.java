package be.eloket.conversation.boundary;

import be.eloket.account.entity.Account;
import be.eloket.conversation.control.DepartmentScope;
import be.eloket.conversation.entity.Conversation;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.entity.Message;
import be.eloket.conversation.model.ConversationLine;
import be.eloket.conversation.model.InboxChoices;
import be.eloket.conversation.model.InboxFilter;
import be.eloket.conversation.model.InboxLine;
import be.eloket.platform.Conditions;
import be.eloket.platform.FirstPages;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The department's lists (BO-2, BO-5): the inbox of the messages facilities sent, the
 * conversations of one facility and the open counts of the backoffice home. Every method takes the
 * account of the logged-in staff member and lists only what is within its {@link DepartmentScope}.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    DepartmentScope department;

    /** One page of the messages facilities sent within the caller's scope, newest first, paged in the database. */
    public List<InboxLine> messages(long accountId, InboxFilter filter, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(department.caller(accountId), filter, parameters);
        return FirstPages.read(em, "select new be.eloket.conversation.model.InboxLine("
                + "m.id, c.id, m.reference, f.name, t.nameNl, t.nameEn, m.title, tm.name, h.displayName, c.status, m.sentAt,"
                + " m.departmentReadAt)"
                + " from Message m join m.conversation c join c.facility f join c.theme t"
                + " left join c.team tm left join c.caseHandler h where " + where
                + " order by m.sentAt desc, m.id desc", InboxLine.class, parameters, first, pageSize);
    }

    public long count(long accountId, InboxFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(department.caller(accountId), filter, parameters);
        TypedQuery<Long> query = em.createQuery("select count(m) from Message m join m.conversation c join c.facility f"
                + " join c.theme t where " + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The options of the inbox filters: the themes within the caller's scope, their teams and case handlers. */
    public InboxChoices choices(long accountId, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = DepartmentScope.where(department.caller(accountId), parameters);
        TypedQuery<Theme> query = em.createQuery("select t from Theme t where " + scope + " order by t.code", Theme.class);
        parameters.forEach(query::setParameter);
        List<Theme> themes = query.getResultList();
        List<Team> teams = themes.stream().flatMap(theme -> theme.getTeams().stream()).distinct()
                .sorted(java.util.Comparator.comparing(Team::getName)).toList();
        List<InboxChoices.Choice> handlers = teams.isEmpty() ? List.of() : em.createQuery(
                        "select a from Account a join a.team tm where a.role = :role and tm in :teams order by a.displayName",
                        Account.class)
                .setParameter("role", Role.CASE_HANDLER)
                .setParameter("teams", teams)
                .getResultStream()
                .map(handler -> new InboxChoices.Choice(handler.getId(), handler.getDisplayName()))
                .toList();
        return new InboxChoices(
                themes.stream().map(theme -> new InboxChoices.Choice(theme.getId(), theme.name(locale))).toList(),
                teams.stream().map(team -> new InboxChoices.Choice(team.getId(), team.getName())).toList(),
                handlers);
    }

    /**
     * One page of the conversations of facility {@code facilityId} within the caller's scope, the
     * one with the newest message first, paged in the database (BO-5).
     */
    public List<ConversationLine> conversationsOf(long accountId, long facilityId, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = DepartmentScope.where(department.caller(accountId), parameters);
        TypedQuery<Conversation> query = em.createQuery("select c from Conversation c join c.theme t"
                + " where c.facility.id = :facility and " + scope + " order by c.lastMessageAt desc, c.id desc",
                Conversation.class);
        parameters.forEach(query::setParameter);
        List<Conversation> conversations = query.setParameter("facility", facilityId)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        if (conversations.isEmpty()) {
            return List.of();
        }
        // The title of a conversation is the one of its first message.
        Map<Long, String> titles = new HashMap<>();
        em.createQuery("select m.conversation.id, m.title from Message m where m.conversation in :conversations"
                        + " order by m.sentAt, m.id", Object[].class)
                .setParameter("conversations", conversations)
                .getResultStream()
                .forEach(row -> titles.putIfAbsent((Long) row[0], (String) row[1]));
        return conversations.stream().map(conversation -> new ConversationLine(conversation.getId(),
                conversation.getReference(), conversation.getTheme().getNameNl(), conversation.getTheme().getNameEn(),
                titles.get(conversation.getId()), conversation.getStatus(), conversation.getCreatedAt(),
                conversation.getLastMessageAt(), conversation.routedToName())).toList();
    }

    public long conversationCountOf(long accountId, long facilityId) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = DepartmentScope.where(department.caller(accountId), parameters);
        TypedQuery<Long> query = em.createQuery("select count(c) from Conversation c join c.theme t"
                + " where c.facility.id = :facility and " + scope, Long.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("facility", facilityId).getSingleResult();
    }

    /** How many conversations wait for an answer, per theme, within the caller's scope (backoffice home). */
    public List<OpenCount> openPerTheme(long accountId, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = DepartmentScope.where(department.caller(accountId), parameters);
        String name = "en".equals(locale.getLanguage()) ? "t.nameEn" : "t.nameNl";
        TypedQuery<Object[]> query = em.createQuery("select " + name + ", count(c) from Conversation c join c.theme t"
                + " where c.status = :open and " + scope + " group by " + name + " order by " + name, Object[].class);
        parameters.forEach(query::setParameter);
        return query.setParameter("open", ConversationStatus.OPEN).getResultStream()
                .map(row -> new OpenCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** How many conversations wait for an answer, per team, within the caller's scope (backoffice home). */
    public List<OpenCount> openPerTeam(long accountId) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = DepartmentScope.where(department.caller(accountId), parameters);
        TypedQuery<Object[]> query = em.createQuery("select tm.name, count(c) from Conversation c join c.theme t"
                + " join c.team tm where c.status = :open and " + scope + " group by tm.name order by tm.name",
                Object[].class);
        parameters.forEach(query::setParameter);
        return query.setParameter("open", ConversationStatus.OPEN).getResultStream()
                .map(row -> new OpenCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** A name and how many open conversations it has. */
    public record OpenCount(String name, long count) implements java.io.Serializable {

        public String getName() {
            return name;
        }

        public long getCount() {
            return count;
        }
    }

    private static String where(Account caller, InboxFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("m.direction = :sent and ").append(DepartmentScope.where(caller, parameters));
        parameters.put("sent", Direction.SENT);
        Conditions.contains(where, parameters, "f.name", "facility", filter.facility());
        Conditions.contains(where, parameters, "m.reference", "reference", filter.reference());
        Conditions.equal(where, parameters, "m.themeId", "theme", filter.themeId());
        Conditions.equal(where, parameters, "c.team.id", "team", filter.teamId());
        Conditions.equal(where, parameters, "c.caseHandler.id", "handler", filter.caseHandlerId());
        Conditions.equal(where, parameters, "c.status", "status", filter.status());
        Conditions.days(where, parameters, "m.sentAt", filter.from(), filter.to());
        if (filter.unread()) {
            where.append(" and m.departmentReadAt is null");
        }
        return where.toString();
    }
}
