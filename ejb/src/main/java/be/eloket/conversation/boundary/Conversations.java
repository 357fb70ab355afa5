package be.eloket.conversation.boundary;

import be.eloket.account.entity.Account;
import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.contact.model.ContactRow;
import be.eloket.conversation.control.AttachmentPolicy;
import be.eloket.conversation.control.ContentStore;
import be.eloket.conversation.control.ParkedUploads;
import be.eloket.conversation.control.Postings;
import be.eloket.conversation.entity.Attachment;
import be.eloket.conversation.entity.Conversation;
import be.eloket.conversation.entity.ConversationContact;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.entity.Message;
import be.eloket.conversation.model.AttachmentSummary;
import be.eloket.conversation.model.ConversationContactRow;
import be.eloket.conversation.model.Download;
import be.eloket.conversation.model.Draft;
import be.eloket.conversation.model.MessageDetail;
import be.eloket.conversation.model.MessageFilter;
import be.eloket.conversation.model.MessageLine;
import be.eloket.conversation.model.Sent;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Conditions;
import be.eloket.platform.Constraints;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The messages of a facility (MSG-1..18): lists, details, attachments, replies and new
 * conversations. Every method takes the facility of the logged-in user; ids of anything of
 * another facility answer {@link NotFound}, exactly like ids that do not exist (SEC-2).
 */
@Stateless
@RolesAllowed(Role.Names.FACILITY_USER)
public class Conversations {

    private static final Logger LOG = System.getLogger(Conversations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @EJB
    ParkedUploads parkedUploads;

    @EJB
    ContentStore contentStore;

    @Inject
    Postings postings;

    @EJB
    ContactPersons contactPersons;

    private final Clock clock = Clock.systemUTC();

    /** One page of the facility's messages matching {@code filter}, newest first, paged in the database. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MessageLine> messages(long facilityId, MessageFilter filter, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(facilityId, filter, parameters);
        return FirstPages.read(em, "select new be.eloket.conversation.model.MessageLine("
                + "m.id, m.direction, m.reference, t.nameNl, t.nameEn, m.title, m.counterpart, m.sentAt, m.readAt)"
                + " from Message m, Theme t where t.id = m.themeId and " + where
                + " order by m.sentAt desc, m.id desc", MessageLine.class, parameters, first, pageSize);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(long facilityId, MessageFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(m) from Message m where " + where(facilityId, filter, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** How many received messages nobody of the facility opened yet (MSG-18). */
    public long unread(long facilityId) {
        return em.createQuery("select count(m) from Message m where m.facilityId = :facility"
                        + " and m.direction = :received and m.readAt is null", Long.class)
                .setParameter("facility", facilityId)
                .setParameter("received", Direction.RECEIVED)
                .getSingleResult();
    }

    /**
     * Opens a message: its fields, attachments and history (MSG-6, MSG-12). A received message
     * counts as read from now on, for everyone of the facility (MSG-18).
     */
    public MessageDetail open(long facilityId, long messageId) {
        Message message = ownMessage(facilityId, messageId);
        if (message.getDirection() == Direction.RECEIVED) {
            message.read(clock.instant());
        }
        List<Message> thread = em.createQuery("select m from Message m where m.conversation = :conversation"
                        + " and m.id <> :id order by m.sentAt desc, m.id desc", Message.class)
                .setParameter("conversation", message.getConversation())
                .setParameter("id", messageId)
                .getResultList();
        List<Long> ids = new ArrayList<>(thread.stream().map(Message::getId).toList());
        ids.add(messageId);
        Map<Long, List<AttachmentSummary>> attachments = em.createQuery("select new be.eloket.conversation.model.AttachmentSummary("
                        + "a.id, a.messageId, a.fileName, a.mediaType, a.size) from Attachment a where a.messageId in :ids"
                        + " order by a.id", AttachmentSummary.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(AttachmentSummary::messageId));
        Theme theme = message.getConversation().getTheme();
        List<MessageDetail> history = thread.stream().map(other -> detail(other, theme, attachments, List.of())).toList();
        return detail(message, theme, attachments, history);
    }

    /**
     * An attachment to download, only when it belongs to a message of the facility (MSG-17,
     * SEC-2); its bytes are read from the store as the download is sent.
     */
    public Download attachment(long facilityId, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFound("attachment", attachmentId);
        }
        ownMessage(facilityId, attachment.getMessageId());
        return attachment.download(contentStore.open(attachment.getContentId()));
    }

