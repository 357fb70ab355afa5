package be.eloket.conversation.control;

import be.eloket.account.entity.Account;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.conversation.entity.Attachment;
import be.eloket.conversation.entity.Conversation;
import be.eloket.conversation.entity.ConversationContact;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.entity.Message;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.Upload;
import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.model.Mail;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.NotFound;
import be.eloket.platform.PlainText;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way a message is posted, whoever writes it: the checks of MSG-10 and MSG-17, the
 * message with its attachments, the audit row (SEC-5) and, for messages of the department, the
 * notifications of MSG-16 to the conversation's contacts, without any content. {@code
 * Conversations} posts the facility's messages through it, {@code Inbox} the department's (and
 * the demo data its conversations). An EJB, so that a message to every facility of a theme can
 * post each facility's conversation in a transaction of its own; the boundaries that call it check
 * who may post what (SEC-2).
 */
@Stateless
@PermitAll
public class Postings {

    /** The columns' sizes (message.title, message.body): a longer text is refused before it is stored. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 20000;

    @PersistenceContext
    EntityManager em;

    @EJB
    Outbox outbox;

    @EJB
    ContactPersons contactPersons;

    @Inject
    AttachmentPolicy attachmentPolicy;

    @Inject
    Event<Audited> audited;

    private final Clock clock = Clock.systemUTC();

    /**
     * MSG-10: what the title of a new conversation must be, whoever writes it (a facility or the
     * department); a problem for the field "title" if it is not.
     */
    public static void checkTitle(String title, List<Problem> problems) {
        if (title == null || title.isBlank()) {
            problems.add(Problem.of("title", "compose.title.required"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(Problem.of("title", "compose.title.too-long", MAX_TITLE));
        } else if (!PlainText.Validator.isPlain(title, false)) {
            problems.add(Problem.of("title", "validation.control-characters"));
        }
    }

    /** MSG-10: what the text of every message must be, whoever writes it; a problem for the field "text". */
    public static void checkText(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(Problem.of("text", "compose.text.required"));
        } else if (text.strip().length() > MAX_TEXT) {
            problems.add(Problem.of("text", "compose.text.too-long", MAX_TEXT));
        } else if (!PlainText.Validator.isPlain(text, true)) {
            problems.add(Problem.of("text", "validation.control-characters"));
        }
    }

    /** The messages the facility sent in {@code conversation} are read by the department from {@code now} on (BO-2). */
    public void readByDepartment(Conversation conversation, Instant now) {
        em.createQuery("update Message m set m.departmentReadAt = :now where m.conversation = :conversation"
                        + " and m.direction = :sent and m.departmentReadAt is null")
                .setParameter("now", now)
                .setParameter("conversation", conversation)
                .setParameter("sent", Direction.SENT)
                .executeUpdate();
    }

    /** A reply's title, "Re: " and the title it answers, cut to fit its column. */
    public static String replyTitle(String answered) {
        String title = answered.startsWith("Re: ") ? answered : "Re: " + answered;
        return title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
    }

    /**
     * MSG-10 and MSG-17: the text and the attachments of a message to post, every problem at once;
     * answers the files that are accepted.
     */
    public List<AttachmentPolicy.Accepted> checked(String text, List<Upload> uploads, List<Problem> problems) {
        checkText(text, problems);
        return accepted(uploads, problems);
    }

    /** MSG-17: the files of a message that are accepted; a problem for each that is not. */
    public List<AttachmentPolicy.Accepted> accepted(List<Upload> uploads, List<Problem> problems) {
        AttachmentPolicy.Checked checked = attachmentPolicy.check(uploads);
        problems.addAll(checked.problems());
        return checked.accepted();
    }

    /**
     * BO-3: the department starts a conversation with {@code facilityId} under {@code themeId};
     * the theme's confirmed contact persons become its contacts and are notified (MSG-16).
     */
    public Sent departmentStarts(long facilityId, long themeId, String title, String text, List<Upload> uploads,
                                 long authorAccountId) {
        return departmentStarts(facilityId, themeId, title, text, attachmentPolicy.check(uploads), authorAccountId, null);
    }

    /**
     * BO-3, BO-10: as {@link #departmentStarts(long, long, String, String, List, long)}, with files
     * checked once for every facility a message goes to (each conversation's attachments refer to
     * the same stored contents; refused files are refused in each, with the message's other
     * problems), the conversation being the facility's of circular {@code circularId} when that is
     * not null.
     */
    public Sent departmentStarts(long facilityId, long themeId, String title, String text, AttachmentPolicy.Checked files,
                                 long authorAccountId, Long circularId) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        Theme theme = facility.themeForNewConversation(themeId).orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (facility.isClosed()) {
            problems.add(Problem.of("facility", "new-message.facility.closed", facility.getName()));
        } else if (theme == null) {
            problems.add(Problem.of("theme", "compose.theme.unknown"));
        }
        checkTitle(title, problems);
        checkText(text, problems);
        problems.addAll(files.problems());
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Account author = em.find(Account.class, authorAccountId);
        Instant now = clock.instant();
        Conversation conversation = new Conversation(facility, theme, now);
        conversation.partOf(circularId);
        em.persist(conversation);
        conversation.numbered();
        conversation.routeTo(author.getTeam() != null ? author.getTeam() : theme.getDefaultTeam(),
                author.getRole() == Role.CASE_HANDLER ? author : null);
        for (ContactPerson person : contactPersons.confirmedOfTheme(facilityId, themeId)) {
            conversation.getContacts().add(new ConversationContact(conversation, person.getId(), person.getLastName(),
                    person.getFirstName(), person.getEmail(), person.getPhone()));
        }
        conversation.setStatus(ConversationStatus.SENT);
        return departmentPosts(conversation, title.strip(), text, files.accepted(), author, now);
    }

