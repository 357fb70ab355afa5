package be.eloket.web.backoffice;

import be.eloket.contact.boundary.ContactCoverage;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.conversation.boundary.Inbox;
import be.eloket.conversation.model.ConversationLine;
import be.eloket.organisation.boundary.Facilities;
import be.eloket.organisation.boundary.Register;
import be.eloket.organisation.entity.Facility;
import be.eloket.web.ActiveUser;
import be.eloket.web.PagedRows;
import be.eloket.web.Problems;
import be.eloket.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /backoffice/facility.xhtml?id=…: one facility for the administrators (BO-5): its organisation
 * data and themes, its contact persons with their confirmation, its conversations; its name and
 * whether it is closed in the register (BO-8).
 */
@Named
@ViewScoped
public class FacilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @EJB
    Facilities facilities;

    @EJB
    ContactCoverage coverage;

    @EJB
    Inbox inbox;

    @EJB
    Register register;

    private Long id;
    private Facility facility;
    private String newName;
    private List<ContactPerson> contacts;
    private PagedRows<ConversationLine> conversations;

    /** A facility that does not exist is a 404. */
    @Refusals
    public void open() {
        facility = facilities.facility(id == null ? -1 : id);
        newName = facility.getName();
        contacts = coverage.persons(facility.getId());
        long caller = activeUser.getAccount().id();
        long shown = facility.getId();
        conversations = new PagedRows<>((first, pageSize) -> inbox.conversationsOf(caller, shown, first, pageSize),
                () -> inbox.conversationCountOf(caller, shown), ConversationLine::id);
    }

    @Refusals("register.facility.not-changed")
    public void rename() {
        register.rename(facility.getId(), newName);
        reread();
        Problems.globalInfo("register.facility.renamed", facility.getName());
    }

    public void close() {
        register.close(facility.getId());
        reread();
        Problems.globalInfo("register.facility.closed", facility.getName());
    }

    public void reopen() {
        register.reopen(facility.getId());
        reread();
        Problems.globalInfo("register.facility.reopened", facility.getName());
    }

    /** The facility as the register now holds it; its contact persons and conversations do not change here. */
    private void reread() {
        facility = facilities.facility(facility.getId());
        newName = facility.getName();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Facility getFacility() {
        return facility;
    }

    public List<ContactPerson> getContacts() {
        return contacts;
    }

    public PagedRows<ConversationLine> getConversations() {
        return conversations;
    }
}
