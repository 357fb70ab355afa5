package be.eloket.web.backoffice;

import be.eloket.organisation.boundary.Facilities;
import be.eloket.organisation.entity.Facility;
import be.eloket.web.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /backoffice/facilities.xhtml: the administrators search a facility by name or number (BO-5). */
@Named
@ViewScoped
public class FacilitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Facilities facilities;

    private String text;

    /** The search the list shows: the one of the last "Zoeken", not what is being typed. */
    private String searched;
    private final PagedRows<Facility> found = new PagedRows<>(
            (first, pageSize) -> facilities.find(searched, first, pageSize), () -> facilities.count(searched), Facility::getId);

    public void search() {
        searched = text;
    }

    public PagedRows<Facility> getFound() {
        return found;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
