package be.eloket.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.account.boundary.Accounts;
import be.eloket.account.boundary.Invitations;
import be.eloket.account.boundary.LoginAttempts;
import be.eloket.account.model.AccountFilter;
import be.eloket.account.model.LoginRefusal;
import be.eloket.account.model.AccountLine;
import be.eloket.account.model.NewAccount;
import be.eloket.audit.boundary.AuditTrail;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.AuditFilter;
import be.eloket.audit.model.AuditLine;
import be.eloket.audit.model.FieldChange;
import be.eloket.organisation.boundary.Facilities;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.AtOnce;
import be.eloket.test.InServerTest;
import be.eloket.test.MailCatcher;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Account administration (BO-7): invitations instead of passwords, deactivation, resets, audit. */
class AccountsTest extends InServerTest {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/invitation\\.xhtml\\?token=([A-Za-z0-9_-]+))");
    private static final String NEW_PASSWORD = "Lange zin als wachtwoord 7";

    @EJB
    Accounts accounts;

    @EJB
    Invitations invitations;

    @EJB
    Facilities facilities;

    @EJB
    LoginAttempts loginAttempts;

    @EJB
    AuditTrail auditTrail;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsCaseHandler asCaseHandler;

    @EJB
    AsFacilityUser asFacilityUser;

    @EJB
    TestData testData;

    @EJB
    TestMails mails;

    @EJB
    MailCatcher mailCatcher;

    /** The login's own identity store (SEC-1), as the login page asks it. */
    @Inject
    IdentityStoreHandler identityStore;

    private static NewAccount facilityUser(long facilityId, String email) {
        NewAccount account = new NewAccount();
        account.setEmail(email);
        account.setDisplayName("Nieuwe Gebruiker");
        account.setRole(Role.FACILITY_USER);
        account.setFacilityId(facilityId);
        return account;
    }

    private static String address() {
        return "nieuw-" + TestData.unique() + "@voorziening.example";
    }

    private boolean logsIn(String username, String password) {
        return identityStore.validate(new UsernamePasswordCredential(username, new Password(password))).getStatus()
                == CredentialValidationResult.Status.VALID;
    }

    /** Sends the queued mails; answers the token of the link in the newest mail that arrived for {@code address}. */
    private String tokenInMailTo(String address) throws Exception {
        mails.sendAllQueued();
        List<MimeMessage> arrived = mailCatcher.to(address);
        assertFalse(arrived.isEmpty(), "a mail arrived for " + address);
        MimeMessage newest = arrived.get(arrived.size() - 1);
        String text = String.valueOf(((Multipart) newest.getContent()).getBodyPart(0).getContent());
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), "the mail holds the link: " + text);
        return link.group(2);
    }

    private List<AuditLine> accountEntries(long facilityId) throws Exception {
        return asAdministrator.call(() -> auditTrail.entries(
                AuditFilter.any().withFacility(facilityId).withSubjectKind(SubjectKind.ACCOUNT), 0, 100));
    }

    @Test
    @DisplayName("SEC-8 ten logins at once for one account: five reach the password check, five are refused; a login that succeeds gives its attempt back")
    void parallelLoginsAreCountedOneByOne() throws Exception {
        String username = address();
        String address = "198.51.100." + (TestData.unique().hashCode() & 0x7f);

        List<Boolean> checked = AtOnce.run(10, () -> loginAttempts.begin(username, address).isPresent());

        assertEquals(5, checked.stream().filter(Boolean::booleanValue).count(), "attempts let through");
        assertTrue(loginAttempts.begin(username, address).isEmpty(), "the account waits for the minute to pass");
        String colleague = address();
        long attempt = loginAttempts.begin(colleague, address).orElseThrow();
        loginAttempts.succeeded(colleague, attempt);
        assertTrue(loginAttempts.begin(colleague, address).isPresent(), "a colleague at the same address logs in");
    }

    @Test
    @DisplayName("SEC-8 an invitation link used by five requests at once sets the password once; the others are told it was used, none fails")
    void parallelInvitationUsesSetThePasswordOnce() throws Exception {
        long facility = testData.facility("WZC Vijf Keer", 1);
        String email = address();
        asAdministrator.call(() -> accounts.invite(facilityUser(facility, email)));
        String token = tokenInMailTo(email);

        List<Invitations.Outcome> outcomes = AtOnce.run(5, () -> invitations.choosePassword(token, NEW_PASSWORD, NEW_PASSWORD));

        assertEquals(1, outcomes.stream().filter(Invitations.Outcome::isPasswordSet).count(), "set once");
        assertEquals(4, outcomes.stream().filter(Invitations.Outcome::isUsed).count(), "the others: already used");
        assertTrue(logsIn(email, NEW_PASSWORD));
    }

    @Test
    @DisplayName("BO-7 a new facility user gets an invitation mail whose link sets the password once; a second use is refused")
    void invitationSetsPasswordOnce() throws Exception {
        long facility = testData.facility("WZC Uitnodiging", 1);
        String email = address();

        long id = asAdministrator.call(() -> accounts.invite(facilityUser(facility, email.toUpperCase(Locale.ROOT))));

        MimeMessage mail = mailCatcherLast(email);
        assertTrue(mail.getSubject().contains("Uw account voor het e-loket"), mail.getSubject());
        String token = tokenInMailTo(email);
        assertTrue(token.length() >= 43, "at least 256 bits, base64url");
        assertEquals(0, testData.invitationTokensContaining(token), "the raw token is not stored");
        assertFalse(logsIn(email, NEW_PASSWORD), "no password before the link is used");
        List<AccountLine> listed = asAdministrator.call(() -> accounts.find(new AccountFilter(email, null, null, null), 0, 10));
        assertEquals(1, listed.size());
        assertEquals(id, listed.get(0).getId());
        assertTrue(listed.get(0).isInvited(), "listed as invited, no password yet");

        Invitations.Outcome opened = invitations.check(token);
        assertTrue(opened.isValid(), "opening the link changes nothing");
        assertEquals(email, opened.getUsername());
        RejectedInput tooShort = assertThrows(RejectedInput.class, () -> invitations.choosePassword(token, "kort", "kort"));
        assertEquals(List.of(Problem.of("password", "invitation.password.too-short", Invitations.MINIMUM_LENGTH)),
                tooShort.problems());
        RejectedInput different = assertThrows(RejectedInput.class,
                () -> invitations.choosePassword(token, NEW_PASSWORD, NEW_PASSWORD + "!"));
        assertEquals("repeated", different.problems().get(0).field());
        assertTrue(invitations.check(token).isValid(), "a refused password leaves the link valid");

        assertTrue(invitations.choosePassword(token, NEW_PASSWORD, NEW_PASSWORD).isPasswordSet());
        assertTrue(logsIn(email, NEW_PASSWORD), "the chosen password logs in");

        assertTrue(invitations.choosePassword(token, "Een ander lang wachtwoord", "Een ander lang wachtwoord").isUsed(),
                "a used link sets nothing more");
        assertTrue(logsIn(email, NEW_PASSWORD), "the first password still holds");
    }

    private MimeMessage mailCatcherLast(String address) throws Exception {
        mails.sendAllQueued();
        List<MimeMessage> arrived = mailCatcher.to(address);
        assertEquals(1, arrived.size(), "one invitation arrived");
        return arrived.get(0);
    }

    @Test
    @DisplayName("BO-7 an expired or unknown invitation link sets no password")
    void expiredLinkRefused() throws Exception {
        long facility = testData.facility("WZC Verlopen", 1);
        String email = address();
        asAdministrator.call(() -> accounts.invite(facilityUser(facility, email)));
        String token = tokenInMailTo(email);

        testData.expireInvitationLinks(email);

        assertTrue(invitations.choosePassword(token, NEW_PASSWORD, NEW_PASSWORD).isExpired());
        assertTrue(invitations.choosePassword(token + "x", NEW_PASSWORD, NEW_PASSWORD).isUnknown());
        assertFalse(logsIn(email, NEW_PASSWORD));
    }

    @Test
    @DisplayName("BO-7 a duplicate e-mail, an invalid one and a facility user without facility are refused, nothing stored")
    void refusedInputStoresNothing() throws Exception {
        long facility = testData.facility("WZC Dubbel", 1);
        String existing = testData.facilityUser(facility, "Bestaande Gebruiker");

        RejectedInput duplicate = assertThrows(RejectedInput.class,
                () -> asAdministrator.call(() -> accounts.invite(facilityUser(facility, " " + existing.toUpperCase(Locale.ROOT)))));
        assertEquals(List.of(Problem.of("email", "accounts.email.taken")), duplicate.problems());
        assertEquals(1, testData.accountsNamed(existing));
        assertEquals(0, mails.countTo(existing), "no invitation queued");

        NewAccount bad = facilityUser(facility, "jan@voorziening");
        bad.setFacilityId(null);
        bad.setDisplayName(" ");
        RejectedInput problems = assertThrows(RejectedInput.class, () -> asAdministrator.call(() -> accounts.invite(bad)));
        assertEquals(List.of("displayName", "email", "facilityId"),
                problems.problems().stream().map(Problem::field).sorted().toList());
        assertEquals(0, testData.accountsNamed("jan@voorziening"));
        assertEquals(0, mails.countTo("jan@voorziening"));
    }

    @Test
    @DisplayName("BO-7 a deactivated account cannot log in, the login may say so only with the right password; reactivated it can")
    void deactivatedCannotLogIn() throws Exception {
        long facility = testData.facility("WZC Gedeactiveerd", 1);
        String user = testData.facilityUser(facility, "Stoppende Gebruiker");
        long id = testData.accountId(user);
        assertTrue(logsIn(user, TestData.PASSWORD));

        asAdministrator.call(() -> {
            accounts.deactivate(id);
            return null;
        });

        assertFalse(logsIn(user, TestData.PASSWORD), "login refused");
        assertEquals(LoginRefusal.DEACTIVATED, accounts.whyRefused(user, TestData.PASSWORD));
        assertEquals(LoginRefusal.WRONG_CREDENTIALS, accounts.whyRefused(user, "fout-wachtwoord-123"), "a wrong password learns nothing");
        assertTrue(asAdministrator.call(() -> accounts.find(new AccountFilter(user, null, null, false), 0, 10)).size() == 1,
                "listed among the deactivated");

        asAdministrator.call(() -> {
            accounts.reactivate(id);
            return null;
        });
        assertTrue(logsIn(user, TestData.PASSWORD), "reactivated, the password works again");
    }

    @Test
    @DisplayName("BO-7 a reset clears the old password at once and replaces earlier links; the new link sets a new password")
    void resetInvalidatesOldPassword() throws Exception {
        long facility = testData.facility("WZC Reset", 1);
        String email = address();
        asAdministrator.call(() -> accounts.invite(facilityUser(facility, email)));
        String invitation = tokenInMailTo(email);
        invitations.choosePassword(invitation, NEW_PASSWORD, NEW_PASSWORD);
        long id = testData.accountId(email);
        asAdministrator.call(() -> accounts.invite(facilityUser(facility, address())));
        assertTrue(logsIn(email, NEW_PASSWORD));

        asAdministrator.call(() -> {
            accounts.resetPassword(id, Locale.ENGLISH);
            return null;
        });
        assertFalse(logsIn(email, NEW_PASSWORD), "the old password no longer works");
        String first = tokenInMailTo(email);
        assertEquals("Choose a new password for the e-loket", mailCatcher.to(email).get(1).getSubject());
        asAdministrator.call(() -> {
            accounts.resetPassword(id, Locale.ENGLISH);
            return null;
        });
        String second = tokenInMailTo(email);

        assertTrue(invitations.check(first).isReplaced(), "an earlier link stops working");
        assertTrue(invitations.choosePassword(second, "Nog een lange zin 8", "Nog een lange zin 8").isPasswordSet());
        assertTrue(logsIn(email, "Nog een lange zin 8"));
        assertFalse(logsIn(email, NEW_PASSWORD));
    }

    @Test
    @DisplayName("SEC-5 BO-7 making, deactivating, reactivating and resetting accounts are audited, without tokens or hashes")
    void audited() throws Exception {
        long facility = testData.facility("WZC Audit Accounts", 1);
        String email = address();
        long id = asAdministrator.call(() -> accounts.invite(facilityUser(facility, email)));
        String token = tokenInMailTo(email);
        invitations.choosePassword(token, NEW_PASSWORD, NEW_PASSWORD);
        asAdministrator.call(() -> {
            accounts.resetPassword(id, Locale.forLanguageTag("nl"));
            accounts.deactivate(id);
            accounts.reactivate(id);
            return null;
        });

        List<AuditLine> entries = accountEntries(facility).stream().filter(line -> line.getSubjectId() == id).toList();
        assertEquals(List.of("REACTIVATED", "DEACTIVATED", "PASSWORD_RESET", "PASSWORD_CHOSEN", "CREATED"),
                entries.stream().map(AuditLine::getAction).toList());
        AuditLine created = entries.get(4);
        assertTrue(created.changesText().contains("username: — → " + email), created.changesText());
        assertTrue(created.changesText().contains("role: — → FACILITY_USER"), created.changesText());
        assertEquals(List.of(new FieldChange("active", "true", "false")), entries.get(1).getChanges());
        for (AuditLine entry : entries) {
            assertFalse(entry.changesText().contains(token), "never the token");
            assertFalse(entry.changesText().contains("PBKDF2"), "never a hash");
            assertFalse(entry.changesText().contains(NEW_PASSWORD), "never a password");
        }
    }

    @Test
    @DisplayName("BO-7 case handlers and facility users can neither list nor make, deactivate or reset accounts")
    void othersRefused() throws Exception {
        long facility = testData.facility("WZC Geen Beheer", 1);
        String user = testData.facilityUser(facility, "Gewone Gebruiker");
        long id = testData.accountId(user);
        NewAccount attempt = facilityUser(facility, address());

        assertThrows(EJBAccessException.class, () -> asCaseHandler.call(() -> accounts.invite(attempt)));
        assertThrows(EJBAccessException.class, () -> asCaseHandler.call(() -> accounts.count(AccountFilter.any())));
        assertThrows(EJBAccessException.class, () -> asFacilityUser.call(() -> accounts.invite(attempt)));
        assertThrows(EJBAccessException.class, () -> asFacilityUser.call(() -> {
            accounts.deactivate(id);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> asFacilityUser.call(() -> {
            accounts.resetPassword(id, Locale.ENGLISH);
            return null;
        }));
        assertEquals(0, testData.accountsNamed(attempt.getEmail()));
        assertTrue(logsIn(user, TestData.PASSWORD), "the account is untouched");
    }

    @Test
    @DisplayName("BO-7 a case handler is made with a team; the facility search pages in the database")
    void caseHandlerWithTeam() throws Exception {
        String name = "WZC Zoek " + TestData.unique();
        long facility = testData.facility(name, 1);
        long team = testData.otherTeam(facility, "Team Accounts " + TestData.unique());
        NewAccount handler = new NewAccount();
        String email = "behandelaar-" + TestData.unique() + "@zorg.example";
        handler.setEmail(email);
        handler.setDisplayName("Nieuwe Behandelaar");
        handler.setRole(Role.CASE_HANDLER);
        handler.setTeamId(team);

        asAdministrator.call(() -> accounts.invite(handler));

        AccountLine line = asAdministrator.call(() -> accounts.find(new AccountFilter(email, Role.CASE_HANDLER, null, true), 0, 5))
                .get(0);
        assertNotNull(line.getTeamName());
        assertTrue(line.getTeamName().startsWith("Team Accounts"));
        assertEquals(List.of(facility), asAdministrator.call(() -> facilities.find(name.toLowerCase(Locale.ROOT), 0, 20)).stream()
                .map(Facility::getId).toList());
        assertTrue(asAdministrator.call(() -> facilities.find("WZC", 0, 20)).size() <= 20, "a page of at most 20");
    }
}
