package be.eloket.web.backoffice;

import be.eloket.organisation.boundary.Facilities;
import be.eloket.organisation.entity.Facility;
import be.eloket.organisation.model.FacilityThemes;
import be.eloket.platform.ConcurrentChange;
import be.eloket.web.PagedRows;
import be.eloket.web.Problems;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The part "Thema's van een voorziening" of /backoffice/themes.xhtml (BO-4): the administrator
 * finds a facility by name or number and sets which themes apply to it.
 */
@Named
@ViewScoped
public class FacilityThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Facilities register;

    /** The themes' table of the same page: whether a theme is in use changes with its facilities. */
    @Inject
    ThemesBacking themes;

    private String search;
    /** The search of the last "Zoeken", not what is being typed. */
    private String searched;
    private final PagedRows<Facility> facilities = new PagedRows<>(
            (first, pageSize) -> register.find(searched, first, pageSize), () -> register.count(searched), Facility::getId);
    private FacilityThemes facility;
    private List<Long> facilityThemeIds;

    public void searchFacilities() {
        searched = search;
    }

    public void chooseFacility(Facility choice) {
        facility = register.facilityThemes(choice.getId());
        facilityThemeIds = new ArrayList<>(facility.getThemeIds());
    }

    public void saveFacilityThemes() {
        try {
            facility = register.saveFacilityThemes(facility.getFacilityId(), facility.getThemeIds(), facilityThemeIds);
            facilityThemeIds = new ArrayList<>(facility.getThemeIds());
            themes.load();
            Problems.globalInfo("facility-themes.saved", facility.getName());
        } catch (ConcurrentChange e) {
            // Shown as it is now, so that the administrator chooses again from what is stored.
            facility = register.facilityThemes(facility.getFacilityId());
            facilityThemeIds = new ArrayList<>(facility.getThemeIds());
            Problems.globalError("themes.changed-by-someone-else");
        }
    }

    public PagedRows<Facility> getFacilities() {
        return facilities;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public FacilityThemes getFacility() {
        return facility;
    }

    public List<Long> getFacilityThemeIds() {
        return facilityThemeIds;
    }

    public void setFacilityThemeIds(List<Long> facilityThemeIds) {
        this.facilityThemeIds = facilityThemeIds;
    }
}
