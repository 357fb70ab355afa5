package be.eloket.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.contact.boundary.Confirmations;
import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.model.ContactList;
import be.eloket.contact.model.ContactRow;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.entity.QueuedMail;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.AtOnce;
import be.eloket.test.InServerTest;
import be.eloket.test.MailCatcher;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contact lifecycle at its boundary (CP-1..10). */
class ContactPersonsTest extends InServerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @EJB
    ContactPersons contactPersons;

    @EJB
    Confirmations confirmations;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    @EJB
    TestMails mails;

    private static String address(String who) {
        return who + "-" + TestData.unique() + "@voorziening.example";
    }

    private ContactList list(long facility) throws Exception {
        return asUser.call(() -> contactPersons.list(facility));
    }

    private ContactList save(long facility, List<ContactRow> rows) throws Exception {
        long version = list(facility).version();
        return asUser.call(() -> contactPersons.save(facility, version, rows, DUTCH));
    }

    private static ContactRow row(String lastName, String email, Long... themes) {
        return new ContactRow(null, lastName, "Voornaam", email, "+32 2 553 35 00", List.of(themes));
    }

    private static List<ContactRow> editable(ContactList list) {
        return new ArrayList<>(list.rows());
    }

    @Test
    @DisplayName("CP-4 a new contact person is stored not confirmed, with a confirmation mail queued in the saver's language")
    void newPersonIsUnconfirmed() throws Exception {
        long facility = testData.facility("WZC Nieuw", 2);
        long theme = testData.themeIds(facility).get(0);
        String email = address("nieuw");

        ContactList saved = save(facility, List.of(row("Peeters", email, theme)));

        assertEquals(1, saved.rows().size());
        assertFalse(saved.rows().get(0).isConfirmed());
        assertTrue(saved.overview().stream().allMatch(entry -> entry.names().isEmpty()), "not yet the contact of any theme");
        List<QueuedMail> queued = mails.queuedTo(email);
        assertEquals(1, queued.size());
        assertEquals(MailKind.CONTACT_CONFIRMATION, queued.get(0).getKind());
        assertEquals("nl", queued.get(0).getLanguage());
        assertTrue(queued.get(0).getTemplateData().contains("/confirm.xhtml?token="));
    }

    @Test
    @DisplayName("CP-3 the same e-mail twice in one save (other case) is refused at both lines and nothing is stored")
    void duplicateInOneSave() throws Exception {
        long facility = testData.facility("WZC Dubbel", 1);
        long theme = testData.themeIds(facility).get(0);
        String email = address("dubbel");

        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> save(facility, List.of(row("Een", email, theme), row("Twee", email.toUpperCase(), theme))));

        assertEquals(List.of(Problem.of("rows[0].email", "contacts.email.duplicate", "1, 2"),
                Problem.of("rows[1].email", "contacts.email.duplicate", "1, 2")), refused.problems());
        assertEquals(List.of(), list(facility).rows());
        assertEquals(List.of(), mails.queuedTo(email));
    }

    @Test
    @DisplayName("CP-3 a new line with the e-mail of a stored contact person is refused")
    void duplicateOfStoredPerson() throws Exception {
        long facility = testData.facility("WZC Bestaand", 1);
        long theme = testData.themeIds(facility).get(0);
        String email = address("bestaand");
        List<ContactRow> rows = editable(save(facility, List.of(row("Bestaand", email, theme))));
        rows.add(row("Nieuw", " " + email.toUpperCase() + " ", theme));

        RejectedInput refused = assertThrows(RejectedInput.class, () -> save(facility, rows));

        assertEquals("contacts.email.duplicate", refused.problems().get(0).messageKey());
        assertEquals(1, list(facility).rows().size());
    }

    @Test
    @DisplayName("CP-3 missing fields, no theme and a bad e-mail are each refused at their line and field")
    void everyFieldIsChecked() throws Exception {
        long facility = testData.facility("WZC Velden", 1);
        ContactRow empty = new ContactRow();
        ContactRow badEmail = new ContactRow(null, "Maes", "Sofie", "sofie@zonnetje", "12", List.of());

        RejectedInput refused = assertThrows(RejectedInput.class, () -> save(facility, List.of(empty, badEmail)));

        assertEquals(List.of(
                Problem.of("rows[0].email", "contacts.email.required"),
                Problem.of("rows[0].firstName", "contacts.first-name.required"),
                Problem.of("rows[0].lastName", "contacts.last-name.required"),
                Problem.of("rows[0].phone", "contacts.phone.required"),
                Problem.of("rows[0].themeIds", "contacts.themes.required"),
                Problem.of("rows[1].email", "validation.email.invalid"),
                Problem.of("rows[1].phone", "validation.phone.invalid"),
                Problem.of("rows[1].themeIds", "contacts.themes.required")), refused.problems());
        assertEquals(List.of(), list(facility).rows());
    }

    @Test
    @DisplayName("MAIL-8 a name with a line break, a NUL or another control character (a forged post) is refused beside its field; nothing is stored, no mail queued")
    void controlCharactersAreRefused() throws Exception {
        long facility = testData.facility("WZC Stuurtekens", 1);
        long theme = testData.themeIds(facility).get(0);
        String first = address("regeleinde");
        String second = address("nul");
        ContactRow lineBreak = new ContactRow(null, "Peeters\r\nBcc: spion@elders.example", "An", first, "+32 2 553 35 00", List.of(theme));
        ContactRow nul = new ContactRow(null, "Maes", "So\u0000fie\u001b", second, "+32 2 553 35 00", List.of(theme));

        RejectedInput refused = assertThrows(RejectedInput.class, () -> save(facility, List.of(lineBreak, nul)));

        assertEquals(List.of(
                Problem.of("rows[0].lastName", "validation.control-characters"),
                Problem.of("rows[1].firstName", "validation.control-characters")), refused.problems());
        assertEquals(List.of(), list(facility).rows());
        assertEquals(List.of(), mails.queuedTo(first));
        assertEquals(List.of(), mails.queuedTo(second));
    }

    @Test
    @DisplayName("CP-3 one bad line stores nothing of the good lines and queues no mail (one transaction)")
    void oneBadLineStoresNothing() throws Exception {
        long facility = testData.facility("WZC Alles", 1);
        long theme = testData.themeIds(facility).get(0);
        String good = address("goed");

        assertThrows(RejectedInput.class, () -> save(facility, List.of(row("Goed", good, theme), row("Slecht", "geen-adres", theme))));

        assertEquals(List.of(), list(facility).rows());
        assertEquals(List.of(), mails.queuedTo(good));
    }

    @Test
    @DisplayName("CP-3 a theme of another facility cannot be chosen")
    void foreignTheme() throws Exception {
        long facility = testData.facility("WZC Eigen Thema", 1);
        long other = testData.facility("WZC Ander Thema", 1);
        long foreignTheme = testData.themeIds(other).get(0);

        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> save(facility, List.of(row("Vreemd", address("vreemd"), foreignTheme))));

        assertEquals(List.of(Problem.of("rows[0].themeIds", "contacts.themes.unknown")), refused.problems());
    }

    @Test
    @DisplayName("CP-3 two users saving the table at once: the second is refused and the first save stays")
    void concurrentSaves() throws Exception {
        long facility = testData.facility("WZC Tegelijk", 1);
        long theme = testData.themeIds(facility).get(0);
        long version = list(facility).version();
        String first = address("eerste");
        String second = address("tweede");

        asUser.call(() -> contactPersons.save(facility, version, List.of(row("Eerste", first, theme)), DUTCH));

        assertThrows(ConcurrentChange.class,
                () -> asUser.call(() -> contactPersons.save(facility, version, List.of(row("Tweede", second, theme)), DUTCH)));
        List<ContactRow> rows = list(facility).rows();
        assertEquals(1, rows.size());
        assertEquals(first, rows.get(0).getEmail());
        assertEquals(List.of(), mails.queuedTo(second));
    }

    @Test
    @DisplayName("CP-6 a valid link confirms once: the person becomes the theme's contact and the task disappears")
    void confirmation() throws Exception {
        long facility = testData.facility("WZC Bevestig", 2);
        List<Long> themes = testData.themeIds(facility);
        String email = address("bevestig");
        save(facility, List.of(row("Bevestig", email, themes.get(0))));
        assertEquals(2, asUser.call(() -> contactPersons.themesWithoutConfirmedContact(facility)).size());
        String token = mails.confirmationToken(email);

        assertTrue(confirmations.check(token).isValid(), "opening the link changes nothing");
        assertFalse(list(facility).rows().get(0).isConfirmed());
        assertTrue(confirmations.confirm(token).isConfirmed());

        ContactList after = list(facility);
        assertTrue(after.rows().get(0).isConfirmed());
        assertEquals(List.of("Voornaam Bevestig"), after.overview().stream()
                .filter(entry -> entry.theme().getId().equals(themes.get(0))).findFirst().orElseThrow().names());
        assertEquals(List.of(themes.get(1)), asUser.call(() -> contactPersons.themesWithoutConfirmedContact(facility))
                .stream().map(theme -> theme.getId()).toList(), "CP-9 only the other theme still has a task");
        assertTrue(confirmations.confirm(token).isUsed(), "a used link confirms nothing more");
    }

    @Test
    @DisplayName("SEC-8 a confirmation link opened by six requests at once confirms once; the others are told it was used")
    void parallelConfirmationsConfirmOnce() throws Exception {
        long facility = testData.facility("WZC Zes Keer", 1);
        String email = address("zeskeer");
        save(facility, List.of(row("Zeskeer", email, testData.themeIds(facility).get(0))));
        String token = mails.confirmationToken(email);

        List<Confirmations.Outcome> outcomes = AtOnce.run(6, () -> confirmations.confirm(token));

        assertEquals(1, outcomes.stream().filter(Confirmations.Outcome::isConfirmed).count(), "confirmed once");
        assertEquals(5, outcomes.stream().filter(Confirmations.Outcome::isUsed).count(), "the others: already used");
        assertTrue(list(facility).rows().get(0).isConfirmed());
    }

    @Test
    @DisplayName("CP-6 unknown and expired links change nothing; only a hash of the token is stored")
    void unknownAndExpiredLinks() throws Exception {
        long facility = testData.facility("WZC Verlopen", 1);
        long theme = testData.themeIds(facility).get(0);
        String email = address("verlopen");
        save(facility, List.of(row("Verlopen", email, theme)));
        String token = mails.confirmationToken(email);
        assertTrue(token.length() >= 43, "at least 256 bits, base64url");
        assertEquals(0, testData.tokensContaining(token), "the raw token is not stored");

        assertTrue(confirmations.confirm("bestaat-niet-" + TestData.unique()).isUnknown());
        testData.expireConfirmationLinks(email);
        assertTrue(confirmations.confirm(token).isExpired());

        assertFalse(list(facility).rows().get(0).isConfirmed());
    }

    @Test
    @DisplayName("CP-6 Opnieuw versturen sends a new link and the old one stops working")
    void resend() throws Exception {
        long facility = testData.facility("WZC Opnieuw", 1);
        long theme = testData.themeIds(facility).get(0);
        String email = address("opnieuw");
        long id = save(facility, List.of(row("Opnieuw", email, theme))).rows().get(0).getId();
        String old = mails.confirmationToken(email);

        asUser.call(() -> {
            contactPersons.resendConfirmation(facility, id, DUTCH);
            return null;
        });

        String fresh = mails.confirmationToken(email);
        assertFalse(old.equals(fresh));
        assertTrue(confirmations.confirm(old).isReplaced());
        assertTrue(confirmations.confirm(fresh).isConfirmed());
    }

    @Test
    @DisplayName("CP-7 an edit queues a mail to the person listing the changed fields; the person stays confirmed")
    void editQueuesChangeMail() throws Exception {
        long facility = testData.facility("WZC Wijzig", 2);
        List<Long> themes = testData.themeIds(facility);
        String email = address("wijzig");
        save(facility, List.of(row("Wijzig", email, themes.get(0))));
        confirmations.confirm(mails.confirmationToken(email));
        List<ContactRow> rows = editable(list(facility));
        rows.get(0).setPhone("+32 3 999 99 99");
        rows.get(0).setThemeIds(themes);

        ContactList saved = save(facility, rows);

        assertTrue(saved.rows().get(0).isConfirmed());
        QueuedMail change = mails.queuedTo(email).get(1);
        assertEquals(MailKind.CONTACT_CHANGED, change.getKind());
        assertTrue(change.getTemplateData().contains("\"phone\""), change.getTemplateData());
        assertTrue(change.getTemplateData().contains("\"themes\""), change.getTemplateData());
        assertFalse(change.getTemplateData().contains("\"lastName\""), change.getTemplateData());
    }

    @Test
    @DisplayName("CP-7 a new e-mail address: not confirmed again, confirmation to the new address, notice to the old one")
    void newAddress() throws Exception {
        long facility = testData.facility("WZC Adres", 1);
        long theme = testData.themeIds(facility).get(0);
        String old = address("oud");
        String fresh = address("nieuw");
        save(facility, List.of(row("Adres", old, theme)));
        confirmations.confirm(mails.confirmationToken(old));
        List<ContactRow> rows = editable(list(facility));
        rows.get(0).setEmail(fresh);

        ContactList saved = save(facility, rows);

        assertFalse(saved.rows().get(0).isConfirmed());
        assertEquals(MailKind.CONTACT_ADDRESS_CHANGED, mails.queuedTo(old).get(1).getKind());
        assertEquals(List.of(MailKind.CONTACT_CONFIRMATION), mails.queuedTo(fresh).stream().map(QueuedMail::getKind).toList());
        assertTrue(confirmations.confirm(mails.confirmationToken(fresh)).isConfirmed());
    }

    @Test
    @DisplayName("CP-8 removing a person and saving queues a removal notice to that person's address")
    void removal() throws Exception {
        long facility = testData.facility("WZC Weg", 1);
        long theme = testData.themeIds(facility).get(0);
        String staying = address("blijft");
        String leaving = address("weg");
        save(facility, List.of(row("Blijft", staying, theme), row("Weg", leaving, theme)));
        List<ContactRow> rows = editable(list(facility));
        rows.removeIf(row -> row.getEmail().equals(leaving));

        ContactList saved = save(facility, rows);

        assertEquals(List.of(staying), saved.rows().stream().map(ContactRow::getEmail).toList());
        List<QueuedMail> toLeaving = mails.queuedTo(leaving);
        assertEquals(MailKind.CONTACT_REMOVED, toLeaving.get(toLeaving.size() - 1).getKind());
        assertEquals(1, mails.queuedTo(staying).size(), "nothing more for the person who stays");
    }

    @Test
    @DisplayName("CP-10 each line tells whether the facility has a portal account for that e-mail")
    void accountFlag() throws Exception {
        long facility = testData.facility("WZC Account", 1);
        long theme = testData.themeIds(facility).get(0);
        String user = testData.facilityUser(facility, "Met Account");

        ContactList saved = save(facility, List.of(row("Met", user.toUpperCase(), theme), row("Zonder", address("zonder"), theme)));

        assertTrue(saved.rows().get(0).isHasAccount());
        assertFalse(saved.rows().get(1).isHasAccount());
    }

    @Test
    @DisplayName("MAIL-7 a contact person whose newest mail failed for good is flagged in the table")
    void bouncingAddressIsFlagged() throws Exception {
        long facility = testData.facility("WZC Bounce", 1);
        long theme = testData.themeIds(facility).get(0);
        String bouncing = "onbekend-" + TestData.unique() + "@" + MailCatcher.REFUSING_DOMAIN;
        String fine = address("goed");
        save(facility, List.of(row("Bounce", bouncing, theme), row("Goed", fine, theme)));

        mails.sendAllQueued();

        List<ContactRow> rows = list(facility).rows();
        assertTrue(rows.get(0).isUndeliverable());
        assertFalse(rows.get(1).isUndeliverable());
    }

    @Test
    @DisplayName("CP-6 once the confirmation mail went out, the outbox keeps no copy of the link")
    void sentLinkIsNotKept() throws Exception {
        long facility = testData.facility("WZC Geen Kopie", 1);
        String email = address("kopie");
        save(facility, List.of(row("Kopie", email, testData.themeIds(facility).get(0))));
        assertNotNull(mails.confirmationToken(email));

        mails.sendAllQueued();

        QueuedMail sent = mails.queuedTo(email).get(0);
        assertEquals(be.eloket.mail.entity.MailStatus.SENT, sent.getStatus());
        assertEquals("{}", sent.getTemplateData());
    }

    @Test
    @DisplayName("SEC-2 a line carrying the id of another facility's contact person answers not found and changes nothing")
    void foreignContactPerson() throws Exception {
        long own = testData.facility("WZC Eigen", 1);
        long other = testData.facility("WZC Vreemd", 1);
        String foreignEmail = address("vreemd");
        ContactRow foreign = save(other, List.of(row("Vreemd", foreignEmail, testData.themeIds(other).get(0)))).rows().get(0);
        foreign.setEmail(address("gekaapt"));
        foreign.setThemeIds(testData.themeIds(own));

        assertThrows(NotFound.class, () -> save(own, List.of(foreign)));
        assertEquals(foreignEmail, list(other).rows().get(0).getEmail());
        assertNotNull(list(other).rows().get(0).getId());
    }
}
