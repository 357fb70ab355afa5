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

/** /backoffice/audit.xhtml, the audit trail of the administrators (SEC-5). */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail auditTrail;

    private final AuditFilterForm form = new AuditFilterForm();

    /** The filter the list shows: the one of the last "Filteren", not what is being typed. */
    private AuditFilter filter = AuditFilter.any();
    private final PagedRows<AuditLine> entries = new PagedRows<>(
            (first, pageSize) -> auditTrail.entries(filter, first, pageSize), () -> auditTrail.count(filter), AuditLine::getId);

    public void filter() {
        filter = form.filter();
    }

    public AuditFilterForm getForm() {
        return form;
    }

    public PagedRows<AuditLine> getEntries() {
        return entries;
    }

    public SubjectKind[] getSubjectKinds() {
        return SubjectKind.values();
    }
}
