package be.eloket.web.backoffice;

import be.eloket.organisation.boundary.Register;
import be.eloket.organisation.model.NewFacility;
import be.eloket.theme.entity.Theme;
import be.eloket.web.Problems;
import be.eloket.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /backoffice/new-facility.xhtml: an administrator adds a facility to the register (BO-8). */
@Named
@ViewScoped
public class NewFacilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Register register;

    private NewFacility facility = new NewFacility();
    private List<Theme> themes;
    private Long added;
    private String addedName;

    @Refusals("register.create.not-done")
    public void create() {
        added = register.create(facility);
        addedName = facility.getName();
        Problems.globalInfo(facility.firstUser() == null ? "register.create.done" : "register.create.done-invited",
                facility.getName(), facility.getNumber(), facility.getUserEmail());
        facility = new NewFacility();
    }

    public NewFacility getFacility() {
        return facility;
    }

    /** The themes a new facility can have: the active ones, by code. */
    public List<Theme> getThemes() {
        if (themes == null) {
            themes = register.activeThemes();
        }
        return themes;
    }

    /** The facility the last save added, for the link to its page; null before. */
    public Long getAdded() {
        return added;
    }

    public String getAddedName() {
        return addedName;
    }
}