    /**
     * The people "Contactdetails" starts from (MSG-8): for a reply the conversation's contacts, for a
     * new message the theme's contact persons (confirmed or not: they are the theme's standard contacts).
     */
    public List<ConversationContactRow> contactsFor(long facilityId, Long themeId, Long replyToMessageId) {
        if (replyToMessageId != null) {
            Conversation conversation = ownMessage(facilityId, replyToMessageId).getConversation();
            Map<Long, ContactPerson> persons = contactPersons.byId(facilityId);
            // A standard contact person as the contacts tab holds them now, so that a reply does not undo a
            // change made there since; one removed since stays in this conversation as a contact of its own.
            return conversation.getContacts().stream()
                    .map(contact -> {
                        ContactPerson person = contact.getContactPersonId() == null ? null : persons.get(contact.getContactPersonId());
                        return person != null
                                ? new ConversationContactRow(person.getId(), person.getLastName(), person.getFirstName(),
                                        person.getEmail(), person.getPhone(), true)
                                : new ConversationContactRow(null, contact.getLastName(), contact.getFirstName(),
                                        contact.getEmail(), contact.getPhone(), false);
                    })
                    .toList();
        }
        if (themeId == null) {
            return List.of();
        }
        return contactPersons.ofTheme(facilityId, themeId).stream()
                .map(person -> new ConversationContactRow(person.getId(), person.getLastName(), person.getFirstName(),
                        person.getEmail(), person.getPhone(), true))
                .toList();
    }

