package be.eloket.web.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import be.eloket.test.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /facility/theme.xhtml, a theme page with its messages and "Hulp nodig?", in a real browser (MSG-14, MSG-15). */
class ThemePageTest extends PortalTest {

    private static final String HELPDESK = "helpdesk@zorg.example";

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='messages:list'] tbody tr"));
    }

    private static List<String> titles(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='messages:list'] .message-link")).stream()
                .map(WebElement::getText).toList();
    }

    /** The In/Uit column of each line. */
    private static List<String> directions(Browser browser) {
        return rows(browser).stream().map(row -> row.findElements(By.tagName("td")).get(1).getText()).toList();
    }

    private static void filterOnDirection(Browser browser, String direction) {
        new Select(browser.waitFor(By.id("messages:direction"))).selectByValue(direction);
        browser.click(By.id("messages:filter"));
    }

    private static String themeIds(Map<String, String> facility, int index) {
        return facility.get("themes").split(",")[index];
    }

    @Test
    @DisplayName("MSG-14 from the home page a theme page opens; one list holds the theme's received and sent messages with In/Uit, and the In/Uit filter works")
    void messagesOfTheTheme() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Themapagina", 2);
        String theme = themeIds(facility, 0);
        data.received(facility.get("facility"), 2, "Ontvangen");
        data.sent(facility.get("facility"), theme, "Verstuurd");
        data.sent(facility.get("facility"), themeIds(facility, 1), "Over een ander thema");
        try (Browser browser = loggedIn(facility)) {
            WebElement link = browser.waitFor(By.cssSelector("#themes li:first-child a"));
            String themeName = link.getText();
            assertTrue(themeName.startsWith("Thema 1"), themeName);

            browser.click(By.linkText(themeName));

            browser.assertOnPage("facility/theme.xhtml?id=" + theme);
            assertEquals(themeName, browser.heading());
            assertEquals(List.of("Verstuurd", "Ontvangen 2", "Ontvangen 1"), titles(browser));
            assertEquals(List.of("Uit", "In", "In"), directions(browser));
            assertTrue(browser.driver().findElement(By.id("new-message")).getAttribute("href")
                    .endsWith("/facility/compose.xhtml?theme=" + theme), "MSG-14 a new message with the theme preset");

            filterOnDirection(browser, "SENT");
            assertEquals(List.of("Verstuurd"), titles(browser));
            filterOnDirection(browser, "RECEIVED");
            assertEquals(List.of("Ontvangen 2", "Ontvangen 1"), titles(browser));
            browser.click(By.id("messages:clear"));
            assertEquals(3, titles(browser).size(), "clearing the filters keeps the list on this theme");

            browser.click(By.linkText("Verstuurd"));
            assertEquals("Detail verstuurd bericht", browser.heading());
        }
    }

    @Test
    @DisplayName("MSG-15 Hulp nodig?: under Contacteer ons each team and case handler opens a new message for this theme addressed to them; UX-1 in English too")
    void contactLinks() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Hulp", 1);
        String theme = themeIds(facility, 0);
        data.received(facility.get("facility"), 1, "Met behandelaar");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/theme.xhtml?id=" + theme);

            assertEquals("Hulp nodig?", browser.text(By.id("help-title")));
            assertEquals("Contacteer ons", browser.text(By.id("contact-title")));
            WebElement team = browser.waitFor(By.cssSelector("a.help-team"));
            assertTrue(team.getText().startsWith("Team "), team.getText());
            assertTrue(team.getAttribute("href").matches(".*/facility/compose\\.xhtml\\?theme=" + theme + "&team=\\d+"),
                    team.getAttribute("href"));
            WebElement handler = browser.waitFor(By.cssSelector("a.help-handler"));
            assertTrue(handler.getText().startsWith("Dossierbehandelaar "), handler.getText());
            assertTrue(handler.getAttribute("href").matches(".*/facility/compose\\.xhtml\\?theme=" + theme + "&handler=\\d+"),
                    handler.getAttribute("href"));

            browser.click(By.id("header:lang-en"));
            assertEquals("Theme 1", browser.heading());
            assertEquals("Need help?", browser.text(By.id("help-title")));
            assertEquals("Technical helpdesk", browser.text(By.id("helpdesk-toggle")));
        }
    }

    @Test
    @DisplayName("MSG-15 MSG-11 a new message started from Hulp nodig? goes to the chosen team, and the confirmation names that team")
    void newMessageToTheChosenTeam() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Hulp Verzenden", 1);
        String theme = themeIds(facility, 0);
        String contact = "hulp-" + TestData.unique() + "@hulp.example";
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/theme.xhtml?id=" + theme);
            String team = browser.waitFor(By.cssSelector("a.help-team")).getText();

            browser.click(By.cssSelector("a.help-team"));

            assertEquals("Nieuw bericht", browser.heading());
            assertEquals(theme, browser.waitFor(By.id("compose:theme")).getAttribute("value"), "the theme is preset");
            browser.type(By.id("compose:title"), "Vraag aan het team");
            browser.type(By.id("compose:text"), "Graag uw advies.");
            ComposePageTest.addContact(browser, "Maes", "Els", contact);
            browser.click(By.id("compose:send"));

            String status = browser.text(By.id("compose:status"));
            assertTrue(status.startsWith("Uw bericht is verzonden naar " + team + "."), status);
        }
    }

    @Test
    @DisplayName("MSG-15 UX-3 Technische helpdesk unfolds by keyboard; a bad e-mail is refused beside the field, a good one is confirmed and mailed to the helpdesk")
    void technicalHelpdesk() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Helpdesk", 1);
        String question = "Het opladen van een bijlage lukt niet " + TestData.unique();
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/theme.xhtml?id=" + themeIds(facility, 0));
            WebElement toggle = browser.waitFor(By.id("helpdesk-toggle"));
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            assertFalse(browser.driver().findElement(By.id("helpdesk:email")).isDisplayed());

            toggle.sendKeys(Keys.ENTER);
            browser.checked();

            assertEquals("true", toggle.getAttribute("aria-expanded"));
            toggle.sendKeys(Keys.TAB);
            assertEquals("helpdesk:email", ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id"),
                    "the form follows the button in the tab order");
            assertEquals(facility.get("user"), browser.waitFor(By.id("helpdesk:email")).getAttribute("value"));
            browser.type(By.id("helpdesk:email"), "an.peeters@voorziening");
            browser.type(By.id("helpdesk:question"), question);
            browser.click(By.id("helpdesk:send"));

            assertTrue(browser.text(By.id("helpdesk:email-message")).contains("Dit is geen geldig e-mailadres"),
                    browser.text(By.id("helpdesk:email-message")));
            assertTrue(browser.text(By.id("helpdesk:status")).contains("niet verstuurd"));
            assertEquals("true", browser.driver().findElement(By.id("helpdesk:email")).getAttribute("aria-invalid"));
            assertEquals(question, browser.waitFor(By.id("helpdesk:question")).getAttribute("value"), "the question stays");

            browser.type(By.id("helpdesk:email"), "an.peeters@voorziening.example");
            browser.click(By.id("helpdesk:send"));

            WebElement status = browser.waitFor(By.id("helpdesk:status"));
            assertEquals("status", status.getAttribute("role"));
            assertTrue(status.getText().contains("Uw vraag is verstuurd naar de technische helpdesk"), status.getText());
            assertEquals("", browser.waitFor(By.id("helpdesk:question")).getAttribute("value"));
            data.sendMails();
            String mails = data.mailsTo(HELPDESK);
            assertTrue(mails.contains(question), mails);
            assertTrue(mails.contains("an.peeters@voorziening.example"), mails);
        }
    }

    @Test
    @DisplayName("SEC-2 another facility's theme, an unknown, a missing and a malformed id answer the not-found page")
    void otherFacilitysTheme() {
        RemoteTestData data = data();
        Map<String, String> own = data.facility("WZC Eigen Thema", 1);
        Map<String, String> other = data.facility("WZC Geheim Thema", 1);
        try (Browser browser = loggedIn(own)) {

            for (String id : List.of(themeIds(other, 0), "999999999", "", "abc")) {
                browser.go("facility/theme.xhtml?id=" + id);
                assertEquals("Pagina niet gevonden", browser.heading(), id);
                assertFalse(browser.text(By.tagName("main")).contains("Thema 1"), id);
            }
        }
    }

    @Test
    @DisplayName("SEC-4 script in message titles is shown as text on the theme page, never run")
    void scriptIsText() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Script", 1);
        String theme = themeIds(facility, 0);
        data.received(facility.get("facility"), 1, "<script>alert(1)</script>");
        data.sent(facility.get("facility"), theme, "<img src=x onerror=alert(2)>");
        try (Browser browser = loggedIn(facility)) {

            browser.go("facility/theme.xhtml?id=" + theme);

            assertEquals(List.of("<img src=x onerror=alert(2)>", "<script>alert(1)</script> 1"), titles(browser));
            assertTrue(browser.driver().findElements(By.cssSelector("[id='messages:list'] script, [id='messages:list'] img")).isEmpty());
        }
    }
}
