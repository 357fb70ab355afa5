package be.eloket.web.facility;

import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.boundary.Uploads;
import be.eloket.conversation.model.ConversationContactRow;
import be.eloket.conversation.model.Draft;
import be.eloket.conversation.model.MessageDetail;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.UploadRef;
import be.eloket.organisation.boundary.Organisations;
import be.eloket.platform.RejectedInput;
import be.eloket.theme.boundary.Themes;
import be.eloket.theme.entity.Theme;
import be.eloket.theme.model.TeamContact;
import be.eloket.web.ActiveUser;
import be.eloket.web.Language;
import be.eloket.web.ParkedFiles;
import be.eloket.web.Problems;
import be.eloket.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;

/**
 * /facility/compose.xhtml: "Beantwoorden" (?replyTo=…, MSG-7) and "Stuur nieuw bericht" (?theme=…
 * and, from "Hulp nodig?", &amp;team=… or &amp;handler=…, MSG-13, MSG-15), with the attachments and the
 * "Contactdetails" of the message (MSG-8, MSG-9). Nothing is stored until "Verzenden" (MSG-10).
 */
@Named
@ViewScoped
public class ComposeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @Inject
    Language language;

    @EJB
    Uploads files;

    @EJB
    Conversations conversations;

    @EJB
    Organisations organisations;

    @EJB
    Themes themeTeams;

    private Long replyTo;
    private Long themeId;
    private Long teamId;
    private Long handlerId;
    private MessageDetail original;
    private String title;
    private String text;
    private final List<UploadRef> uploads = new ArrayList<>();
    private List<ConversationContactRow> contacts = new ArrayList<>();
    private final Set<ConversationContactRow> editing = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean contactsShown;
    private Sent sent;
    private List<Theme> themes;
    /** Whom "Hulp nodig?" addressed the message to (a team, or a case handler and the team), as shown. */
    private String addressee;
    private boolean addresseeHandlesTheme = true;

    /** View action: the message replied to, or the theme preset; the contacts to start from. */
    @Refusals
    public void prepare() {
        if (FacesContext.getCurrentInstance().isPostback() || original != null) {
            return;
        }
        // Once per view, not per request: the Startpagina's bean would query tasks and messages too.
        themes = organisations.themes(activeUser.facilityId());
        if (replyTo != null) {
            original = conversations.open(activeUser.facilityId(), replyTo);
        }
        contacts = new ArrayList<>(conversations.contactsFor(activeUser.facilityId(), themeId, replyTo));
        addressee = addresseeIn(themeId);
        if (addressee == null) {
            // An address of a team or case handler that is gone, or was never of this theme.
            clearAddressee();
        }
    }

    /** Another theme chosen: its contact persons replace the list (MSG-8). */
    public void themeChanged() {
        contacts = new ArrayList<>(conversations.contactsFor(activeUser.facilityId(), themeId, null));
        editing.clear();
        addresseeHandlesTheme = addressee == null || themeId == null || addresseeIn(themeId) != null;
    }

    /** "Aan het team van het thema richten": the message goes to the theme's team, as without "Hulp nodig?". */
    public void clearAddressee() {
        teamId = null;
        handlerId = null;
        addressee = null;
        addresseeHandlesTheme = true;
    }

    /** The name of the chosen team, or of the chosen case handler with the team, among those of {@code theme}. */
    private String addresseeIn(Long theme) {
        if (theme == null || (teamId == null && handlerId == null)) {
            return null;
        }
        for (TeamContact team : themeTeams.contacts(activeUser.facilityId(), theme)) {
            if (teamId != null && team.id() == teamId) {
                return team.name();
            }
            for (TeamContact.CaseHandler handler : team.caseHandlers()) {
                if (handlerId != null && handler.accountId() == handlerId) {
                    return handler.name() + " (" + team.name() + ")";
                }
            }
        }
        return null;
    }

    public String getAddressee() {
        return addressee;
    }

    public boolean isAddresseeHandlesTheme() {
        return addresseeHandlesTheme;
    }

    public void upload(FileUploadEvent event) {
        ParkedFiles.park(files, activeUser.getAccount().id(), event, uploads);
    }

    public void removeUpload(UploadRef upload) {
        ParkedFiles.remove(files, activeUser.getAccount().id(), upload, uploads);
    }

    public void toggleContacts() {
        contactsShown = !contactsShown;
    }

    /** "Voeg toe": an empty line, in edit mode. */
    public void addContact() {
        ConversationContactRow row = new ConversationContactRow();
        contacts.add(row);
        editing.add(row);
    }

    /** The pencil: the line becomes editable. */
    public void editContact(ConversationContactRow row) {
        editing.add(row);
    }

    /** The cross: off this conversation only; a standard contact person stays the theme's (MSG-9). */
    public void removeContact(ConversationContactRow row) {
        contacts.remove(row);
        editing.remove(row);
    }

    public boolean isEditing(ConversationContactRow row) {
        return editing.contains(row);
    }

    /** "Verzenden": all checks of MSG-10 in one boundary call; on success, where it went (MSG-11). */
    public void send() {
        Draft draft = replyTo != null
                ? Draft.reply(text, uploads, contacts)
                : new Draft(themeId, title, text, uploads, contacts, teamId, handlerId);
        try {
            sent = replyTo != null
                    ? conversations.reply(activeUser.facilityId(), activeUser.getAccount().id(), replyTo, draft, language.getLocale())
                    : conversations.start(activeUser.facilityId(), activeUser.getAccount().id(), draft, language.getLocale());
            Problems.globalInfo("compose.sent", sent.routedTo());
        } catch (RejectedInput e) {
            if (e.problems().stream().anyMatch(problem -> problem.field().startsWith("contacts"))) {
                contactsShown = true;
                editing.addAll(contacts);
            }
            Problems.show(e, "compose.not-sent", "contacts.column");
        }
    }

    /**
     * MSG-8: the names of the people notified of each reaction, as far as they are typed; empty
     * while nobody has a name yet (a line just added with "Voeg toe"), and then the page warns
     * that nobody is notified.
     */
    public String getContactNames() {
        return contacts.stream()
                .map(row -> Stream.of(row.getFirstName(), row.getLastName())
                        .filter(name -> name != null && !name.isBlank())
                        .map(String::strip)
                        .collect(Collectors.joining(" ")))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.collectingAndThen(Collectors.toList(), this::enumeration));
    }

    /** "A", "A en B", "A, B en C": the names as a sentence says them. */
    private String enumeration(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        String and = Problems.text(FacesContext.getCurrentInstance(), "compose.contacts.and");
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }

    /** The facility's themes, for the theme of a new message. */
    public List<Theme> getThemes() {
        return themes;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(Long replyTo) {
        this.replyTo = replyTo;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getHandlerId() {
        return handlerId;
    }

    public void setHandlerId(Long handlerId) {
        this.handlerId = handlerId;
    }

    public MessageDetail getOriginal() {
        return original;
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

    public List<ConversationContactRow> getContacts() {
        return contacts;
    }

    public boolean isContactsShown() {
        return contactsShown;
    }

    public Sent getSent() {
        return sent;
    }
}
