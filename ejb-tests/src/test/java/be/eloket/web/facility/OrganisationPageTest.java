package be.eloket.web.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** /facility/organisation.xhtml, "Mijn organisatie", in a real browser. */
class OrganisationPageTest extends PortalTest {

    @Test
    @DisplayName("ORG-1 the name menu at the top right opens Mijn organisatie on the Organisatiegegevens tab")
    void menuOpensOrganisation() {
        Map<String, String> facility = data().facility("WZC Het Menu", 1);
        try (Browser browser = loggedIn(facility)) {
            assertTrue(browser.text(By.id("user-menu")).contains("WZC Het Menu"), "the menu names the facility");

            browser.press(By.id("user-menu-button"));
            browser.click(By.linkText("Mijn organisatie"));

            assertEquals("Mijn organisatie", browser.heading());
            assertEquals("Organisatiegegevens", browser.text(By.cssSelector("#tabs .ui-tabs-selected")));
            assertEquals("WZC Het Menu", browser.text(By.id("name")));
        }
    }

    @Test
    @DisplayName("UX-5 the name menu closes with Escape, focus back on its button, and with a click outside it")
    void menuCloses() {
        Map<String, String> facility = data().facility("WZC Sluit Menu", 1);
        try (Browser browser = loggedIn(facility)) {
            WebElement menu = browser.waitFor(By.id("user-menu"));
            browser.press(By.id("user-menu-button"));
            assertEquals("true", menu.getAttribute("open"), "opened");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            assertNull(menu.getAttribute("open"), "Escape closes it");
            assertEquals("user-menu-button", browser.driver().switchTo().activeElement().getAttribute("id"));

            browser.press(By.id("user-menu-button"));
            assertEquals("true", menu.getAttribute("open"), "opened again");
            browser.press(By.tagName("h1"));
            assertNull(menu.getAttribute("open"), "a click outside closes it");
        }
    }

    @Test
    @DisplayName("ORG-3 a bad e-mail shows a message beside the field and stays in edit mode; fixed, it is saved and shown after reload")
    void editAndSave() {
        Map<String, String> facility = data().facility("WZC De Bewerking", 1);
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/organisation.xhtml");
            browser.click(By.id("tabs:organisation:edit"));

            browser.type(By.id("tabs:organisation:email"), "onthaal@bewerking");
            browser.type(By.id("tabs:organisation:phone"), "+32 9 987 65 43");
            browser.click(By.id("tabs:organisation:save"));

            assertTrue(browser.text(By.id("tabs:organisation:email-message"))
                    .contains("geen geldig e-mailadres"), "the message stands beside the e-mail field");
            assertTrue(browser.text(By.id("tabs:organisation:status")).contains("niet bewaard"));
            assertEquals("onthaal@bewerking", browser.waitFor(By.id("tabs:organisation:email")).getAttribute("value"),
                    "what was typed stays");
            assertEquals("+32 9 987 65 43", browser.waitFor(By.id("tabs:organisation:phone")).getAttribute("value"));
            assertTrue(browser.isPresent(By.id("tabs:organisation:save")), "still in edit mode");

            browser.type(By.id("tabs:organisation:email"), "onthaal@bewerking.be");
            browser.click(By.id("tabs:organisation:save"));
            assertTrue(browser.text(By.id("tabs:organisation:status")).contains("bewaard"));
            assertFalse(browser.isPresent(By.id("tabs:organisation:save")), "back in read mode");

            browser.go("facility/organisation.xhtml");
            assertEquals("onthaal@bewerking.be", browser.text(By.id("email-value")));
            assertEquals("+32 9 987 65 43", browser.text(By.id("phone-value")));
        }
    }

    @Test
    @DisplayName("ORG-2 Annuleren leaves edit mode and keeps the stored data")
    void cancelKeepsStoredData() {
        Map<String, String> facility = data().facility("WZC Annuleren", 1);
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/organisation.xhtml");
            String stored = browser.text(By.id("email-value"));
            browser.click(By.id("tabs:organisation:edit"));
            browser.type(By.id("tabs:organisation:email"), "iets.anders@annuleren.be");

            browser.click(By.id("tabs:organisation:cancel"));

            assertEquals(stored, browser.text(By.id("email-value")));
            browser.go("facility/organisation.xhtml");
            assertEquals(stored, browser.text(By.id("email-value")));
        }
    }

    @Test
    @DisplayName("ORG-4 two users edit at once: the second save gets 'changed by someone else' and the first one stays")
    void concurrentEdit() {
        Map<String, String> facility = data().facility("WZC Gelijktijdig", 1);
        try (Browser first = Browser.open(base); Browser second = Browser.open(base)) {
            first.login(facility.get("user"), facility.get("password"));
            second.login(facility.get("colleague"), facility.get("password"));
            first.go("facility/organisation.xhtml").click(By.id("tabs:organisation:edit"));
            second.go("facility/organisation.xhtml").click(By.id("tabs:organisation:edit"));

            first.type(By.id("tabs:organisation:phone"), "+32 3 111 11 11");
            first.click(By.id("tabs:organisation:save"));
            second.type(By.id("tabs:organisation:phone"), "+32 3 222 22 22");
            second.click(By.id("tabs:organisation:save"));

            assertTrue(second.text(By.id("tabs:organisation:status")).contains("iemand anders"));
            assertTrue(second.isPresent(By.id("tabs:organisation:save")), "the second user stays in edit mode");
            second.go("facility/organisation.xhtml");
            assertEquals("+32 3 111 11 11", second.text(By.id("phone-value")));
        }
    }
}
