package be.eloket.web.facility;

import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.model.MessageLine;
import be.eloket.helpdesk.boundary.Helpdesk;
import be.eloket.helpdesk.boundary.TooManyQuestions;
import be.eloket.organisation.boundary.Organisations;
import be.eloket.theme.boundary.Themes;
import be.eloket.theme.entity.Theme;
import be.eloket.theme.model.TeamContact;
import be.eloket.web.ActiveUser;
import be.eloket.web.PagedRows;
import be.eloket.web.Problems;
import be.eloket.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /facility/theme.xhtml?id=…, a theme page: the theme's received and sent messages in one list
 * (MSG-14) and "Hulp nodig?" with its teams, case handlers and the technical helpdesk (MSG-15).
 */
@Named
@ViewScoped
public class ThemeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @EJB
    Organisations organisations;

    @EJB
    Themes themes;

    @EJB
    Conversations conversations;

    @EJB
    Helpdesk helpdesk;

    private Long id;
    private Theme theme;
    private List<TeamContact> contacts;
    private final MessageQuery query = new MessageQuery(null);
    private PagedRows<MessageLine> rows;
    private String email;
    private String question;

    /**
     * Opens the theme; a theme that is not one of the facility's, or no theme id at all, is a 404
     * (SEC-2; a malformed id never gets here, {@link be.eloket.web.IdInAddress} answers it).
     */
    @Refusals
    public void open() {
        long facility = activeUser.facilityId();
        theme = organisations.theme(facility, id == null ? -1 : id);
        contacts = themes.contacts(facility, theme.getId());
        query.setThemeId(theme.getId());
        Conversations boundary = conversations;
        MessageQuery filter = query;
        rows = new PagedRows<>((first, size) -> boundary.messages(facility, filter.filter(), first, size),
                () -> boundary.count(facility, filter.filter()), MessageLine::id);
        email = activeUser.getAccount().username();
    }

    /** "Verstuur" of the technical helpdesk form. */
    @Refusals("theme.helpdesk.not-sent")
    public void ask() {
        try {
            helpdesk.ask(activeUser.facilityId(), activeUser.getAccount().id(), email, question);
            question = null;
            Problems.globalInfo("theme.helpdesk.sent");
        } catch (TooManyQuestions e) {
            Problems.globalError("theme.helpdesk.too-many");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Theme getTheme() {
        return theme;
    }

    public List<TeamContact> getContacts() {
        return contacts;
    }

    public MessageQuery getQuery() {
        return query;
    }

    public PagedRows<MessageLine> getRows() {
        return rows;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
