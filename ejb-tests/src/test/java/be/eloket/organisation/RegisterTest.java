package be.eloket.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.account.boundary.Accounts;
import be.eloket.account.model.LoginRefusal;
import be.eloket.audit.boundary.AuditTrail;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.AuditFilter;
import be.eloket.audit.model.AuditLine;
import be.eloket.audit.model.FieldChange;
import be.eloket.contact.boundary.ContactCoverage;
import be.eloket.conversation.boundary.Circulars;
import be.eloket.conversation.boundary.NewMessages;
import be.eloket.conversation.model.InboxChoices;
import be.eloket.organisation.boundary.Facilities;
import be.eloket.organisation.boundary.Register;
import be.eloket.organisation.entity.Facility;
import be.eloket.organisation.model.NewFacility;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.InServerTest;
import be.eloket.test.MailCatcher;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The facility register (BO-8): adding, renaming, closing and reopening a facility, and what closing means. */
class RegisterTest extends InServerTest {

    @EJB
    Register register;

    @EJB
    Facilities facilities;

    @EJB
    Accounts accounts;

    @EJB
    NewMessages newMessages;

    @EJB
    Circulars circulars;

    @EJB
    ContactCoverage coverage;

    @EJB
    AuditTrail auditTrail;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsCaseHandler asCaseHandler;

    @EJB
    TestData testData;

    @EJB
    TestMails mails;

    @EJB
    MailCatcher mailCatcher;

    @Inject
    IdentityStoreHandler identityStore;

    /** Ten digits no other test uses, as a person might type them: in groups with spaces. */
    private static String typedNumber() {
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
    }

    private static NewFacility draft(String name, String number, List<Long> themeIds) {
        NewFacility facility = new NewFacility();
        facility.setName(name);
        facility.setNumber(number);
        facility.setThemeIds(themeIds);
        return facility;
    }

    /** An active theme of its own, through a facility that has it. */
    private long theme() {
        return testData.themeIds(testData.facility("WZC Themabron " + TestData.unique(), 1)).get(0);
    }

    private boolean logsIn(String username) {
        return identityStore.validate(new UsernamePasswordCredential(username, new Password(TestData.PASSWORD))).getStatus()
                == CredentialValidationResult.Status.VALID;
    }

    private List<AuditLine> facilityEntries(long facilityId) throws Exception {
        return asAdministrator.call(() -> auditTrail.entries(
                AuditFilter.any().withFacility(facilityId).withSubjectKind(SubjectKind.FACILITY), 0, 100));
    }

    @Test
    @DisplayName("BO-8 BO-7 SEC-5 a new facility with its themes and first user is stored in one save: its number written as the register writes it, the change audited, the first user invited by mail")
    void createWithFirstUser() throws Exception {
        long theme = theme();
        String name = "WZC Nieuw " + TestData.unique();
        String typed = typedNumber();
        String user = "eerste-" + TestData.unique() + "@voorziening.example";
        NewFacility draft = draft(" " + name + " ", typed, List.of(theme));
        draft.setUserName("Eerste Gebruiker");
        draft.setUserEmail(user);

        long id = asAdministrator.call(() -> register.create(draft));

        Facility stored = asAdministrator.call(() -> facilities.facility(id));
        String written = typed.replace(" ", "").replaceFirst("(\\d{4})(\\d{3})(\\d{3})", "$1.$2.$3");
        assertEquals(name, stored.getName());
        assertEquals(written, stored.getNumber());
        assertEquals(user, stored.getEmail(), "the facility's address: the first user's, none being given");
        assertEquals(List.of(theme), stored.getThemes().stream().map(t -> t.getId()).toList());
        assertFalse(stored.isClosed());
        AuditLine created = facilityEntries(id).stream().filter(line -> line.getAction().equals("CREATED")).findFirst().orElseThrow();
        assertTrue(created.getChanges().contains(new FieldChange("number", null, written)), created.getChanges().toString());
        mails.sendAllQueued();
        List<MimeMessage> arrived = mailCatcher.to(user);
        assertEquals(1, arrived.size(), "one invitation");
        assertTrue(arrived.get(0).getSubject().contains("Uw account voor het e-loket"), arrived.get(0).getSubject());
        assertFalse(logsIn(user), "no password before the invitation's link is used");
    }

