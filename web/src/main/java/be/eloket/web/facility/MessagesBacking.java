package be.eloket.web.facility;

import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.MessageFilter;
import be.eloket.conversation.model.MessageLine;
import be.eloket.organisation.boundary.Organisations;
import be.eloket.theme.model.ThemeName;
import be.eloket.web.ActiveUser;
import be.eloket.web.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * /facility/messages.xhtml, "Mijn berichten" (MSG-3, MSG-4, MSG-5): received and sent messages,
 * each list paged and filtered in the database. A bean of one request: the page is stateless, every
 * request of it sends the filter fields of the list it asks for.
 */
@Named
@RequestScoped
public class MessagesBacking {

    @Inject
    ActiveUser activeUser;

    @EJB
    Conversations conversations;

    @EJB
    Organisations organisations;

    private final MessageQuery received = new MessageQuery(Direction.RECEIVED);
    private final MessageQuery sent = new MessageQuery(Direction.SENT);
    private PagedRows<MessageLine> receivedRows;
    private PagedRows<MessageLine> sentRows;
    private List<ThemeName> themes;

    @PostConstruct
    void init() {
        long facility = activeUser.facilityId();
        // The theme filters need nothing else of the Startpagina's data.
        themes = organisations.themeNames(facility);
        Conversations boundary = conversations;
        receivedRows = PagedRows.withoutInputs((first, size) -> boundary.messages(facility, received.filter(), first, size),
                () -> boundary.count(facility, received.filter()), MessageLine::id);
        sentRows = PagedRows.withoutInputs((first, size) -> boundary.messages(facility, sent.filter(), first, size),
                () -> boundary.count(facility, sent.filter()), MessageLine::id);
    }

    /**
     * "Filteren" with a date that cannot be read (MSG-4, UX-3): the date says why beside it, and the
     * list stays filtered by the other fields instead of showing every message. The page keeps no
     * state, so the fields that were valid are applied here, before the lists read their rows (JSF
     * applies none of them when one field is refused).
     */
    public void keepValidFilters() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.isValidationFailed()) {
            return;
        }
        for (String form : List.of("received", "sent")) {
            UIComponent filters = context.getViewRoot().findComponent(form);
            if (filters != null) {
                applyValid(context, filters);
            }
        }
    }

    private static void applyValid(FacesContext context, UIComponent component) {
        if (component instanceof UIInput input && input.isValid() && input.isLocalValueSet()) {
            input.updateModel(context);
        }
        for (UIComponent child : component.getChildren()) {
            applyValid(context, child);
        }
    }

    public MessageQuery getReceived() {
        return received;
    }

    public MessageQuery getSent() {
        return sent;
    }

    public PagedRows<MessageLine> getReceivedRows() {
        return receivedRows;
    }

    public PagedRows<MessageLine> getSentRows() {
        return sentRows;
    }

    /** The facility's themes, for the theme filter of both lists. */
    public List<ThemeName> getThemes() {
        return themes;
    }
}
