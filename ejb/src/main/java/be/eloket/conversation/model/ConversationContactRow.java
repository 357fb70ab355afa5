package be.eloket.conversation.model;

import be.eloket.contact.entity.PersonDetails;

/**
 * One line of "Contactdetails" (MSG-8, MSG-9): a person to notify of every reaction in this
 * conversation. {@code standard} marks a contact person of the theme (an existing one carries
 * its {@code contactPersonId}; a new one becomes a contact person of the theme, CP-4).
 */
public class ConversationContactRow extends PersonDetails {

    private static final long serialVersionUID = 1L;

    private Long contactPersonId;

    private boolean standard;

    public ConversationContactRow() {
        // "Voeg toe"
    }

    public ConversationContactRow(Long contactPersonId, String lastName, String firstName, String email, String phone,
                                  boolean standard) {
        super(lastName, firstName, email, phone);
        this.contactPersonId = contactPersonId;
        this.standard = standard;
    }

    public Long getContactPersonId() {
        return contactPersonId;
    }

    public boolean isStandard() {
        return standard;
    }

    public void setStandard(boolean standard) {
        this.standard = standard;
    }
}
