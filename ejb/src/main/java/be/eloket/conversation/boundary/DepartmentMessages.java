package be.eloket.conversation.boundary;

import be.eloket.account.entity.Account;
import be.eloket.account.entity.Role;
import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.conversation.control.AttachmentPolicy;
import be.eloket.conversation.control.Postings;
import be.eloket.conversation.entity.Conversation;
import be.eloket.conversation.entity.ConversationContact;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.entity.Message;
import be.eloket.conversation.entity.Sent;
import be.eloket.conversation.entity.Upload;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The department's side of conversations: a new conversation with a facility under a theme, and
 * replies (BO-2, BO-3). Both queue the notifications of MSG-16 in the same transaction.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
public class DepartmentMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    AttachmentPolicy attachmentPolicy;

    @Inject
    Postings postings;

    @EJB
    ContactPersons contactPersons;

    private final Clock clock = Clock.systemUTC();

    /**
     * Starts a conversation with {@code facilityId} under {@code themeId}; the theme's confirmed
     * contact persons become its contacts and are notified (MSG-16).
     */
    public Sent publish(long facilityId, long themeId, String title, String text, List<Upload> uploads, long authorAccountId) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        Theme theme = facility.themeForNewConversation(themeId).orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (theme == null) {
            problems.add(Problem.of("theme", "compose.theme.unknown"));
        }
        Postings.checkTitle(title, problems);
        List<AttachmentPolicy.Accepted> files = checked(text, uploads, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Account author = em.find(Account.class, authorAccountId);
        Instant now = clock.instant();
        Conversation conversation = new Conversation(facility, theme, now);
        em.persist(conversation);
        conversation.numbered();
        conversation.routeTo(author.getTeam() != null ? author.getTeam() : theme.getDefaultTeam(),
                author.getRole() == Role.CASE_HANDLER ? author : null);
        for (ContactPerson person : contactPersons.confirmedOfTheme(facilityId, themeId)) {
            conversation.getContacts().add(new ConversationContact(conversation, person.getId(), person.getLastName(),
                    person.getFirstName(), person.getEmail(), person.getPhone()));
        }
        conversation.setStatus(ConversationStatus.ANSWERED);
        Message message = postings.post(conversation, Direction.RECEIVED, title.strip(), text.strip(), author.getDisplayName(),
                author.getId(), senderName(author), files, now);
        postings.notifyContacts(conversation, message);
        return new Sent(message.getId(), conversation.getId(), conversation.getReference(), facility.getName());
    }

    /**
     * Replies in a conversation; its contacts are notified (MSG-16). Whoever answers has read what
     * the facility wrote: its messages are no longer unread for the department (BO-2).
     */
    public Sent reply(long conversationId, String text, List<Upload> uploads, long authorAccountId) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new NotFound("conversation", conversationId);
        }
        List<Problem> problems = new ArrayList<>();
        List<AttachmentPolicy.Accepted> files = checked(text, uploads, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Account author = em.find(Account.class, authorAccountId);
        Message last = em.createQuery("select m from Message m where m.conversation = :c order by m.sentAt desc, m.id desc",
                Message.class).setParameter("c", conversation).setMaxResults(1).getSingleResult();
        conversation.setStatus(ConversationStatus.ANSWERED);
        Instant now = clock.instant();
        postings.readByDepartment(conversation, now);
        Message message = postings.post(conversation, Direction.RECEIVED, Postings.replyTitle(last.getTitle()), text.strip(),
                author.getDisplayName(), author.getId(), senderName(author), files, now);
        postings.notifyContacts(conversation, message);
        return new Sent(message.getId(), conversation.getId(), conversation.getReference(), conversation.getFacility().getName());
    }

    private List<AttachmentPolicy.Accepted> checked(String text, List<Upload> uploads, List<Problem> problems) {
        Postings.checkText(text, problems);
        AttachmentPolicy.Checked checked = attachmentPolicy.check(uploads);
        problems.addAll(checked.problems());
        return checked.accepted();
    }

    /** What the facility sees as sender: the case handler and the team, or the team (MSG-6). */
    private static String senderName(Account author) {
        if (author.getTeam() == null) {
            return author.getDisplayName();
        }
        return author.getDisplayName() + " (" + author.getTeam().getName() + ")";
    }
}