    /**
     * BO-2: the department replies in {@code conversationId} (which the caller's transaction has
     * usually loaded already, within the staff member's scope); its contacts are notified
     * (MSG-16). Whoever answers has read what the facility wrote: its messages are no longer unread
     * for the department.
     */
    public Sent departmentReplies(long conversationId, String text, List<Upload> uploads, long authorAccountId) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new NotFound("conversation", conversationId);
        }
        List<Problem> problems = new ArrayList<>();
        List<AttachmentPolicy.Accepted> files = checked(text, uploads, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Instant now = clock.instant();
        readByDepartment(conversation, now);
        return departmentPosts(conversation, replyTitle(lastTitle(conversation)), text, files,
                em.find(Account.class, authorAccountId), now);
    }

    private Sent departmentPosts(Conversation conversation, String title, String text, List<AttachmentPolicy.Accepted> files,
                                 Account author, Instant now) {
        if (conversation.getStatus() == ConversationStatus.OPEN) {
            // What the facility wrote is answered now; a conversation it has not reacted in stays SENT.
            conversation.setStatus(ConversationStatus.ANSWERED);
        }
        Message message = post(conversation, Direction.RECEIVED, title, text.strip(), author.getDisplayName(), author.getId(),
                senderName(author), files, now);
        notifyContacts(conversation, message);
        return new Sent(message.getId(), conversation.getId(), conversation.getReference(), conversation.getFacility().getName());
    }

    /** The title the conversation's newest message has: what a reply answers. */
    public String lastTitle(Conversation conversation) {
        return em.createQuery("select m.title from Message m where m.conversation = :c order by m.sentAt desc, m.id desc",
                String.class).setParameter("c", conversation).setMaxResults(1).getSingleResult();
    }

    /** What the facility sees as sender: the case handler and the team, or the team (MSG-6). */
    private static String senderName(Account author) {
        if (author.getTeam() == null) {
            return author.getDisplayName();
        }
        return author.getDisplayName() + " (" + author.getTeam().getName() + ")";
    }

    /** Stores the message with its attachments in the conversation and audits it (SEC-5). */
    public Message post(Conversation conversation, Direction direction, String title, String body, String authorName,
                        Long authorAccountId, String counterpart, List<AttachmentPolicy.Accepted> files, Instant now) {
        Message message = new Message(conversation, direction, title, body, authorName, authorAccountId, counterpart, now);
        em.persist(message);
        em.flush();
        for (AttachmentPolicy.Accepted file : files) {
            em.persist(new Attachment(message.getId(), file.fileName(), file.mediaType(), file.content()));
        }
        conversation.touched(now);
        // SEC-5: who sent which message in which conversation, and to which contacts; never its title or body.
        List<FieldChange> values = new ArrayList<>();
        values.add(new FieldChange("reference", null, conversation.getReference()));
        values.add(new FieldChange("direction", null, direction.name()));
        values.add(new FieldChange("contacts", null, conversation.getContacts().stream()
                .map(contact -> contact.fullName() + " <" + contact.getEmail() + ">").collect(Collectors.joining(", "))));
        audited.fire(new Audited(conversation.getFacility().getId(), SubjectKind.MESSAGE, message.getId(), "SENT", values));
        return message;
    }

    /** MSG-16: "a message is waiting in the e-loket", with a link through login, never its content. */
    private void notifyContacts(Conversation conversation, Message message) {
        for (ConversationContact contact : conversation.getContacts()) {
            Locale language = Locale.forLanguageTag("nl");
            outbox.queue(Mail.of(contact.getEmail(), contact.fullName(), language, MailKind.MESSAGE_NOTIFICATION, Map.of(
                    "name", contact.fullName(),
                    "facilityName", conversation.getFacility().getName(),
                    "themeName", conversation.getTheme().name(language),
                    "reference", conversation.getReference(),
                    "messagePath", "/facility/message.xhtml?id=" + message.getId()))
                    .inThread(conversation.getReference()));
        }
    }
}
