package be.eloket.web.facility;

import be.eloket.audit.boundary.AuditTrail;
import be.eloket.audit.model.AuditLine;
import be.eloket.organisation.boundary.Organisations;
import be.eloket.organisation.entity.Facility;
import be.eloket.web.ActiveUser;
import be.eloket.web.Problems;
import be.eloket.web.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /facility/organisation.xhtml, "Mijn organisatie" (ORG-1..4). */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @EJB
    Organisations organisations;

    @EJB
    AuditTrail auditTrail;

    private Facility facility;
    private List<AuditLine> recentChanges;
    private boolean editing;

    @PostConstruct
    void load() {
        facility = organisations.organisation(activeUser.facilityId());
        recentChanges = auditTrail.recent(activeUser.facilityId());
    }

    public void edit() {
        editing = true;
    }

    public void cancel() {
        load();
        editing = false;
    }

    @Refusals(value = "organisation.not-saved", changed = "organisation.changed-by-someone-else")
    public void save() {
        facility = organisations.update(activeUser.facilityId(), facility);
        editing = false;
        recentChanges = auditTrail.recent(activeUser.facilityId());
        Problems.globalInfo("organisation.saved");
    }

    public Facility getFacility() {
        return facility;
    }

    /** SEC-5 (+): the last changes of the facility's own data, newest first. */
    public List<AuditLine> getRecentChanges() {
        return recentChanges;
    }

    public boolean isEditing() {
        return editing;
    }
}
