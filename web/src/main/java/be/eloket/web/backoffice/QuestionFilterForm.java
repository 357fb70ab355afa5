package be.eloket.web.backoffice;

import be.eloket.helpdesk.entity.QuestionStatus;
import be.eloket.helpdesk.model.QuestionFilter;
import java.io.Serializable;

/**
 * The helpdesk questions' filters as they are being typed (BO-6): "Filteren" makes them the list's
 * {@link QuestionFilter}.
 */
public class QuestionFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Open questions first: those are the work. */
    private QuestionStatus status = QuestionStatus.OPEN;
    private String facility;

    public QuestionFilter filter() {
        return new QuestionFilter(status, facility);
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public void setStatus(QuestionStatus status) {
        this.status = status;
    }

    public String getFacility() {
        return facility;
    }

    public void setFacility(String facility) {
        this.facility = facility;
    }
}
