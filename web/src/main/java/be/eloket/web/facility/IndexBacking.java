package be.eloket.web.facility;

import be.eloket.contact.boundary.ContactPersons;
import be.eloket.organisation.boundary.Organisations;
import be.eloket.theme.entity.Theme;
import be.eloket.web.ActiveUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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

    private List<Theme> themes;
    private List<Theme> themesWithoutContact;

    @PostConstruct
    void load() {
        themes = organisations.themes(activeUser.facilityId());
        themesWithoutContact = contactPersons.themesWithoutConfirmedContact(activeUser.facilityId());
    }

    /** "Mijn taken" (CP-9): one task per theme without a confirmed contact person. */
    public List<Theme> getThemesWithoutContact() {
        return themesWithoutContact;
    }

    public List<Theme> getThemes() {
        return themes;
    }
}
