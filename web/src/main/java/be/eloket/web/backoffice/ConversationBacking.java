package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.CaseHandling;
import be.eloket.conversation.boundary.Uploads;
import be.eloket.conversation.model.ConversationDetail;
import be.eloket.conversation.model.UploadRef;
import be.eloket.web.ActiveUser;
import be.eloket.web.ParkedFiles;
import be.eloket.web.Problems;
import be.eloket.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** /backoffice/conversation.xhtml?id=…: history, reply, assignment and "beantwoord" of one conversation (BO-2). */
@Named
@ViewScoped
public class ConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @EJB
    Uploads files;

    @EJB
    CaseHandling caseHandling;

    private Long id;
    private ConversationDetail conversation;
    private String text;
    private final List<UploadRef> uploads = new ArrayList<>();
    private Long caseHandlerId;

    /**
     * Another team's conversation, like one that does not exist, is a 404. Opening it reads the
     * facility's messages for the whole department (no longer "unread" in the inbox).
     */
    @Refusals
    public void open() {
        conversation = caseHandling.open(accountId(), id == null ? -1 : id);
        caseHandlerId = conversation.caseHandlerId();
    }

    public void upload(FileUploadEvent event) {
        ParkedFiles.park(files, accountId(), event, uploads);
    }

    public void removeUpload(UploadRef upload) {
        ParkedFiles.remove(files, accountId(), upload, uploads);
    }

    @Refusals("conversation.reply.not-sent")
    public void reply() {
        caseHandling.reply(accountId(), id, text, uploads);
        text = null;
        uploads.clear();
        Problems.globalInfo("conversation.reply.sent");
        load();
    }

    @Refusals("conversation.assign.not-done")
    public void assign() {
        caseHandling.assign(accountId(), id, caseHandlerId == null ? -1 : caseHandlerId);
        Problems.globalInfo("conversation.assign.done");
        load();
    }

    public void markAnswered() {
        caseHandling.markAnswered(accountId(), id);
        Problems.globalInfo("conversation.answered.done");
        load();
    }

    private void load() {
        conversation = caseHandling.conversation(accountId(), id == null ? -1 : id);
        caseHandlerId = conversation.caseHandlerId();
    }

    private long accountId() {
        return activeUser.getAccount().id();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConversationDetail getConversation() {
        return conversation;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<UploadRef> getUploads() {
        return uploads;
    }

    public Long getCaseHandlerId() {
        return caseHandlerId;
    }

    public void setCaseHandlerId(Long caseHandlerId) {
        this.caseHandlerId = caseHandlerId;
    }
}