    /** Starts a conversation (MSG-13) and answers where it went (MSG-11). */
    public Sent start(long facilityId, long accountId, Draft draft, Locale language) {
        Facility facility = em.find(Facility.class, facilityId);
        Theme theme = facility.themeForNewConversation(draft.themeId()).orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (theme == null) {
            problems.add(Problem.of("theme", draft.themeId() == null ? "compose.theme.required" : "compose.theme.unknown"));
        }
        Postings.checkTitle(draft.title(), problems);
        List<AttachmentPolicy.Accepted> files = checkedMessage(facilityId, accountId, draft, problems);
        Team team = theme == null ? null : chosenTeam(theme, draft);
        Account handler = theme == null ? null : chosenHandler(theme, draft, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Instant now = clock.instant();
        Conversation conversation = new Conversation(facility, theme, now);
        em.persist(conversation);
        conversation.numbered();
        conversation.routeTo(handler != null ? handler.getTeam() : team, handler);
        return sendOn(conversation, accountId, draft.title().strip(), draft, files, language, now);
    }

    /** Replies to a message: the conversation, its theme and reference stay (MSG-7); answers where it went. */
    public Sent reply(long facilityId, long accountId, long messageId, Draft draft, Locale language) {
        Conversation conversation = ownMessage(facilityId, messageId).getConversation();
        List<Problem> problems = new ArrayList<>();
        List<AttachmentPolicy.Accepted> files = checkedMessage(facilityId, accountId, draft, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Instant now = clock.instant();
        if (conversation.getTeam() == null && conversation.getCaseHandler() == null) {
            conversation.routeTo(conversation.getTheme().getDefaultTeam(), null);
        }
        return sendOn(conversation, accountId, Postings.replyTitle(postings.lastTitle(conversation)), draft, files, language, now);
    }

    private Sent sendOn(Conversation conversation, long accountId, String title, Draft draft,
                        List<AttachmentPolicy.Accepted> files, Locale language, Instant now) {
        Account author = em.find(Account.class, accountId);
        // MSG-9: the standard contacts are contact persons of the theme: new ones are added to it (CP-4), edited
        // ones changed as on the contacts tab (CP-7), in one call.
        List<ConversationContactRow> rows = draft.contacts();
        List<ConversationContactRow> standard = rows.stream().filter(ConversationContactRow::isStandard).toList();
        Iterator<Long> personIds = contactPersons.keepFromMessage(conversation.getFacility().getId(),
                conversation.getTheme().getId(), standard.stream().map(row -> new ContactRow(row.getContactPersonId(),
                        row.getLastName(), row.getFirstName(), row.getEmail(), row.getPhone(), List.of())).toList(),
                language).iterator();
        conversation.getContacts().clear();
        for (ConversationContactRow row : rows) {
            conversation.getContacts().add(new ConversationContact(conversation, row.isStandard() ? personIds.next() : null,
                    row.getLastName(), row.getFirstName(), row.getEmail(), row.getPhone()));
        }
        conversation.setStatus(ConversationStatus.OPEN);
        Message message = postings.post(conversation, Direction.SENT, title, draft.text().strip(), author.getDisplayName(),
                author.getId(), conversation.routedToName(), files, now);
        parkedUploads.discard(accountId, draft.attachments());
        return new Sent(message.getId(), conversation.getId(), conversation.getReference(), conversation.routedToName());
    }

    /** MSG-10: text, contacts and attachments of a message to send, every problem at once. */
    private List<AttachmentPolicy.Accepted> checkedMessage(long facilityId, long accountId, Draft draft, List<Problem> problems) {
        Postings.checkText(draft.text(), problems);
        List<ConversationContactRow> contacts = draft.contacts();
        if (contacts.isEmpty()) {
            problems.add(Problem.of("contacts", "compose.contacts.required"));
        }
        Map<String, List<Integer>> lines = new HashMap<>();
        Map<String, Long> personsByEmail = contactPersons.idsByEmail(facilityId);
        for (int i = 0; i < contacts.size(); i++) {
            ConversationContactRow row = contacts.get(i);
            row.strip();
            problems.addAll(constraints.problemsOf(row, "contacts[" + i + "]."));
            if (row.getEmail() != null) {
                String key = ContactPerson.keyOf(row.getEmail());
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                Long owner = personsByEmail.get(key);
                if (owner != null && !Objects.equals(owner, row.getContactPersonId())) {
                    problems.add(Problem.of("contacts[" + i + "].email", "compose.contacts.email-taken"));
                }
            }
            if (row.getContactPersonId() != null && !personsByEmail.containsValue(row.getContactPersonId())) {
                if (em.find(ContactPerson.class, row.getContactPersonId()) != null) {
                    LOG.log(Level.WARNING, "Facility {0} named contact person {1} of another facility", facilityId,
                            row.getContactPersonId());
                    throw new NotFound("contact person", row.getContactPersonId());
                }
                // Removed on the contacts tab while this message was being written.
                problems.add(Problem.of("contacts[" + i + "].email", "compose.contacts.person-gone"));
            }
        }
        lines.values().stream().filter(found -> found.size() > 1).forEach(found -> {
            String numbers = found.stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(", "));
            found.forEach(i -> problems.add(Problem.of("contacts[" + i + "].email", "contacts.email.duplicate", numbers)));
        });
        return postings.accepted(parkedUploads.contents(accountId, draft.attachments(), problems), problems);
    }

    private Team chosenTeam(Theme theme, Draft draft) {
        if (draft.teamId() != null) {
            return theme.getTeams().stream().filter(team -> team.getId().equals(draft.teamId()) && team.isActive())
                    .findFirst().orElse(theme.getDefaultTeam());
        }
        return theme.getDefaultTeam();
    }

    private Account chosenHandler(Theme theme, Draft draft, List<Problem> problems) {
        if (draft.caseHandlerId() == null) {
            return null;
        }
        Account handler = em.find(Account.class, draft.caseHandlerId());
        if (handler == null || handler.getRole() != Role.CASE_HANDLER || !handler.isActive()
                || handler.getTeam() == null || !theme.getTeams().contains(handler.getTeam())) {
            problems.add(Problem.of("addressee", "compose.addressee.unknown"));
            return null;
        }
        return handler;
    }

    private Message ownMessage(long facilityId, long messageId) {
        Message message = em.find(Message.class, messageId);
        if (message == null || message.getFacilityId() != facilityId) {
            if (message != null) {
                LOG.log(Level.WARNING, "Facility {0} asked for message {1} of another facility", facilityId, messageId);
            }
            throw new NotFound("message", messageId);
        }
        return message;
    }

    private static MessageDetail detail(Message message, Theme theme, Map<Long, List<AttachmentSummary>> attachments,
                                        List<MessageDetail> history) {
        return new MessageDetail(message.getId(), message.getConversation().getId(), message.getDirection(),
                message.getReference(), theme.getNameNl(), theme.getNameEn(), message.getTitle(), message.getBody(),
                message.getAuthorName(), message.getCounterpart(), message.getSentAt(),
                attachments.getOrDefault(message.getId(), List.of()), history);
    }

    private static String where(long facilityId, MessageFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("m.facilityId = :facility");
        parameters.put("facility", facilityId);
        if (filter.direction() != null) {
            where.append(" and m.direction = :direction");
            parameters.put("direction", filter.direction());
        }
        Conditions.contains(where, parameters, "m.reference", "reference", filter.reference());
        Conditions.contains(where, parameters, "m.title", "title", filter.title());
        Conditions.contains(where, parameters, "m.counterpart", "counterpart", filter.counterpart());
        Conditions.equal(where, parameters, "m.themeId", "theme", filter.themeId());
        Conditions.days(where, parameters, "m.sentAt", filter.from(), filter.to());
        return where.toString();
    }

}
