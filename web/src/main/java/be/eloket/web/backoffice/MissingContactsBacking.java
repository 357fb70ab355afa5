package be.eloket.web.backoffice;

import be.eloket.contact.boundary.ContactCoverage;
import be.eloket.contact.model.MissingContact;
import be.eloket.web.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /backoffice/missing-contacts.xhtml: (+) the report of the facilities' themes without a
 * confirmed contact person (BO-5), with its CSV export ({@link MissingContactsCsvServlet}).
 */
@Named
@ViewScoped
public class MissingContactsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ContactCoverage coverage;

    private String facility;

    /** The filter the list and the export show: the one of the last "Filteren". */
    private String filtered;
    private final PagedRows<MissingContact> lines = new PagedRows<>(
            (first, pageSize) -> coverage.missing(filtered, first, pageSize), () -> coverage.missingCount(filtered),
            MissingContact::getKey);

    public void filter() {
        filtered = facility;
    }

    public PagedRows<MissingContact> getLines() {
        return lines;
    }

    public String getFiltered() {
        return filtered;
    }

    public String getFacility() {
        return facility;
    }

    public void setFacility(String facility) {
        this.facility = facility;
    }
}
