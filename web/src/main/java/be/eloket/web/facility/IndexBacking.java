package be.eloket.web.facility;

import be.eloket.contact.boundary.ContactPersons;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.MessageFilter;
import be.eloket.conversation.model.MessageLine;
import be.eloket.organisation.boundary.Organisations;
import be.eloket.theme.entity.Theme;
import be.eloket.web.ActiveUser;
import be.eloket.web.Problems;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /facility/index.xhtml, the Startpagina of a facility user. */
@Named("facilityHome")
@RequestScoped
public class IndexBacking {

    @Inject
    ActiveUser activeUser;

    @EJB
    Organisations organisations;

    @EJB
    ContactPersons contactPersons;

    @EJB
    Conversations conversations;

    private List<Theme> themes;
    private List<Theme> themesWithoutContact;
    private List<MessageLine> latestReceived;
    private long unread;

    @PostConstruct
    void load() {
        themes = organisations.themes(activeUser.facilityId());
        themesWithoutContact = contactPersons.themesWithoutConfirmedContact(activeUser.facilityId());
        latestReceived = conversations.messages(activeUser.facilityId(), MessageFilter.of(Direction.RECEIVED), 0, 5);
        unread = conversations.unread(activeUser.facilityId());
    }

    /** "Mijn ontvangen berichten" (MSG-1): the newest received messages. */
    public List<MessageLine> getLatestReceived() {
        return latestReceived;
    }

    /** How many received messages nobody opened yet (MSG-18). */
    public long getUnread() {
        return unread;
    }

    public String getUnreadText() {
        return Problems.text(FacesContext.getCurrentInstance(), "home.received.unread", unread);
    }

    /** "Mijn taken" (CP-9): one task per theme without a confirmed contact person. */
    public List<Theme> getThemesWithoutContact() {
        return themesWithoutContact;
    }

    public List<Theme> getThemes() {
        return themes;
    }
}
