package be.eloket.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.audit.boundary.AuditTrail;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.AuditFilter;
import be.eloket.audit.model.AuditLine;
import be.eloket.audit.model.FieldChange;
import be.eloket.contact.boundary.Confirmations;
import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.model.ContactRow;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.model.ConversationContactRow;
import be.eloket.conversation.model.Draft;
import be.eloket.conversation.model.Sent;
import be.eloket.organisation.boundary.Organisations;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.RolledBack;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The audit trail (SEC-5): written with each change, in its transaction, never with a secret. */
class AuditTrailTest extends InServerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @EJB
    AuditTrail auditTrail;

    @EJB
    Organisations organisations;

    @EJB
    ContactPersons contactPersons;

    @EJB
    Confirmations confirmations;

    @EJB
    Conversations conversations;

    @EJB
    AsFacilityUser asUser;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    RolledBack rolledBack;

    @EJB
    TestData testData;

    @EJB
    TestMails mails;

    /** The entries of the facility's data; the creation of its accounts by the test data left out. */
    private List<AuditLine> entriesOf(long facility) throws Exception {
        AuditFilter filter = AuditFilter.any().withFacility(facility);
        return asAdministrator.call(() -> auditTrail.entries(filter, 0, 100)).stream()
                .filter(line -> line.getSubjectKind() != SubjectKind.ACCOUNT).toList();
    }

    private List<AuditLine> allEntriesOf(long facility) throws Exception {
        AuditFilter filter = AuditFilter.any().withFacility(facility);
        return asAdministrator.call(() -> auditTrail.entries(filter, 0, 100));
    }

    private static String address(String who) {
        return who + "-" + TestData.unique() + "@voorziening.example";
    }

    private void saveContact(long facility, ContactRow row) throws Exception {
        long version = asUser.call(() -> contactPersons.list(facility)).version();
        asUser.call(() -> contactPersons.save(facility, version, List.of(row), DUTCH));
    }

    @Test
    @DisplayName("SEC-5 an organisation change writes one entry with its fields before → after")
    void organisationChange() throws Exception {
        long id = testData.facility("WZC Audit", 1);
        Facility facility = asUser.call(() -> organisations.organisation(id));
        String oldUrl = facility.getUrl();
        facility.setUrl("https://audit.voorziening.example");
        asUser.call(() -> organisations.update(id, facility));

        List<AuditLine> entries = entriesOf(id);
        assertEquals(1, entries.size(), entries.toString());
        AuditLine entry = entries.get(0);
        assertEquals(SubjectKind.FACILITY, entry.getSubjectKind());
        assertEquals(id, entry.getSubjectId());
        assertEquals("UPDATED", entry.getAction());
        assertEquals(List.of(new FieldChange("url", oldUrl, "https://audit.voorziening.example")), entry.getChanges(),
                "only the changed field, before → after, stored as a field with its values");
        assertFalse(entry.getActor().isBlank());
        assertEquals(1, asAdministrator.call(() -> auditTrail.count(AuditFilter.any().withFacility(id)
                .withSubjectKind(SubjectKind.FACILITY))));
        assertEquals(0, asAdministrator.call(() -> auditTrail.count(AuditFilter.any().withFacility(id)
                .withSubjectKind(SubjectKind.MESSAGE))));
        assertEquals(List.of(entry.getId()), asUser.call(() -> auditTrail.recent(id)).stream().map(AuditLine::getId).toList(),
                "the facility sees its own change on Mijn organisatie");
    }

    @Test
    @DisplayName("SEC-5 a refused or rolled-back change writes no entry")
    void rollback() throws Exception {
        long id = testData.facility("WZC Audit Terug", 1);
        Facility refused = asUser.call(() -> organisations.organisation(id));
        refused.setEmail("geen-adres");
        assertThrows(RejectedInput.class, () -> asUser.call(() -> organisations.update(id, refused)));

        Facility changed = asUser.call(() -> organisations.organisation(id));
        changed.setPhone("+32 2 553 99 99");
        rolledBack.call(() -> organisations.update(id, changed));

        assertTrue(entriesOf(id).isEmpty(), "no entry without its change");
        assertFalse("+32 2 553 99 99".equals(testData.storedFacility(id).getPhone()), "the change itself rolled back");
    }

    @Test
    @DisplayName("SEC-5 a contact person added, changed and confirmed writes entries, never the confirmation token")
    void contactPersons() throws Exception {
        long facility = testData.facility("WZC Audit Contact", 1);
        long theme = testData.themeIds(facility).get(0);
        String email = address("audit");
        saveContact(facility, new ContactRow(null, "Peeters", "An", email, "+32 2 553 35 00", List.of(theme)));
        String token = mails.confirmationToken(email);
        ContactRow stored = asUser.call(() -> contactPersons.list(facility)).rows().get(0);
        saveContact(facility, new ContactRow(stored.getId(), "Peeters-Janssens", "An", email, "+32 2 553 35 00", List.of(theme)));
        confirmations.confirm(token);

        List<AuditLine> entries = entriesOf(facility);
        assertEquals(List.of("CONFIRMED", "CHANGED", "ADDED"), entries.stream().map(AuditLine::getAction).toList(),
                "newest first");
        assertTrue(entries.stream().allMatch(entry -> entry.getSubjectKind() == SubjectKind.CONTACT_PERSON
                && entry.getSubjectId() == stored.getId()));
        assertEquals(List.of(new FieldChange("lastName", "Peeters", "Peeters-Janssens")), entries.get(1).getChanges());
        assertTrue(entries.get(2).changesText().contains("email: — → " + email), entries.get(2).changesText());
        assertEquals("system", entries.get(0).getActor(), "confirmed through the public link");
        for (AuditLine entry : entries) {
            assertFalse(entry.changesText().contains(token), "no token in " + entry.changesText());
            assertFalse(entry.changesText().toLowerCase(Locale.ROOT).contains("token"));
        }
    }

    @Test
    @DisplayName("SEC-5 a message sent writes an entry with its reference and contacts, without title or body")
    void messageSent() throws Exception {
        long facility = testData.facility("WZC Audit Bericht", 1);
        long theme = testData.themeIds(facility).get(0);
        long user = testData.accountId(testData.facilityUser(facility, "Gebruiker Audit"));
        testData.caseHandlerOf(facility, "Behandelaar Audit");
        String email = address("bericht");
        ConversationContactRow contact = new ConversationContactRow(null, "Janssens", "Jan", email, "+32 2 553 35 00", false);
        Sent sent = asUser.call(() -> conversations.start(facility, user,
                new Draft(theme, "Geheime titel", "Vertrouwelijke inhoud", List.of(), List.of(contact), null, null), DUTCH));

        List<AuditLine> entries = entriesOf(facility);
        assertEquals(1, entries.size(), entries.stream().map(AuditLine::changesText).toList().toString());
        AuditLine entry = entries.get(0);
        assertEquals(SubjectKind.MESSAGE, entry.getSubjectKind());
        assertEquals(sent.messageId(), entry.getSubjectId());
        assertEquals("SENT", entry.getAction());
        assertTrue(entry.changesText().contains(sent.reference()), entry.changesText());
        assertTrue(entry.changesText().contains("Jan Janssens <" + email + ">"), entry.changesText());
        assertFalse(entry.changesText().contains("Vertrouwelijke"), "no body");
        assertFalse(entry.changesText().contains("Geheime"), "no title");
    }

    @Test
    @DisplayName("SEC-5 an account created writes an entry with its username and role, never its password")
    void accountCreated() throws Exception {
        long facility = testData.facility("WZC Audit Account", 1);
        String username = testData.facilityUser(facility, "Gebruiker Account");

        List<AuditLine> entries = allEntriesOf(facility);
        assertEquals(1, entries.size(), entries.toString());
        AuditLine entry = entries.get(0);
        assertEquals(SubjectKind.ACCOUNT, entry.getSubjectKind());
        assertEquals(testData.accountId(username), entry.getSubjectId());
        assertEquals("CREATED", entry.getAction());
        assertTrue(entry.changesText().contains("username: — → " + username), entry.changesText());
        assertTrue(entry.changesText().contains("role: — → FACILITY_USER"), entry.changesText());
        assertFalse(entry.changesText().contains(TestData.PASSWORD), "no password");
        assertFalse(entry.changesText().toLowerCase(Locale.ROOT).contains("password"), "no password field");
    }

    @Test
    @DisplayName("SEC-5 administrators filter the trail by actor, facility, kind and date; facility users cannot read it")
    void filters() throws Exception {
        long id = testData.facility("WZC Audit Filter", 1);
        Facility facility = asUser.call(() -> organisations.organisation(id));
        facility.setPhone("+32 2 553 11 11");
        asUser.call(() -> organisations.update(id, facility));
        AuditLine entry = entriesOf(id).get(0);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));

        assertEquals(1, asAdministrator.call(() -> auditTrail.count(AuditFilter.any().withFacility(id).between(today, today))));
        assertEquals(0, asAdministrator.call(() -> auditTrail.count(AuditFilter.any().withFacility(id)
                .between(today.minusDays(3), today.minusDays(1)))));
        String part = entry.getActor().substring(0, Math.min(3, entry.getActor().length())).toUpperCase(Locale.ROOT);
        assertEquals(1, asAdministrator.call(() -> auditTrail.count(AuditFilter.any().withFacility(id).withActor(part))));
        assertEquals(0, asAdministrator.call(() -> auditTrail.count(AuditFilter.any().withFacility(id).withActor("%niemand%"))));
        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> asUser.call(() -> auditTrail.count(AuditFilter.any())));
    }
}
