package be.eloket.web.facility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import be.eloket.test.SessionRequests;
import be.eloket.test.TestData;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/** /facility/compose.xhtml: replies and new messages with attachments and Contactdetails, in a real browser. */
class ComposePageTest extends PortalTest {

    private static Path file(String name, String content) throws IOException {
        Path folder = Files.createTempDirectory("eloket-upload");
        return Files.writeString(folder.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    private static void upload(Browser browser, Path file, int expectedCount) {
        browser.driver().findElement(By.cssSelector("[id='compose:attachments'] input[type=file]")).sendKeys(file.toString());
        browser.settled();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("[id='compose:uploads'] li")).size() == expectedCount);
    }

    /** "hier" under the text, "Voeg toe", and the new row of Contactdetails filled in (MSG-9). */
    static void addContact(Browser browser, String lastName, String firstName, String email) {
        browser.click(By.id("compose:manage-contacts-none"));
        browser.click(By.id("compose:add-contact"));
        browser.type(By.id("compose:contacts:0:lastName"), lastName);
        browser.type(By.id("compose:contacts:0:firstName"), firstName);
        browser.type(By.id("compose:contacts:0:email"), email);
        browser.type(By.id("compose:contacts:0:phone"), "+32 2 553 35 00");
    }

    @Test
    @DisplayName("MSG-17 a file with an ordinary name holding a colon is taken and sent under a cleaned name, not refused by the upload")
    void ordinaryNameWithColon() throws Exception {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Bestandsnaam " + TestData.unique(), 1);
        String id = data.received(facility.get("facility"), 1, "Vraag om verslag").get("messages");
        Path report = file("Verslag 2026: deel 1.txt", "Het verslag van 2026, deel 1.");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/compose.xhtml?replyTo=" + id);
            upload(browser, report, 1);
            assertTrue(browser.text(By.id("compose:uploads")).contains("Verslag 2026: deel 1.txt"),
                    browser.text(By.id("compose:uploads")));
            assertEquals("", browser.text(By.id("compose:attachments-message")), "no refusal beside the field");

            browser.type(By.id("compose:text"), "Hierbij het verslag.");
            addContact(browser, "Peeters", "An", "verslag-" + TestData.unique() + "@bestandsnaam.example");
            browser.click(By.id("compose:send"));
            browser.click(By.id("compose:to-sent"));
            assertEquals("Detail verstuurd bericht", browser.heading());
            assertTrue(browser.driver().getPageSource().contains("Verslag 2026_ deel 1.txt"), "the attachment under its cleaned name");
        }
    }

    @Test
    @DisplayName("MSG-7 MSG-8 MSG-9 MSG-11 MSG-17 MSG-12 reply with two attachments after adding a thread-only contact, whom the sentence under the text names at once; the page names whom it went to; its sent detail shows text, attachments and history")
    void replyWithAttachmentsAndContact() throws Exception {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Antwoorden", 1);
        String id = data.received(facility.get("facility"), 1, "Vraag van het departement").get("messages");
        Path pdf = file("verslag.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        Path txt = file("notities.txt", "Onze notities bij het bezoek.");
        String contact = "enkel-dit-" + TestData.unique() + "@antwoorden.example";
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/message.xhtml?id=" + id);
            browser.click(By.id("reply"));
            assertEquals("Beantwoorden bericht", browser.heading());
            assertTrue(browser.text(By.id("compose:contact-info")).contains("Er zijn geen contactpersonen opgegeven voor dit thema"));

            browser.type(By.id("compose:text"), "Hierbij ons antwoord met twee bijlagen.");
            upload(browser, pdf, 1);
            upload(browser, txt, 2);
            addContact(browser, "Janssens", "Jan", contact);
            browser.settled();
            assertEquals("Bij elke reactie op dit bericht ontvangt Jan Janssens een notificatie per e-mail.",
                    browser.text(By.cssSelector("[id='compose:contact-info'] p")),
                    "MSG-8 the sentence names the person added in Contactdetails before anything is sent");
            browser.click(By.id("compose:send"));

            String status = browser.text(By.id("compose:status"));
            assertTrue(status.startsWith("Uw bericht is verzonden naar Dossierbehandelaar"), status);
            browser.click(By.id("compose:to-sent"));
            assertEquals("Detail verstuurd bericht", browser.heading());
            assertTrue(browser.isPresent(By.linkText("verslag.pdf")));
            assertTrue(browser.isPresent(By.linkText("notities.txt")));
            assertEquals("Hierbij ons antwoord met twee bijlagen.", browser.text(By.cssSelector(".message-body")));
            assertTrue(browser.text(By.cssSelector(".history-entry summary")).contains("In – Vraag van het departement"),
                    "MSG-12 the history holds the message it answers: " + browser.text(By.cssSelector(".history-entry summary")));
        }
    }

    @Test
    @DisplayName("MSG-17 UX-3 a file that can never be sent is refused as soon as it is uploaded, saying why beside the Bijlagen field; a theme that is not among the page's choices (another facility's, or no number) is refused beside the field in Dutch")
    void refusedAtOnce() throws IOException {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Meteen", 1);
        String otherFacilitysTheme = data.facility("WZC Ander", 1).get("themes");
        Path executable = file("factuur.pdf", "\u007fELF" + "\0".repeat(508));
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/compose.xhtml");
            browser.driver().findElement(By.cssSelector("[id='compose:attachments'] input[type=file]")).sendKeys(executable.toString());
            // The message beside the field is replaced by the upload's answer: read it anew until it speaks.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("compose:attachments-message")).getText().isBlank());
            browser.settled().checked();
            assertTrue(browser.text(By.id("compose:attachments-message")).contains(
                    "Het bestand factuur.pdf is geen toegelaten soort bestand, of zijn naam eindigt niet op de soort die het is."
                            + " Gebruik pdf, doc(x), xls(x), odt, ods, jpg, png of txt, met die extensie."),
                    "beside the Bijlagen field: " + browser.text(By.id("compose:attachments-message")));
            assertEquals("", browser.text(By.id("compose:status")), "not at the top of the page");
            assertEquals(0, browser.driver().findElements(By.cssSelector("[id='compose:uploads'] li")).size(), "nothing was added");

            // What a page changed meanwhile or a forged request sends: JSF's own answer would be English and technical.
            for (String forged : List.of(otherFacilitysTheme, "99999999999999999999")) {
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "document.getElementById('compose:theme').add(new Option('Vervalst', arguments[0]));", forged);
                new Select(browser.waitFor(By.id("compose:theme"))).selectByValue(forged);
                browser.settled().checked();
                assertEquals("Deze keuze staat niet (meer) in de lijst: de lijst is intussen gewijzigd. Kies opnieuw.",
                        browser.text(By.id("compose:theme-message")), forged);
            }
        }
    }

    @Test
    @DisplayName("MSG-17 UX-3 a file over the limit is refused by the browser before it is sent, saying the limit beside the Bijlagen field; nothing is added")
    void tooLargeRefusedInTheBrowser() throws IOException {
        Map<String, String> facility = data().facility("WZC Groot", 1);
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/compose.xhtml");
            String said = browser.attachTooLarge("compose", "attachments", 20L * 1024 * 1024 + 1);
            browser.checked();
            assertTrue(said.contains("Dit bestand is groter dan 20 MB en is niet toegevoegd."), said);
            assertEquals(0, browser.driver().findElements(By.cssSelector("[id='compose:uploads'] li")).size(), "nothing was added");
        }
    }

    @Test
    @DisplayName("MSG-17 P4 a file attached while writing waits in the database, not in the session: with 2 MB attached the session stays under 50 KB, and the reply still carries the file, which downloads byte for byte")
    void attachedFileNotInSession() throws Exception {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Grote Bijlage", 1);
        String id = data.received(facility.get("facility"), 1, "Vraag om de inventaris").get("messages");
        Path inventory = file("inventaris.txt", "Lijn van de inventaris van de voorziening.\n".repeat(50_000));
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/message.xhtml?id=" + id);
            browser.click(By.id("reply"));
            browser.type(By.id("compose:text"), "De inventaris in bijlage.");
            upload(browser, inventory, 1);

            // The session as the cluster would replicate it, asked in a second tab of the same browser.
            String compose = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            String sizes = browser.sessionSizes();
            browser.driver().close();
            browser.driver().switchTo().window(compose);
            long total = Long.parseLong(sizes.lines().filter(line -> line.startsWith("total=")).findFirst().orElseThrow()
                    .substring("total=".length()));
            assertTrue(Files.size(inventory) > 2_000_000 && total < 50_000, "session of " + total + " bytes: " + sizes);

            addContact(browser, "Peeters", "Els", "els-" + TestData.unique() + "@grote-bijlage.example");
            browser.click(By.id("compose:send"));
            String status = browser.text(By.id("compose:status"));
            assertTrue(status.startsWith("Uw bericht is verzonden naar"), status);
            browser.click(By.id("compose:to-sent"));
            assertTrue(browser.isPresent(By.linkText("inventaris.txt")), "the sent reply carries the file");
            // More than one chunk of the content store: stored and read back a chunk at a time.
            HttpResponse<byte[]> download = new SessionRequests(browser)
                    .get(browser.driver().findElement(By.linkText("inventaris.txt")).getAttribute("href"));
            assertEquals(200, download.statusCode());
            assertArrayEquals(Files.readAllBytes(inventory), download.body());
            assertEquals(Files.size(inventory), download.headers().firstValueAsLong("Content-Length").orElse(-1));
        }
    }

    @Test
    @DisplayName("MSG-8 MSG-9 the reply names the theme's contact person who will be notified, and added ones as a sentence names them ('A, B en C'); all removed from this conversation, the warning takes its place")
    void notifiedContactsNamed() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Genotificeerd", 1);
        data.confirmedContact(facility.get("facility"), "vaste-" + TestData.unique() + "@genotificeerd.example");
        String id = data.received(facility.get("facility"), 1, "Vraag over de bezetting").get("messages");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/message.xhtml?id=" + id);
            browser.click(By.id("reply"));
            assertEquals("Bij elke reactie op dit bericht ontvangt Vaste Contact een notificatie per e-mail.",
                    browser.text(By.cssSelector("[id='compose:contact-info'] p")));

            browser.click(By.id("compose:manage-contacts"));
            assertEquals("Contact", browser.text(By.cssSelector("[id='compose:contacts'] tbody tr td:nth-child(1)")));
            assertEquals("Vaste", browser.text(By.cssSelector("[id='compose:contacts'] tbody tr td:nth-child(2)")));
            for (String[] person : List.of(new String[] {"Janssens", "Jan"}, new String[] {"Maes", "Sofie"})) {
                int row = browser.driver().findElements(By.cssSelector("[id='compose:contacts'] tbody tr")).size();
                browser.click(By.id("compose:add-contact"));
                browser.type(By.id("compose:contacts:" + row + ":lastName"), person[0]);
                browser.type(By.id("compose:contacts:" + row + ":firstName"), person[1]);
                browser.type(By.id("compose:contacts:" + row + ":email"), person[1].toLowerCase() + "-" + TestData.unique() + "@genotificeerd.example");
                browser.type(By.id("compose:contacts:" + row + ":phone"), "+32 2 553 35 00");
            }
            browser.settled();
            assertEquals("Bij elke reactie op dit bericht ontvangt Vaste Contact, Jan Janssens en Sofie Maes een notificatie per e-mail.",
                    browser.text(By.cssSelector("[id='compose:contact-info'] p")), "the names as a sentence says them");
            browser.click(By.id("compose:contacts:2:remove"));
            browser.click(By.id("compose:contacts:1:remove"));
            browser.click(By.id("compose:contacts:0:remove"));
            assertTrue(browser.text(By.id("compose:contact-info")).contains("Er zijn geen contactpersonen opgegeven voor dit thema"),
                    browser.text(By.id("compose:contact-info")));
        }
    }

    @Test
    @DisplayName("MSG-15 a message from 'Hulp nodig?' to a case handler names its addressee; another theme says the addressee does not handle it, and the message can go to the theme's team instead")
    void addresseeShownAndCleared() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Aan Wie", 2);
        String[] themes = facility.get("themes").split(",");
        data.ownTeamHandler(themes[0]);
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/theme.xhtml?id=" + themes[0]);
            browser.click(By.linkText("Eigen Behandelaar"));

            String addressee = browser.text(By.id("compose:addressee"));
            assertTrue(addressee.startsWith("Aan: Eigen Behandelaar (Team "), addressee);
            new Select(browser.waitFor(By.id("compose:theme"))).selectByValue(themes[1]);
            browser.settled();
            assertTrue(browser.text(By.id("compose:addressee-message")).startsWith("De gekozen dossierbehandelaar behandelt dit thema niet."),
                    "said where the person decides");
            browser.click(By.id("compose:clear-addressee"));
            assertEquals("", browser.text(By.id("compose:addressee")), "the theme's team, as without 'Hulp nodig?'");

            browser.type(By.id("compose:title"), "Vraag aan het team");
            browser.type(By.id("compose:text"), "Onze vraag");
            addContact(browser, "Janssens", "Jan", "jan-" + TestData.unique() + "@aanwie.example");
            browser.click(By.id("compose:send"));
            assertTrue(browser.text(By.id("compose:status")).startsWith("Uw bericht is verzonden naar"), browser.text(By.id("compose:status")));
        }
    }

    @Test
    @DisplayName("MSG-10 sending without any contact person shows the warning, keeps what was typed and sends nothing; Annuleren leads back to Mijn berichten")
    void noContactNothingSent() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Zonder Contact", 1);
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            browser.click(By.id("new-message"));
            browser.driver().findElement(By.id("compose:theme")).sendKeys("Thema");
            browser.settled();
            browser.type(By.id("compose:title"), "Vraag zonder contact");
            browser.type(By.id("compose:text"), "Mijn vraag");
            browser.click(By.id("compose:send"));

            assertTrue(browser.text(By.id("compose:status")).contains("niet verzonden"));
            assertTrue(browser.text(By.id("compose:contacts-message")).contains("Geef minstens 1 contactpersoon op"));
            assertEquals("Vraag zonder contact", browser.waitFor(By.id("compose:title")).getAttribute("value"));
            browser.click(By.linkText("Annuleren"));
            assertEquals("Mijn berichten", browser.heading(), "Annuleren leads back to the list");
            assertTrue(browser.text(By.id("sent:list")).contains("Er zijn geen berichten"));
        }
    }

    @Test
    @DisplayName("MSG-13 SEC-4 a new message from a preset theme is sent; script text in its title is shown as text")
    void newMessageWithPresetTheme() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Nieuw Bericht", 1);
        String contact = "contact-" + TestData.unique() + "@nieuw.example";
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/compose.xhtml");
            String theme = browser.driver().findElements(By.cssSelector("[id='compose:theme'] option")).get(1).getAttribute("value");
            browser.go("facility/compose.xhtml?theme=" + theme);
            assertEquals(theme, browser.waitFor(By.id("compose:theme")).getAttribute("value"), "the theme is preset");

            browser.type(By.id("compose:title"), "<script>alert(1)</script>");
            browser.type(By.id("compose:text"), "Tekst met <b>opmaak</b>");
            addContact(browser, "Peeters", "An", contact);
            browser.click(By.id("compose:send"));
            assertTrue(browser.text(By.id("compose:status")).contains("Uw bericht is verzonden naar Team"));
            browser.click(By.id("compose:to-sent"));

            assertEquals("<script>alert(1)</script>", browser.text(By.cssSelector(".message-title")));
            assertEquals("Tekst met <b>opmaak</b>", browser.text(By.cssSelector(".message-body")));
        }
    }
}