    @Test
    @DisplayName("BO-8 UX-3 a new facility with a malformed number, no theme, no name and a first user whose address has an account is refused with every problem at once, nothing stored; a taken number, an unknown theme and no address at all are refused too")
    void refusedAtOnce() throws Exception {
        long theme = theme();
        String taken = testData.facilityUser(testData.facility("WZC Bestaand " + TestData.unique(), 1), "Bestaande Gebruiker");
        NewFacility malformed = draft(" ", "12-345", List.of());
        malformed.setUserName("Iemand");
        malformed.setUserEmail(taken);

        RejectedInput refused = assertThrows(RejectedInput.class, () -> asAdministrator.call(() -> register.create(malformed)));

        assertEquals(List.of(Problem.of("name", "organisation.name.required"), Problem.of("number", "register.number.invalid"),
                Problem.of("themeIds", "register.themes.required"), Problem.of("user-email", "accounts.email.taken")),
                refused.problems());
        assertEquals(0, asAdministrator.call(() -> facilities.count("12-345")), "nothing stored");

        String number = typedNumber();
        NewFacility first = draft("WZC Eerste " + TestData.unique(), number, List.of(theme));
        first.setEmail("info-" + TestData.unique() + "@voorziening.example");
        asAdministrator.call(() -> register.create(first));
        NewFacility again = draft("WZC Dubbel " + TestData.unique(), number.replace(" ", "."), List.of(999_999_999L));
        RejectedInput twice = assertThrows(RejectedInput.class, () -> asAdministrator.call(() -> register.create(again)));
        assertEquals(List.of(Problem.of("number", "register.number.taken", first.getNumber()),
                Problem.of("themeIds", "register.themes.unknown"), Problem.of("email", "register.email.required")), twice.problems());
    }

    @Test
    @DisplayName("BO-8 SEC-5 a facility is renamed under the rules of every facility name, audited; a blank name is refused beside the field")
    void rename() throws Exception {
        String before = "WZC Oude Naam " + TestData.unique();
        long facility = testData.facility(before, 1);

        RejectedInput blank = assertThrows(RejectedInput.class, () -> asAdministrator.call(() -> {
            register.rename(facility, "  ");
            return null;
        }));
        assertEquals(List.of(Problem.of("name", "organisation.name.required")), blank.problems());
        asAdministrator.call(() -> {
            register.rename(facility, " WZC Nieuwe Naam ");
            return null;
        });

        assertEquals("WZC Nieuwe Naam", asAdministrator.call(() -> facilities.facility(facility)).getName());
        assertTrue(facilityEntries(facility).stream().anyMatch(line -> line.getAction().equals("UPDATED")
                && line.getChanges().equals(List.of(new FieldChange("name", before, "WZC Nieuwe Naam")))));
    }

    @Test
    @DisplayName("BO-8 a closed facility's users cannot log in (told why, only with the right password) and their sessions end; it gets no new conversation, alone or with all of its theme, and leaves the missing-contacts report; reopened, all of it comes back; both audited")
    void closedAndReopened() throws Exception {
        String name = "WZC Gesloten " + TestData.unique();
        long facility = testData.facility(name, 1);
        long theme = testData.themeIds(facility).get(0);
        String user = testData.facilityUser(facility, "Gebruiker " + name);
        long handler = testData.caseHandlerOf(facility, "Behandelaar " + name);
        assertTrue(logsIn(user));
        assertEquals(1, asAdministrator.call(() -> coverage.missing(name, 0, 10)).size(), "its theme lacks a contact person");

        asAdministrator.call(() -> {
            register.close(facility);
            return null;
        });

        assertTrue(asAdministrator.call(() -> facilities.facility(facility)).isClosed(), "kept, closed");
        assertFalse(logsIn(user), "login refused");
        assertEquals(LoginRefusal.FACILITY_CLOSED, accounts.whyRefused(user, TestData.PASSWORD));
        assertEquals(LoginRefusal.WRONG_CREDENTIALS, accounts.whyRefused(user, "fout-wachtwoord-123"), "a wrong password learns nothing");
        assertNull(asAdministrator.call(() -> accounts.credentialGeneration(user)), "its sessions end at their next request");
        assertFalse(asCaseHandler.call(() -> newMessages.facilitiesMatching(theme, name, 10)).stream()
                .anyMatch(choice -> choice.id() == facility), "not offered for a new message");
        RejectedInput single = assertThrows(RejectedInput.class, () -> asCaseHandler.call(() -> newMessages.publish(handler,
                facility, theme, "Inspectie", "Wij komen langs.", List.of())));
        assertEquals(List.of(Problem.of("facility", "new-message.facility.closed", name)), single.problems());
        RejectedInput toAll = assertThrows(RejectedInput.class, () -> asCaseHandler.call(() -> circulars.send(handler,
                theme, "Rondzendbrief", "Aan allen", List.of())));
        assertEquals("new-message.theme.no-facilities", toAll.problems().get(0).messageKey(), "its only facility is closed");
        assertEquals(0, testData.conversationsOf(facility));
        assertEquals(0, asAdministrator.call(() -> coverage.missing(name, 0, 10)).size(), "left out of the report");

        asAdministrator.call(() -> {
            register.reopen(facility);
            return null;
        });

        assertTrue(logsIn(user), "logs in again");
        assertNotNull(asAdministrator.call(() -> accounts.credentialGeneration(user)));
        List<InboxChoices.Choice> offered = asCaseHandler.call(() -> newMessages.facilitiesMatching(theme, name, 10));
        assertTrue(offered.stream().anyMatch(choice -> choice.id() == facility), offered.toString());
        assertEquals(1, asAdministrator.call(() -> coverage.missing(name, 0, 10)).size());
        assertEquals(List.of("REOPENED", "CLOSED"), facilityEntries(facility).stream().map(AuditLine::getAction)
                .filter(action -> action.endsWith("OPENED") || action.equals("CLOSED")).toList(), "newest first");
    }
}
