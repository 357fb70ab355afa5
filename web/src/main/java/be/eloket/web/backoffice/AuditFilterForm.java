package be.eloket.web.backoffice;

import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.AuditFilter;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The audit trail's filters as they are being typed (SEC-5): "Filteren" makes them the list's
 * {@link AuditFilter}.
 */
public class AuditFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String actor;
    private String facility;
    private SubjectKind subjectKind;
    private LocalDate from;
    private LocalDate to;

    public AuditFilter filter() {
        return new AuditFilter(actor, null, facility, subjectKind, from, to);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getFacility() {
        return facility;
    }

    public void setFacility(String facility) {
        this.facility = facility;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public void setSubjectKind(SubjectKind subjectKind) {
        this.subjectKind = subjectKind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
