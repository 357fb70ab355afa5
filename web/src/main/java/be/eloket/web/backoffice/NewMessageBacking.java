package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.NewMessages;
import be.eloket.conversation.boundary.Uploads;
import be.eloket.conversation.model.InboxChoices;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.UploadRef;
import be.eloket.platform.RejectedInput;
import be.eloket.web.ActiveUser;
import be.eloket.web.Language;
import be.eloket.web.ParkedFiles;
import be.eloket.web.Problems;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** /backoffice/new-message.xhtml: a new conversation with one facility, or with all of a theme (BO-3). */
@Named
@ViewScoped
public class NewMessageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @Inject
    Language language;

    @EJB
    Uploads files;

    @EJB
    NewMessages newMessages;

    private List<InboxChoices.Choice> themes;
    private List<InboxChoices.Choice> facilities = List.of();
    private Long themeId;
    private Long facilityId;
    private boolean toAll;
    private String title;
    private String text;
    private final List<UploadRef> uploads = new ArrayList<>();

    @PostConstruct
    void load() {
        themes = newMessages.themesForNewMessages(activeUser.getAccount().id(), language.getLocale());
    }

    public void themeChosen() {
        facilities = themeId == null ? List.of() : newMessages.facilitiesWith(themeId);
        facilityId = null;
    }

    public void upload(FileUploadEvent event) {
        ParkedFiles.park(files, activeUser.getAccount().id(), event, uploads);
    }

    public void removeUpload(UploadRef upload) {
        ParkedFiles.remove(files, activeUser.getAccount().id(), upload, uploads);
    }

    public void send() {
        long author = activeUser.getAccount().id();
        try {
            if (toAll) {
                int sent = newMessages.publishToAll(author, themeId, title, text, uploads);
                Problems.globalInfo("new-message.sent-to-all", sent);
            } else {
                Sent sent = newMessages.publish(author, facilityId, themeId, title, text, uploads);
                Problems.globalInfo("new-message.sent", sent.reference(), sent.routedTo());
            }
            title = null;
            text = null;
            uploads.clear();
        } catch (RejectedInput e) {
            Problems.show(e, "new-message.not-sent");
        }
    }

    public List<InboxChoices.Choice> getThemes() {
        return themes;
    }

    public List<InboxChoices.Choice> getFacilities() {
        return facilities;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public void setFacilityId(Long facilityId) {
        this.facilityId = facilityId;
    }

    public boolean isToAll() {
        return toAll;
    }

    public void setToAll(boolean toAll) {
        this.toAll = toAll;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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
}
