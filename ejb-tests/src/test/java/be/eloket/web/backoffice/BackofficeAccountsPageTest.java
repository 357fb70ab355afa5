package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /backoffice/accounts.xhtml and the public /invitation.xhtml (BO-7), in a real browser. */
class BackofficeAccountsPageTest extends PortalTest {

    private static final By STATUS = By.id("accounts:status");
    private static final By ROWS = By.cssSelector("[id='accounts:lines_data'] > tr");
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/invitation\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Mijn eigen lange wachtwoord 1";

    @Test
    @DisplayName("BO-7 an administrator invites a facility user, who chooses a password through the mail's link and logs in;"
            + " deactivated after Ja in the question it asks first (UX-6), the session ends and the login is refused")
    void inviteChoosePasswordDeactivate() {
        RemoteTestData data = data();
        String facilityName = "WZC Uitgenodigd " + unique();
        data.facility(facilityName, 1);
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        String email = "nieuw-" + unique() + "@voorziening.example";

        try (Browser administrator = Browser.open(base); Browser person = Browser.open(base)) {
            administrator.login(admin.get("user"), admin.get("password"));
            administrator.click(By.linkText("Naar de accounts"));
            assertEquals("Accounts", administrator.heading());

            administrator.type(By.id("accounts:email"), email);
            administrator.type(By.id("accounts:displayName"), "Nieuwe Collega");
            new Select(administrator.waitFor(By.id("accounts:role"))).selectByVisibleText("Gebruiker van een voorziening");
            administrator.waitFor(By.id("accounts:facility-search"));
            administrator.settled().checked();
            administrator.type(By.id("accounts:facility-search"), facilityName);
            administrator.click(By.id("accounts:search-facility"));
            assertTrue(new Select(administrator.waitFor(By.id("accounts:facilityId"))).getFirstSelectedOption().getText()
                    .startsWith(facilityName), "the one facility found is chosen");
            administrator.click(By.id("accounts:create"));
            assertTrue(administrator.text(STATUS).contains("De uitnodiging is verstuurd naar " + email),
                    administrator.text(STATUS));

            filterOn(administrator, email);
            List<String> rows = rowsWhen(administrator, 1);
            assertTrue(rows.get(0).contains("Nieuwe Collega") && rows.get(0).contains(facilityName)
                    && rows.get(0).contains("Uitgenodigd, nog geen wachtwoord"), rows.get(0));

            data.sendMails();
            String mails = data.mailsTo(email);
            assertTrue(mails.contains("Subject: Uw account voor het e-loket"), mails);
            Matcher link = LINK.matcher(mails);
            assertTrue(link.find(), mails);
            String invitation = link.group(1);
            assertTrue(invitation.startsWith(base.toString()), invitation + " leads to " + base);
            String path = invitation.substring(base.toString().length());

            person.go(path);
            assertEquals("Wachtwoord kiezen", person.heading());
            assertTrue(person.text(By.id("rules")).contains("minstens 12 tekens"));
            person.type(By.id("invitation:password"), "te kort");
            person.type(By.id("invitation:repeated"), "te kort");
            person.click(By.id("invitation:submit"));
            assertTrue(person.text(By.id("invitation:password-message")).contains("minstens 12 tekens"));
            person.type(By.id("invitation:password"), PASSWORD);
            person.type(By.id("invitation:repeated"), PASSWORD);
            person.click(By.id("invitation:submit"));
            assertTrue(person.text(By.id("outcome")).contains("Uw wachtwoord is bewaard"));

            person.go(path);
            assertTrue(person.text(By.id("outcome")).contains("Deze link is al gebruikt"), "a link works once");

            person.login(email, PASSWORD);
            person.assertOnPage("facility/index.xhtml");
            assertEquals("Startpagina", person.heading());
            assertTrue(person.text(By.id("user-menu")).contains(facilityName));

            administrator.click(By.id("accounts:filter"));
            assertTrue(rowsWhen(administrator, 1).get(0).contains("Actief"));
            administrator.press(By.id("accounts:lines:0:deactivate"));
            assertEquals("Wilt u het account van Nieuwe Collega deactiveren? Nieuwe Collega kan zich dan niet meer aanmelden.",
                    administrator.text(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")), "UX-6 it asks first");
            administrator.press(By.id("accounts:confirm-no"));
            assertTrue(rowsWhen(administrator, 1).get(0).contains("Actief"), "UX-6 Nee changes nothing");
            administrator.press(By.id("accounts:lines:0:deactivate"));
            administrator.click(By.id("accounts:confirm-yes"));
            assertTrue(administrator.text(STATUS).contains("Het account van Nieuwe Collega is gedeactiveerd"));
            assertTrue(rowsWhen(administrator, 1).get(0).contains("Gedeactiveerd"));

            person.go("facility/organisation.xhtml");
            person.assertOnPage("login.xhtml");
            assertTrue(person.text(By.tagName("main")).contains("Uw sessie is beëindigd"), "the open session ended");
            person.login(email, PASSWORD);
            person.assertOnPage("login.xhtml");
            assertTrue(person.text(By.id("login:status")).contains("Uw account is gedeactiveerd"));
        }
    }

    @Test
    @DisplayName("BO-7 wrong input gets a clear message beside each field and stores nothing; an administrator cannot"
            + " deactivate their own account")
    void clearMessagesAndNoSelfDeactivation() {
        RemoteTestData data = data();
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        Map<String, String> facility = data.facility("WZC Bestaand " + unique(), 1);
        try (Browser browser = loggedIn(admin)) {
            browser.go("backoffice/accounts.xhtml");

            browser.type(By.id("accounts:email"), "jan@voorziening");
            new Select(browser.waitFor(By.id("accounts:role"))).selectByVisibleText("Gebruiker van een voorziening");
            browser.waitFor(By.id("accounts:facilityId"));
            browser.settled().checked();
            browser.click(By.id("accounts:create"));
            assertTrue(browser.text(STATUS).contains("Het account is niet gemaakt"));
            assertTrue(browser.text(By.id("accounts:email-message")).contains("geen geldig e-mailadres"));
            assertTrue(browser.text(By.id("accounts:displayName-message")).contains("Vul de naam"));
            assertTrue(browser.text(By.id("accounts:facilityId-message")).contains("Kies de voorziening"));

            browser.type(By.id("accounts:email"), facility.get("user").toUpperCase());
            browser.type(By.id("accounts:displayName"), "Dubbele Gebruiker");
            browser.click(By.id("accounts:create"));
            assertTrue(browser.text(By.id("accounts:email-message")).contains("Er bestaat al een account met dit e-mailadres"));
            filterOn(browser, facility.get("user"));
            assertEquals(1, rowsWhen(browser, 1).size(), "nothing stored");
            data.sendMails();
            assertTrue(data.mailsTo(facility.get("user")).isEmpty(), "no invitation");

            filterOn(browser, admin.get("user"));
            rowsWhen(browser, 1);
            browser.press(By.id("accounts:lines:0:deactivate"));
            browser.click(By.id("accounts:confirm-yes"));
            assertTrue(browser.text(STATUS).contains("U kunt uw eigen account niet deactiveren"), browser.text(STATUS));
            assertTrue(rowsWhen(browser, 1).get(0).contains("Actief"));
        }
    }

    @Test
    @DisplayName("UX-6 the accounts list keeps its words whole and its buttons within the window at 390, 768 and 1366 px")
    void listReflows() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Smalle Lijst " + unique(), 1);
        try (Browser browser = loggedIn(data.staff("ADMINISTRATOR"))) {
            try {
                for (int width : new int[] {390, 768, 1366}) {
                    browser.driver().manage().window().setSize(new Dimension(width, 900));
                    browser.go("backoffice/accounts.xhtml");
                    filterOn(browser, facility.get("user"));
                    rowsWhen(browser, 1);
                    browser.screenshot("accounts-" + width);
                    browser.assertFitsTheWindow("accounts:lines", width + " px");
                }
            } finally {
                browser.driver().manage().window().setSize(new Dimension(1280, 1024));
            }
        }
    }

    @Test
    @DisplayName("BO-7 SEC-2 a facility user and a case handler get the 403 page for the accounts; a forged POST is refused")
    void othersForbidden() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Geen Accounts " + unique(), 1);
        Map<String, String> handler = data.staff("CASE_HANDLER");
        for (Map<String, String> who : List.of(Map.of("user", facility.get("user"), "password", facility.get("password")), handler)) {
            try (Browser browser = loggedIn(who)) {
                assertFalse(browser.isPresent(By.linkText("Naar de accounts")));

                browser.go("backoffice/accounts.xhtml");
                assertEquals("Geen toegang", browser.heading());

                long status = (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch('accounts.xhtml', {method: 'POST', redirect: 'manual',"
                                + " headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Faces-Request': 'partial/ajax'},"
                                + " body: 'accounts=accounts&accounts%3Aemail=" + "x-" + unique() + "%40voorziening.example"
                                + "&accounts%3AdisplayName=Vervalst&accounts%3Arole=ADMINISTRATOR"
                                + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=accounts%3Acreate"
                                + "&jakarta.faces.partial.execute=%40all&accounts%3Acreate=accounts%3Acreate'})"
                                + ".then(function (response) { done(response.status); });");
                assertEquals(403, status, "the forged POST is refused");
            }
        }
    }

    private static void filterOn(Browser browser, String name) {
        browser.type(By.id("accounts:filter-name"), name);
        browser.click(By.id("accounts:filter"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The text of every row once the table shows {@code expected} rows (the empty message is none). */
    private static List<String> rowsWhen(Browser browser, int expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> rows(browser).size() == expected);
        return rows(browser);
    }

    private static List<String> rows(Browser browser) {
        return browser.driver().findElements(ROWS).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(row -> row.getText())
                .toList();
    }
}
