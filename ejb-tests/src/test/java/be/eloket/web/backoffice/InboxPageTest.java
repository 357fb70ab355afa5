package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /backoffice/inbox.xhtml and /backoffice/conversation.xhtml, the case handler's inbox, in a real browser. */
class InboxPageTest extends PortalTest {

    private static final By FILTER = By.id("inbox:filter");

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> titles(Browser browser, String table) {
        return browser.driver().findElements(By.cssSelector("[id='" + table + "'] .message-link")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    @DisplayName("BO-2 MSG-16 UX-3 a case handler filters the inbox, opens a conversation (unassigned, a forged assignment refused beside its field) and replies with an attachment; the facility receives it unread, its contact a mail whose link leads through login to it")
    void filterOpenReply() throws IOException {
        RemoteTestData data = data();
        String name = "WZC Inbox " + unique();
        Map<String, String> facility = data.facility(name, 1);
        String contact = data.sent(facility.get("facility"), null, "Vraag over de erkenning").get("contact");
        data.sent(facility.get("facility"), null, "Tweede vraag");
        Map<String, String> handler = data.caseHandlerOf(facility.get("facility"));
        Path file = Files.writeString(Files.createTempDirectory("eloket-upload").resolve("antwoord.txt"),
                "Ons antwoord in bijlage.", StandardCharsets.ISO_8859_1);

        try (Browser browser = loggedIn(handler)) {
            assertTrue(browser.text(By.id("open-per-theme")).contains("2"), browser.text(By.id("open-per-theme")));
            browser.click(By.id("inbox-link"));
            assertEquals("Inbox", browser.heading());

            browser.type(By.id("inbox:filter-facility"), name);
            browser.click(FILTER);
            assertEquals(List.of("Tweede vraag", "Vraag over de erkenning"), titles(browser, "inbox:messages"));
            new Select(browser.waitFor(By.id("inbox:filter-status"))).selectByVisibleText("Beantwoord");
            browser.click(FILTER);
            assertEquals(List.of(), titles(browser, "inbox:messages"));
            new Select(browser.waitFor(By.id("inbox:filter-status"))).selectByVisibleText("Open");
            browser.click(FILTER);
            assertEquals(List.of("Tweede vraag", "Vraag over de erkenning"), titles(browser, "inbox:messages"));

            browser.click(By.linkText("Vraag over de erkenning"));
            assertTrue(browser.heading().startsWith("Gesprek BER-"), browser.heading());
            assertEquals("Open", browser.text(By.id("conversation-status")));
            assertEquals(name, browser.text(By.id("facility")));
            assertEquals("Niet toegewezen", browser.text(By.id("case-handler")), "nobody assigned yet, said in words");
            ((JavascriptExecutor) browser.driver()).executeScript("const field = document.getElementById('conversation:assign-to');"
                    + " field.add(new Option('Vervalst', '999999999')); field.value = '999999999';");
            browser.click(By.id("conversation:assign"));
            assertEquals("Deze keuze staat niet (meer) in de lijst: de lijst is intussen gewijzigd. Kies opnieuw.",
                    browser.text(By.id("conversation:assign-to-message")), "UX-3 a forged or stale choice is refused beside the field");
            assertEquals("Niet toegewezen", browser.text(By.id("case-handler")));
            browser.type(By.id("conversation:text"), "Hier is ons antwoord.");
            browser.driver().findElement(By.cssSelector("[id='conversation:attachments'] input[type=file]"))
                    .sendKeys(file.toString());
            browser.settled();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> d.findElements(By.cssSelector("[id='conversation:uploads'] li")).size() == 1);
            browser.click(By.id("conversation:send"));

            assertTrue(browser.text(By.id("conversation:status")).contains("Uw antwoord is verstuurd"),
                    browser.text(By.id("conversation:status")));
            assertEquals("Beantwoord", browser.text(By.id("conversation-status")));
            assertTrue(browser.text(By.id("conversation:history")).contains("Hier is ons antwoord."));
            assertTrue(browser.isPresent(By.linkText("antwoord.txt")));
        }

        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='received:list_data'] > tr"));
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).getText().contains("Re: Vraag over de erkenning"), rows.get(0).getText());
            assertTrue(rows.get(0).getAttribute("class").contains("unread"), rows.get(0).getAttribute("class"));
        }

        data.sendMails();
        String mails = data.mailsTo(contact);
        assertFalse(mails.contains("Hier is ons antwoord."), "no message content in the mail");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(http://\\S+/facility/message\\.xhtml\\?id=\\d+)").matcher(mails);
        assertTrue(link.find(), "a link to the reply in the contact's mail:\n" + mails);
        try (Browser browser = Browser.open(base)) {
            browser.driver().get(link.group(1));
            browser.checked();
            browser.assertOnPage("login.xhtml");
            browser.type(By.id("login:username"), facility.get("user"));
            browser.type(By.id("login:password"), facility.get("password"));
            browser.click(By.id("login:submit"));
            assertEquals("Detail ontvangen bericht", browser.heading());
            assertTrue(browser.text(By.cssSelector(".message-title")).contains("Re: Vraag over de erkenning"));
        }
    }

    @Test
    @DisplayName("MSG-17 UX-3 in the department's reply and new message a file over the limit is refused by the browser before it is sent, saying the limit; nothing is added")
    void tooLargeRefusedInTheBrowser() throws IOException {
        RemoteTestData data = data();
        String name = "WZC Groot " + unique();
        Map<String, String> facility = data.facility(name, 1);
        data.sent(facility.get("facility"), null, "Vraag met een groot bestand");
        Map<String, String> handler = data.caseHandlerOf(facility.get("facility"));
        long overLimit = 20L * 1024 * 1024 + 1;
        try (Browser browser = loggedIn(handler)) {
            browser.go("backoffice/inbox.xhtml");
            browser.type(By.id("inbox:filter-facility"), name);
            browser.click(FILTER);
            browser.click(By.linkText("Vraag met een groot bestand"));
            assertTrue(browser.attachTooLarge("conversation", "attachments", overLimit).contains(TOO_LARGE), "reply");
            browser.checked();
            assertEquals(0, browser.driver().findElements(By.cssSelector("[id='conversation:uploads'] li")).size(), "reply");

            browser.go("backoffice/new-message.xhtml");
            assertTrue(browser.attachTooLarge("new-message", "attachments", overLimit).contains(TOO_LARGE), "new message");
            browser.checked();
            assertEquals(0, browser.driver().findElements(By.cssSelector("[id='new-message:uploads'] li")).size(), "new message");
        }
    }

    /** What the Bijlagen field says of a file over the configured 20 MB (attachments.too-large-to-upload). */
    static final String TOO_LARGE = "Dit bestand is groter dan 20 MB en is niet toegevoegd. Verklein het of verdeel het over meerdere bestanden.";

    @Test
    @DisplayName("BO-2 SEC-2 a facility user gets the 403 page for the inbox")
    void facilityUserGetsForbidden() {
        Map<String, String> facility = data().facility("WZC Nieuwsgierig " + unique(), 1);
        try (Browser browser = loggedIn(facility)) {

            browser.go("backoffice/inbox.xhtml");

            assertEquals("Geen toegang", browser.heading());
        }
    }

    /**
     * On the new-message page: the person's first theme, then the facility {@code name}, found by
     * typing part of it and picking the suggestion (BO-10: a theme has thousands of facilities).
     */
    static void chooseThemeAndFacility(Browser browser, String name) {
        new Select(browser.waitFor(By.id("new-message:theme"))).selectByIndex(1);
        browser.settled();
        browser.type(By.id("new-message:facility_input"), name.substring(name.length() - 8));
        By suggestion = By.cssSelector("[id='new-message:facility_panel'] li[data-item-label^='" + name + " (']");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(suggestion).isDisplayed());
        browser.driver().findElement(suggestion).click();
        browser.settled();
    }

    @Test
    @DisplayName("BO-3 a case handler sends a new message to a facility under a theme; it names the new reference")
    void newMessage() {
        RemoteTestData data = data();
        String name = "WZC Nieuw " + unique();
        Map<String, String> facility = data.facility(name, 1);
        Map<String, String> handler = data.caseHandlerOf(facility.get("facility"));
        try (Browser browser = loggedIn(handler)) {
            browser.click(By.id("new-message-link"));
            assertEquals("Nieuw bericht aan een voorziening", browser.heading());

            chooseThemeAndFacility(browser, name);
            browser.type(By.id("new-message:title"), "Inspectiebezoek");
            browser.type(By.id("new-message:text"), "Wij komen volgende week langs.");
            browser.click(By.id("new-message:send"));

            String status = browser.text(By.id("new-message:status"));
            assertTrue(status.matches("Bericht BER-\\d{4}-\\d{6} is verstuurd aan " + name + "\\."), status);
        }
    }

    @Test
    @DisplayName("BO-3 UX-3 MSG-10 a new message with nothing filled in says every problem beside its field at once; a text over 20 000 characters is refused beside the text, with everything typed kept")
    void newMessageRefused() {
        RemoteTestData data = data();
        String name = "WZC Geweigerd " + unique();
        Map<String, String> facility = data.facility(name, 1);
        Map<String, String> handler = data.caseHandlerOf(facility.get("facility"));
        try (Browser browser = loggedIn(handler)) {
            browser.go("backoffice/new-message.xhtml");
            browser.click(By.id("new-message:send"));
            assertEquals("Kies een thema.", browser.text(By.id("new-message:theme-message")));
            assertEquals("Kies een voorziening, of stuur het bericht aan alle voorzieningen van het thema.",
                    browser.text(By.id("new-message:facility-message")));
            assertEquals("Vul de titel van uw bericht in.", browser.text(By.id("new-message:title-message")));
            assertEquals("Vul de tekst van uw bericht in.", browser.text(By.id("new-message:text-message")));

            chooseThemeAndFacility(browser, name);
            browser.type(By.id("new-message:title"), "Te lang");
            // 20 001 characters, put in at once: typed key by key they would take minutes.
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('new-message:text').value = 'x'.repeat(20001);");
            browser.click(By.id("new-message:send"));

            assertEquals("Uw tekst is te lang: gebruik hoogstens 20.000 tekens, of voeg een bijlage toe.",
                    browser.text(By.id("new-message:text-message")));
            assertEquals(20_001, browser.waitFor(By.id("new-message:text")).getDomProperty("value").length(), "the text is kept");
            assertEquals("Te lang", browser.waitFor(By.id("new-message:title")).getDomProperty("value"));
        }
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            assertEquals(0, browser.driver().findElements(By.cssSelector("[id='received:list_data'] a.message-link")).size(),
                    "nothing was sent");
        }
    }
}
