package be.eloket.conversation.boundary;

import be.eloket.account.entity.Account;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.conversation.control.ContentStore;
import be.eloket.conversation.control.DepartmentScope;
import be.eloket.conversation.control.ParkedUploads;
import be.eloket.conversation.control.Postings;
import be.eloket.conversation.entity.Attachment;
import be.eloket.conversation.entity.Conversation;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.entity.Message;
import be.eloket.conversation.model.AttachmentSummary;
import be.eloket.conversation.model.ConversationDetail;
import be.eloket.conversation.model.Download;
import be.eloket.conversation.model.MessageDetail;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.Upload;
import be.eloket.conversation.model.UploadRef;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The department's work on one conversation (BO-2): open it, download its attachments, give it to
 * a case handler, mark it answered, reply. Every method takes the account of the logged-in staff
 * member: a conversation outside its {@link DepartmentScope} answers {@link NotFound}, exactly
 * like one that does not exist.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
public class CaseHandling {

    private static final Logger LOG = System.getLogger(CaseHandling.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DepartmentScope department;

    @EJB
    ParkedUploads parkedUploads;

    @EJB
    ContentStore contentStore;

    @Inject
    Postings postings;

    @Inject
    Event<Audited> audited;

    private final Clock clock = Clock.systemUTC();

    /** A conversation with its whole history, oldest first, and the case handlers it may go to. */
    public ConversationDetail conversation(long accountId, long conversationId) {
        Conversation conversation = department.conversation(accountId, conversationId);
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
        List<ConversationDetail.CaseHandlerChoice> handlers = department.handlersOf(theme).stream()
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
        Conversation conversation = department.conversation(accountId, conversationId);
        postings.readByDepartment(conversation, clock.instant());
        return conversation(accountId, conversationId);
    }

    /**
     * An attachment to download, only when its conversation is within the caller's scope; its
     * bytes are read from the store as the download is sent.
     */
    public Download attachment(long accountId, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFound("attachment", attachmentId);
        }
        Message message = em.find(Message.class, attachment.getMessageId());
        department.conversation(accountId, message.getConversation().getId());
        return attachment.download(contentStore.open(attachment.getContentId()));
    }

    /** Gives the conversation to a case handler of one of its theme's teams (BO-2). */
    public void assign(long accountId, long conversationId, long caseHandlerId) {
        Conversation conversation = department.conversation(accountId, conversationId);
        Account handler = department.handlersOf(conversation.getTheme()).stream()
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
        Conversation conversation = department.conversation(accountId, conversationId);
        if (conversation.getStatus() != ConversationStatus.OPEN) {
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
        department.conversation(accountId, conversationId);
        Sent sent = postings.departmentReplies(conversationId, text, parked(accountId, uploads), accountId);
        parkedUploads.discard(accountId, uploads);
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
}
