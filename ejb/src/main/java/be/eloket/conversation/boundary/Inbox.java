package be.eloket.conversation.boundary;

import be.eloket.account.entity.Account;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.conversation.control.ParkedUploads;
import be.eloket.conversation.control.Postings;
import be.eloket.conversation.entity.Attachment;
import be.eloket.conversation.entity.Conversation;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.entity.Message;
import be.eloket.conversation.model.AttachmentSummary;
import be.eloket.conversation.model.ConversationDetail;
import be.eloket.conversation.model.ConversationLine;
import be.eloket.conversation.model.InboxChoices;
import be.eloket.conversation.model.InboxFilter;
import be.eloket.conversation.model.InboxLine;
import be.eloket.conversation.model.MessageDetail;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.Upload;
import be.eloket.conversation.model.UploadRef;
import be.eloket.platform.Conditions;
import be.eloket.platform.FirstPages;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The department's inbox (BO-2, BO-3). Every method takes the account of the logged-in staff
 * member: a case handler works on the conversations of the themes his team answers, an
 * administrator on all. A conversation outside that scope answers {@link NotFound}, exactly like
 * one that does not exist.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
public class Inbox {

    private static final Logger LOG = System.getLogger(Inbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ParkedUploads parkedUploads;

    @Inject
    Postings postings;

    @Inject
    Event<Audited> audited;

    private final Clock clock = Clock.systemUTC();

    /** One page of the messages facilities sent within the caller's scope, newest first, paged in the database. */
    public List<InboxLine> messages(long accountId, InboxFilter filter, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(caller(accountId), filter, parameters);
        return FirstPages.read(em, "select new be.eloket.conversation.model.InboxLine("
                + "m.id, c.id, m.reference, f.name, t.nameNl, t.nameEn, m.title, tm.name, h.displayName, c.status, m.sentAt,"
                + " m.departmentReadAt)"
                + " from Message m join m.conversation c join c.facility f join c.theme t"
                + " left join c.team tm left join c.caseHandler h where " + where
                + " order by m.sentAt desc, m.id desc", InboxLine.class, parameters, first, pageSize);
    }

    public long count(long accountId, InboxFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(caller(accountId), filter, parameters);
        TypedQuery<Long> query = em.createQuery("select count(m) from Message m join m.conversation c join c.facility f"
                + " join c.theme t where " + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The options of the inbox filters: the themes within the caller's scope, their teams and case handlers. */
    public InboxChoices choices(long accountId, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = scope(caller(accountId), parameters);
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

    /** The themes within the caller's scope under which a new conversation may start: not the deactivated ones (BO-3, BO-4). */
    public List<InboxChoices.Choice> themesForNewMessages(long accountId, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = scope(caller(accountId), parameters);
        TypedQuery<Theme> query = em.createQuery("select t from Theme t where " + scope + " order by t.code", Theme.class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().filter(Theme::acceptsNewConversations)
                .map(theme -> new InboxChoices.Choice(theme.getId(), theme.name(locale))).toList();
    }

    /** The facilities that have theme {@code themeId}, by name: whom a new message under it can go to (BO-3). */
    public List<InboxChoices.Choice> facilitiesWith(long themeId) {
        return em.createQuery("select f.id, f.name from Facility f join f.themes t where t.id = :theme order by f.name",
                        Object[].class)
                .setParameter("theme", themeId)
                .getResultStream()
                .map(row -> new InboxChoices.Choice((Long) row[0], (String) row[1]))
                .toList();
    }

    /** A conversation with its whole history, oldest first, and the case handlers it may go to. */
    public ConversationDetail conversation(long accountId, long conversationId) {
        Conversation conversation = scoped(accountId, conversationId);
        List<Message> messages = em.createQuery("select m from Message m where m.conversation = :conversation"
                        + " order by m.sentAt, m.id", Message.class)
                .setParameter("conversation", conversation)
                .getResultList();
        List<Long> ids = messages.stream().map(Message::getId).toList();
        Map<Long, List<AttachmentSummary>> attachments = ids.isEmpty() ? Map.of() : em.createQuery(
                        "select new be.eloket.conversation.model.AttachmentSummary("
                        + "a.id, a.messageId, a.fileName, a.mediaType, a.size) from Attachment a where a.messageId in :ids"
                        + " order by a.id", AttachmentSummary.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(AttachmentSummary::messageId));
        Theme theme = conversation.getTheme();
        List<MessageDetail> history = messages.stream().map(message -> new MessageDetail(message.getId(),
                conversation.getId(), message.getDirection(), message.getReference(), theme.getNameNl(), theme.getNameEn(),
                message.getTitle(), message.getBody(), message.getAuthorName(), message.getCounterpart(),
                message.getSentAt(), attachments.getOrDefault(message.getId(), List.of()), List.of())).toList();
        List<ConversationDetail.CaseHandlerChoice> handlers = handlersOf(theme).stream()
                .map(handler -> new ConversationDetail.CaseHandlerChoice(handler.getId(), handler.getDisplayName(),
                        handler.getTeam().getName()))
                .toList();
        Account handler = conversation.getCaseHandler();
        return new ConversationDetail(conversation.getId(), conversation.getReference(), conversation.getFacility().getName(),
                theme.getNameNl(), theme.getNameEn(), conversation.getTeam() == null ? null : conversation.getTeam().getName(),
                handler == null ? null : handler.getId(), handler == null ? null : handler.getDisplayName(),
                conversation.getStatus(), history, handlers);
    }

    /**
     * The conversation as {@link #conversation} shows it, opened by someone of the department: the
     * messages the facility sent in it are no longer unread for the department (BO-2).
     */
    public ConversationDetail open(long accountId, long conversationId) {
        Conversation conversation = scoped(accountId, conversationId);
        postings.readByDepartment(conversation, clock.instant());
        return conversation(accountId, conversationId);
    }

    /**
     * One page of the conversations of facility {@code facilityId} within the caller's scope, the
     * one with the newest message first, paged in the database (BO-5).
     */
    public List<ConversationLine> conversationsOf(long accountId, long facilityId, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = scope(caller(accountId), parameters);
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
        String scope = scope(caller(accountId), parameters);
        TypedQuery<Long> query = em.createQuery("select count(c) from Conversation c join c.theme t"
                + " where c.facility.id = :facility and " + scope, Long.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("facility", facilityId).getSingleResult();
    }

    /** An attachment to download, only when its conversation is within the caller's scope. */
    public Attachment attachment(long accountId, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFound("attachment", attachmentId);
        }
        Message message = em.find(Message.class, attachment.getMessageId());
        scoped(accountId, message.getConversation().getId());
        return attachment;
    }

    /** Gives the conversation to a case handler of one of its theme's teams (BO-2). */
    public void assign(long accountId, long conversationId, long caseHandlerId) {
        Conversation conversation = scoped(accountId, conversationId);
        Account handler = handlersOf(conversation.getTheme()).stream()
                .filter(candidate -> candidate.getId() == caseHandlerId)
                .findFirst()
                .orElseThrow(() -> new RejectedInput(List.of(Problem.of("caseHandler", "inbox.assign.unknown"))));
        List<FieldChange> changes = Stream.of(
                        new FieldChange("caseHandler", nameOf(conversation.getCaseHandler()), handler.getDisplayName()),
                        new FieldChange("team", conversation.getTeam() == null ? null : conversation.getTeam().getName(),
                                handler.getTeam().getName()))
                .filter(FieldChange::changed).toList();
        conversation.routeTo(handler.getTeam(), handler);
        if (!changes.isEmpty()) {
            audited.fire(new Audited(conversation.getFacility().getId(), SubjectKind.CONVERSATION, conversationId,
                    "ASSIGNED", changes));
        }
        LOG.log(Level.INFO, "Account {0} assigned conversation {1} to case handler {2}", accountId, conversationId,
                caseHandlerId);
    }

    /** Marks the conversation answered without a reply, e.g. when it was settled by phone. */
    public void markAnswered(long accountId, long conversationId) {
        Conversation conversation = scoped(accountId, conversationId);
        if (conversation.getStatus() == ConversationStatus.ANSWERED) {
            return;
        }
        conversation.setStatus(ConversationStatus.ANSWERED);
        audited.fire(new Audited(conversation.getFacility().getId(), SubjectKind.CONVERSATION, conversationId,
                "MARKED_ANSWERED", List.of(new FieldChange("status", ConversationStatus.OPEN.name(),
                ConversationStatus.ANSWERED.name()))));
    }

    private static String nameOf(Account account) {
        return account == null ? null : account.getDisplayName();
    }

    /** Replies in a conversation within the caller's scope; its contacts are notified (MSG-16). */
    public Sent reply(long accountId, long conversationId, String text, List<UploadRef> uploads) {
        scoped(accountId, conversationId);
        Sent sent = postings.departmentReplies(conversationId, text, parked(accountId, uploads), accountId);
        parkedUploads.discard(accountId, uploads);
        return sent;
    }

    /** BO-3: a new conversation with one facility, under a theme within the caller's scope. */
    public Sent publish(long accountId, Long facilityId, Long themeId, String title, String text, List<UploadRef> uploads) {
        requireChoices(themeId, facilityId == null, title, text);
        scopedTheme(accountId, themeId);
        Sent sent = postings.departmentStarts(facilityId, themeId, title, text, parked(accountId, uploads), accountId);
        parkedUploads.discard(accountId, uploads);
        return sent;
    }

    /**
     * BO-3 (+): the same new message to every facility that has the theme, one conversation each,
     * each in its own transaction so that one refused facility does not stop the others. Answers
     * how many were sent.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int publishToAll(long accountId, Long themeId, String title, String text, List<UploadRef> parkedFiles) {
        requireChoices(themeId, false, title, text);
        scopedTheme(accountId, themeId);
        List<Upload> uploads = parked(accountId, parkedFiles);
        List<Long> facilities = em.createQuery("select f.id from Facility f join f.themes t where t.id = :theme"
                        + " order by f.id", Long.class)
                .setParameter("theme", themeId)
                .getResultList();
        if (facilities.isEmpty()) {
            throw new RejectedInput(List.of(Problem.of("theme", "new-message.theme.no-facilities")));
        }
        int sent = 0;
        RejectedInput refused = null;
        for (long facilityId : facilities) {
            try {
                postings.departmentStarts(facilityId, themeId, title, text, uploads, accountId);
                sent++;
            } catch (RejectedInput rejected) {
                refused = rejected;
                LOG.log(Level.WARNING, "Facility {0} refused a message to all of theme {1}", facilityId, themeId);
            }
        }
        // Refused everywhere means the message itself is wrong (no title, no text, a bad file): show why.
        if (sent == 0 && refused != null) {
            throw refused;
        }
        parkedUploads.discard(accountId, parkedFiles);
        return sent;
    }

    /** The files parked for the message; one that is gone meanwhile refuses it, so that it is added again. */
    private List<Upload> parked(long accountId, List<UploadRef> uploads) {
        List<Problem> problems = new ArrayList<>();
        List<Upload> files = parkedUploads.contents(accountId, uploads, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return files;
    }

    /** How many conversations wait for an answer, per theme, within the caller's scope (backoffice home). */
    public List<OpenCount> openPerTheme(long accountId, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = scope(caller(accountId), parameters);
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
        String scope = scope(caller(accountId), parameters);
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

    private Account caller(long accountId) {
        Account caller = em.find(Account.class, accountId);
        if (caller == null || !caller.getRole().isDepartmentStaff()) {
            throw new NotFound("account", accountId);
        }
        return caller;
    }

    private Conversation scoped(long accountId, long conversationId) {
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

    /**
     * BO-3, UX-3: a new message without its theme, or without its facility when it is not for all of
     * the theme, is refused together with whatever else is wrong with its title and text, so that the
     * person sees every problem at once.
     */
    private static void requireChoices(Long themeId, boolean facilityMissing, String title, String text) {
        List<Problem> problems = new ArrayList<>();
        if (themeId == null) {
            problems.add(Problem.of("theme", "new-message.theme.required"));
        }
        if (facilityMissing) {
            problems.add(Problem.of("facility", "new-message.facility.required"));
        }
        if (!problems.isEmpty()) {
            Postings.checkTitle(title, problems);
            Postings.checkText(text, problems);
            throw new RejectedInput(problems);
        }
    }

    private Theme scopedTheme(long accountId, long themeId) {
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

    private List<Account> handlersOf(Theme theme) {
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
    private static String scope(Account caller, Map<String, Object> parameters) {
        if (caller.getRole() == Role.ADMINISTRATOR) {
            return "t.id is not null";
        }
        parameters.put("callerTeam", caller.getTeam() == null ? -1L : caller.getTeam().getId());
        return "exists (select st.id from Theme st join st.teams stt where st.id = t.id and stt.id = :callerTeam)";
    }

    private static String where(Account caller, InboxFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("m.direction = :sent and ").append(scope(caller, parameters));
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
