package be.eloket.conversation.control;

import be.eloket.audit.entity.Audited;
import be.eloket.audit.entity.FieldChange;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.conversation.entity.Attachment;
import be.eloket.conversation.entity.Conversation;
import be.eloket.conversation.entity.ConversationContact;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.entity.Message;
import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.Mail;
import be.eloket.mail.entity.MailKind;
import be.eloket.platform.Problem;
import be.eloket.platform.PlainText;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stores a message with its attachments in a conversation and, for messages of the department,
 * queues the notifications of MSG-16: to the conversation's contacts, without any content.
 * Shared by the facility's and the department's boundary.
 */
@ApplicationScoped
public class Postings {

    /** The columns' sizes (message.title, message.body): a longer text is refused before it is stored. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 20000;

    @PersistenceContext
    EntityManager em;

    @EJB
    Outbox outbox;

    @Inject
    Event<Audited> audited;

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

    public Message post(Conversation conversation, Direction direction, String title, String body, String authorName,
                        Long authorAccountId, String counterpart, List<AttachmentPolicy.Accepted> files, Instant now) {
        Message message = new Message(conversation, direction, title, body, authorName, authorAccountId, counterpart, now);
        em.persist(message);
        em.flush();
        for (AttachmentPolicy.Accepted file : files) {
            em.persist(new Attachment(message.getId(), file.fileName(), file.mediaType(), file.content(), file.sha256()));
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
    public void notifyContacts(Conversation conversation, Message message) {
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
