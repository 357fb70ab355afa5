package be.eloket.web.facility;

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

    private List<Theme> themes;

    @PostConstruct
    void load() {
        themes = organisations.themes(activeUser.facilityId());
    }

    public List<Theme> getThemes() {
        return themes;
    }
}
