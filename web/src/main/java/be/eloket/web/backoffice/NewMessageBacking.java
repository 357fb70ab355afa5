package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.Circulars;
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
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** /backoffice/new-message.xhtml: a new conversation with one facility (BO-3), or a circular to all of a theme (BO-10). */
@Named
@ViewScoped
public class NewMessageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many facilities the choice suggests at a time. */
    private static final int SUGGESTIONS = 20;

    @Inject
    ActiveUser activeUser;

    @Inject
    Language language;

    @EJB
    Uploads files;

    @EJB
    NewMessages newMessages;

    @EJB
    Circulars circulars;

    private List<InboxChoices.Choice> themes;
    private Long themeId;
    private InboxChoices.Choice facility;
    private boolean toAll;
    private String title;
    private String text;
    private final List<UploadRef> uploads = new ArrayList<>();

    @PostConstruct
    void load() {
        themes = newMessages.themesForNewMessages(activeUser.getAccount().id(), language.getLocale());
    }

    public void themeChosen() {
        facility = null;
    }

    /** The facilities of the chosen theme whose name or number holds what was typed: a page of them from the database. */
    public List<InboxChoices.Choice> completeFacility(String typed) {
        return themeId == null ? List.of() : newMessages.facilitiesMatching(themeId, typed, SUGGESTIONS);
    }

    public void upload(FileUploadEvent event) {
        ParkedFiles.park(files, activeUser.getAccount().id(), event, uploads);
    }

    public void removeUpload(UploadRef upload) {
        ParkedFiles.remove(files, activeUser.getAccount().id(), upload, uploads);
    }

    /** One facility: the message is sent, the page stays for the next. All of the theme: the circular's progress page. */
    public String send() {
        long author = activeUser.getAccount().id();
        try {
            if (toAll) {
                long circular = circulars.send(author, themeId, title, text, uploads);
                return "/backoffice/circular?faces-redirect=true&id=" + circular;
            }
            Sent sent = newMessages.publish(author, facility == null ? null : facility.id(), themeId, title, text, uploads);
            Problems.globalInfo("new-message.sent", sent.reference(), sent.routedTo());
            title = null;
            text = null;
            uploads.clear();
        } catch (RejectedInput e) {
            Problems.show(e, "new-message.not-sent");
        }
        return null;
    }

    public List<InboxChoices.Choice> getThemes() {
        return themes;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public InboxChoices.Choice getFacility() {
        return facility;
    }

    public void setFacility(InboxChoices.Choice facility) {
        this.facility = facility;
    }

    /** A chosen facility travels as its id; back on the server it is looked up again under the chosen theme. */
    public Converter<InboxChoices.Choice> getFacilityConverter() {
        return new Converter<>() {
            @Override
            public InboxChoices.Choice getAsObject(FacesContext context, UIComponent component, String value) {
                if (themeId == null || value == null || !value.matches("\\d{1,18}")) {
                    return null;
                }
                return newMessages.facilityChoice(themeId, Long.parseLong(value)).orElse(null);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, InboxChoices.Choice choice) {
                return choice == null ? "" : Long.toString(choice.id());
            }
        };
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
