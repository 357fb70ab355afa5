package be.eloket.demo;

import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.model.ContactList;
import be.eloket.contact.model.ContactRow;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.model.Draft;
import be.eloket.conversation.model.Sent;
import be.eloket.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a facility user does in the portal, done for the demo data: the facility-side boundaries
 * answer only the facility user role, so this bean calls them with it. Only administrators (the
 * demo data loader) may ask.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
@RunAs(Role.Names.FACILITY_USER)
public class DemoFacilityUser {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @EJB
    ContactPersons contactPersons;

    @EJB
    Conversations conversations;

    /** Adds {@code person} to the facility's contact persons table and saves it, as "Bewaren" does. */
    public void addContactPerson(long facilityId, ContactRow person) {
        ContactList list = contactPersons.list(facilityId);
        List<ContactRow> rows = new ArrayList<>(list.rows());
        rows.add(person);
        contactPersons.save(facilityId, list.version(), rows, DUTCH);
    }

    /** Opens a message, which marks a received one as read (MSG-18). */
    public void open(long facilityId, long messageId) {
        conversations.open(facilityId, messageId);
    }

    /** A new conversation under {@code themeId}, notifying the theme's contact persons (MSG-8, MSG-13). */
    public Sent start(long facilityId, long accountId, long themeId, String title, String text) {
        Draft draft = new Draft(themeId, title, text, List.of(), conversations.contactsFor(facilityId, themeId, null),
                null, null);
        return conversations.start(facilityId, accountId, draft, DUTCH);
    }

    /** Opens {@code messageId} and answers it without attachments, keeping the conversation's contacts (MSG-7). */
    public Sent reply(long facilityId, long accountId, long messageId, String text) {
        conversations.open(facilityId, messageId);
        Draft draft = Draft.reply(text, List.of(), conversations.contactsFor(facilityId, null, messageId));
        return conversations.reply(facilityId, accountId, messageId, draft, DUTCH);
    }
}
