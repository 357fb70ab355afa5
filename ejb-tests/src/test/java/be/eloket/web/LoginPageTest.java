package be.eloket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/** /login.xhtml and logging out, in a real browser. */
class LoginPageTest extends PortalTest {

    @Test
    @DisplayName("SEC-1 a facility user logs in with e-mail and password and lands on the Startpagina")
    void facilityUserLogsIn() {
        Map<String, String> facility = data().facility("WZC Aanmelden", 2);
        try (Browser browser = Browser.open(base)) {
            browser.go("facility/index.xhtml");
            browser.assertOnPage("login.xhtml");
            assertEquals("Aanmelden", browser.heading());

            browser.type(By.id("login:username"), facility.get("user").toUpperCase());
            browser.type(By.id("login:password"), facility.get("password"));
            browser.click(By.id("login:submit"));

            browser.assertOnPage("facility/index.xhtml");
            assertEquals("Startpagina", browser.heading());
            assertEquals(2, browser.driver().findElements(By.cssSelector(".theme-list li")).size(), "the facility's themes");
            // A new facility has no confirmed contact person yet: one task per theme (CP-9).
            assertEquals(List.of("Geef een contactpersoon op voor het thema Thema 1", "Geef een contactpersoon op voor het thema Thema 2"),
                    browser.driver().findElements(By.cssSelector("#tasks li")).stream()
                            .map(task -> task.getText().substring(0, task.getText().lastIndexOf(' '))).toList());
        }
    }

    @Test
    @DisplayName("SEC-1 a wrong password is refused with a Dutch message that says what to do")
    void wrongPasswordIsRefused() {
        Map<String, String> facility = data().facility("WZC Fout Wachtwoord", 1);
        try (Browser browser = Browser.open(base)) {
            browser.login(facility.get("user"), "niet-het-wachtwoord");

            browser.assertOnPage("login.xhtml");
            assertTrue(browser.text(By.id("login:status")).contains("Controleer beide en probeer opnieuw"));
        }
    }

    @Test
    @DisplayName("SEC-1 a login with the password or the e-mail address left empty asks for both, without an error page")
    void emptyFieldsAsked() {
        Map<String, String> facility = data().facility("WZC Leeg Wachtwoord", 1);
        try (Browser browser = Browser.open(base)) {
            // Six times: more than the five failed logins after which even the right password waits (SEC-6).
            for (int round = 0; round < 2; round++) {
                for (String[] typed : new String[][] {{facility.get("user"), ""}, {"", facility.get("password")}, {"", ""}}) {
                    browser.login(typed[0], typed[1]);

                    browser.assertOnPage("login.xhtml");
                    assertEquals("Vul uw e-mailadres en uw wachtwoord in, en klik dan op Aanmelden.",
                            browser.text(By.id("login:status")), String.join(" / ", typed));
                }
            }
            browser.login(facility.get("user"), facility.get("password"));
            assertEquals("Startpagina", browser.heading(), "an empty field counts as no failed login");
        }
    }

    @Test
    @DisplayName("SEC-6 after five failed logins within a minute even the right password is refused for a while")
    void repeatedFailuresAreSlowedDown() {
        Map<String, String> facility = data().facility("WZC Raden", 1);
        try (Browser browser = Browser.open(base)) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.login(facility.get("user"), "gok-" + attempt);
                assertTrue(browser.text(By.id("login:status")).contains("niet juist"), "attempt " + attempt);
            }

            browser.login(facility.get("user"), facility.get("password"));

            browser.assertOnPage("login.xhtml");
            assertTrue(browser.text(By.id("login:status")).contains("Te veel mislukte aanmeldpogingen"));
        }
    }

    @Test
    @DisplayName("SEC-6 login gives a new session id; the session cookie is HttpOnly and SameSite")
    void sessionCookie() {
        Map<String, String> facility = data().facility("WZC Koekje", 1);
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertNotNull(before, "the login page starts a session (JSF view state)");

            browser.login(facility.get("user"), facility.get("password"));

            Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertNotEquals(before.getValue(), after.getValue(), "a new session id after login");
            assertTrue(after.isHttpOnly(), "HttpOnly");
            assertEquals("Lax", after.getSameSite());
        }
    }

    @Test
    @DisplayName("SEC-1 Afmelden ends the session: the portal asks for a login again")
    void logoutEndsSession() {
        Map<String, String> facility = data().facility("WZC Afmelden", 1);
        try (Browser browser = loggedIn(facility)) {
            browser.press(By.id("user-menu-button"));
            browser.click(By.id("header:menu-logout"));

            browser.assertOnPage("login.xhtml");
            assertTrue(browser.text(By.cssSelector(".notice")).contains("U bent afgemeld"));

            browser.go("facility/organisation.xhtml");
            browser.assertOnPage("login.xhtml");
        }
    }

    @Test
    @DisplayName("UX-1 the pages speak Dutch by default and English after choosing English")
    void languageSwitch() {
        Map<String, String> facility = data().facility("WZC Taal", 1);
        try (Browser browser = loggedIn(facility)) {
            assertEquals("nl", browser.waitFor(By.tagName("html")).getAttribute("lang"));

            browser.click(By.id("header:lang-en"));

            assertEquals("Home", browser.heading());
            assertEquals("en", browser.waitFor(By.tagName("html")).getAttribute("lang"));
            assertEquals("My tasks", browser.text(By.id("tasks-title")));
            assertTrue(browser.text(By.id("tasks")).startsWith("Register a contact person for the theme Theme 1"));
            browser.click(By.id("header:lang-nl"));
            assertEquals("Startpagina", browser.heading());
        }
    }

    @Test
    @DisplayName("UX-4 every page links to the accessibility statement, which opens without login, and to the department's privacy statement")
    void accessibilityStatement() {
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            WebElement privacy = browser.waitFor(By.linkText("privacyverklaring"));
            assertEquals("https://www.departementzorg.be/privacyverklaring", privacy.getAttribute("href"),
                    "the statement at eloket.privacy-url");
            assertTrue(browser.text(By.cssSelector(".site-footer")).contains("Meer informatie vindt u in de privacyverklaring op onze website."));
            browser.click(By.linkText("Toegankelijkheidsverklaring"));

            assertEquals("Toegankelijkheidsverklaring", browser.heading());
            assertTrue(browser.text(By.tagName("main")).contains("WCAG 2.1"));
        }
    }
}
