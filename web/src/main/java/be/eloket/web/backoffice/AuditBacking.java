package be.eloket.web.backoffice;

import be.eloket.audit.boundary.AuditTrail;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.AuditFilter;
import be.eloket.audit.model.AuditLine;
import be.eloket.web.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** /backoffice/audit.xhtml, the audit trail of the administrators (SEC-5). */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail auditTrail;

    private String actor;
    private String facility;
    private SubjectKind subjectKind;
    private LocalDate from;
    private LocalDate to;

    /** The filter the list shows: the one of the last "Filteren", not what is being typed. */
    private AuditFilter filter = AuditFilter.any();
    private final PagedRows<AuditLine> entries = new PagedRows<>(
            (first, pageSize) -> auditTrail.entries(filter, first, pageSize), () -> auditTrail.count(filter), AuditLine::getId);

    public void filter() {
        filter = new AuditFilter(actor, null, facility, subjectKind, from, to);
    }

    public PagedRows<AuditLine> getEntries() {
        return entries;
    }

    public SubjectKind[] getSubjectKinds() {
        return SubjectKind.values();
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
