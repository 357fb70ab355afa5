package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /backoffice/new-facility.xhtml and the register part of /backoffice/facility.xhtml (BO-8), in a real browser. */
class BackofficeRegisterPageTest extends PortalTest {

    private static final By STATUS = By.cssSelector("[id$=':status']");

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @DisplayName("BO-8 UX-2 UX-3 an administrator adds a facility with a theme and its first user (an empty save says every problem beside its field), opens it and renames it")
    void addAndRename() {
        RemoteTestData data = data();
        String mark = unique();
        String theme = data.facility("WZC Themabron " + mark, 1).get("themes");
        String name = "WZC Register " + mark;
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        String user = "eerste-" + mark + "@voorziening.example";
        try (Browser browser = loggedIn(data.staff("ADMINISTRATOR"))) {
            browser.go("backoffice/facilities.xhtml");
            browser.click(By.id("facilities:new-facility"));
            assertEquals("Nieuwe voorziening", browser.heading());
            browser.checked();

            browser.click(By.id("new-facility:create"));
            browser.checked();
            assertEquals("Vul de naam in.", browser.text(By.id("new-facility:name-message")));
            assertEquals("Vul het identificatienummer in.", browser.text(By.id("new-facility:number-message")));
            assertEquals("Kies minstens één thema.", browser.text(By.id("new-facility:themeIds-message")));
            assertEquals("Vul het e-mailadres van de voorziening in, of geef een eerste gebruiker op.",
                    browser.text(By.id("new-facility:email-message")));
            assertTrue(browser.text(STATUS).contains("De voorziening is niet toegevoegd"), browser.text(STATUS));

            browser.type(By.id("new-facility:name"), name);
            browser.type(By.id("new-facility:number"), digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7));
            browser.click(By.cssSelector("input[name='new-facility:themeIds'][value='" + theme + "']"));
            browser.type(By.id("new-facility:user-displayName"), "Eerste Gebruiker");
            browser.type(By.id("new-facility:user-email"), user);
            browser.click(By.id("new-facility:create"));

            String number = digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
            assertEquals("De voorziening " + name + " (" + number + ") is toegevoegd aan het register; de uitnodiging aan " + user
                    + " wordt verstuurd.", browser.text(STATUS));
            assertEquals("", browser.driver().findElement(By.id("new-facility:name")).getAttribute("value"), "ready for the next one");
            browser.checked();
            browser.click(By.id("new-facility:added-link"));

            assertEquals("Voorziening " + name, browser.heading());
            assertEquals(number, browser.text(By.id("number")));
            assertEquals(user, browser.text(By.id("email")));
            assertTrue(browser.text(By.id("register-state")).startsWith("Deze voorziening is open"));
            browser.checked();
            browser.typeOver(By.id("facility:name"), name + " Noord");
            browser.click(By.id("facility:rename"));
            assertEquals("De naam is gewijzigd in " + name + " Noord.", browser.text(STATUS));
            assertEquals(name + " Noord", browser.text(By.id("facility:organisation-name")));
            browser.typeOver(By.id("facility:name"), " ");
            browser.click(By.id("facility:rename"));
            assertEquals("Vul de naam in.", browser.text(By.id("facility:name-message")));
            browser.checked();
        }
    }

    @Test
    @DisplayName("BO-8 UX-6 closing a facility asks first; closed, its open session ends, its user's login is refused saying why, the register lists it as closed; reopened, the user logs in")
    void closeAndReopen() {
        RemoteTestData data = data();
        String name = "WZC Sluiten " + unique();
        Map<String, String> facility = data.facility(name, 1);
        try (Browser administrator = loggedIn(data.staff("ADMINISTRATOR")); Browser person = loggedIn(facility)) {
            administrator.go("backoffice/facility.xhtml?id=" + facility.get("facility"));
            administrator.press(By.id("facility:close"));
            assertTrue(administrator.text(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).startsWith(
                    "Wilt u " + name + " sluiten?"), "UX-6 it asks first");
            administrator.checked();
            administrator.press(By.id("facility:confirm-no"));
            assertTrue(administrator.text(By.id("register-state")).startsWith("Deze voorziening is open"), "Nee changes nothing");
            administrator.press(By.id("facility:close"));
            administrator.click(By.id("facility:confirm-yes"));
            assertEquals("De voorziening " + name + " is gesloten.", administrator.text(STATUS));
            assertTrue(administrator.text(By.id("register-state")).startsWith("Deze voorziening is gesloten sinds "),
                    administrator.text(By.id("register-state")));
            administrator.checked();

            person.go("facility/organisation.xhtml");
            person.assertOnPage("login.xhtml");
            assertTrue(person.text(By.tagName("main")).contains("Uw sessie is beëindigd"), "the open session ended");
            person.login(facility.get("user"), facility.get("password"));
            person.assertOnPage("login.xhtml");
            assertTrue(person.text(By.id("login:status")).contains("Uw voorziening is gesloten in het e-loket"),
                    person.text(By.id("login:status")));

            administrator.go("backoffice/facilities.xhtml");
            administrator.type(By.id("facilities:search-text"), name);
            administrator.click(By.id("facilities:search"));
            List<String> found = administrator.driver().findElements(By.cssSelector("[id='facilities:found_data'] > tr")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).endsWith("Gesloten"), found.get(0));

            administrator.click(By.linkText(name));
            administrator.click(By.id("facility:reopen"));
            assertEquals("De voorziening " + name + " is heropend: haar gebruikers kunnen zich weer aanmelden.",
                    administrator.text(STATUS));
            person.login(facility.get("user"), facility.get("password"));
            person.assertOnPage("facility/index.xhtml");
        }
    }

    @Test
    @DisplayName("BO-9 UX-2 an administrator imports a register of 300 lines: a file too large is refused in the browser; the preview counts and lists the refused lines; the import shows its progress and ends with every facility created and the refused lines with their reasons")
    void importRegister() throws IOException {
        RemoteTestData data = data();
        String mark = unique();
        String theme = data.facility("WZC Themabron " + mark, 1).get("themeCodes");
        long base = ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000L) * 1000;
        StringBuilder csv = new StringBuilder("\uFEFFnummer;naam;thema's;gebruiker naam;gebruiker e-mail\r\n");
        for (int i = 0; i < 300; i++) {
            String digits = String.format("%010d", base + i);
            String number = digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
            // Every fiftieth line names a theme that does not exist.
            csv.append(number).append(";WZC Import ").append(mark).append(' ').append(i).append(';')
                    .append(i % 50 == 7 ? "ONBEKEND" : theme).append(";Gebruiker ").append(i).append(";import-").append(mark)
                    .append('-').append(i).append("@voorziening.example\r\n");
        }
        Path file = Files.createTempDirectory("eloket-register").resolve("register " + mark + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        try (Browser browser = loggedIn(data.staff("ADMINISTRATOR"))) {
            browser.go("backoffice/facilities.xhtml");
            browser.click(By.id("facilities:register-import"));
            assertEquals("Register importeren", browser.heading());
            browser.checked();
            assertTrue(browser.attachTooLarge("import", "file", 10L * 1024 * 1024 + 1).startsWith("Dit bestand is groter dan 10 MB"));

            browser.driver().findElement(By.cssSelector("[id='import:file'] input[type=file]")).sendKeys(file.toString());
            browser.waitFor(By.id("preview-counts"));
            browser.settled().checked();
            assertEquals("300", browser.text(By.id("preview-lines")));
            assertEquals("294", browser.text(By.id("preview-create")));
            assertEquals("294", browser.text(By.id("preview-invite")));
            assertEquals("6", browser.text(By.id("preview-refused")));
            List<String> refused = browser.driver().findElements(By.cssSelector("#preview-refusals tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(6, refused.size(), refused.toString());
            assertEquals("9 thema's Het thema ONBEKEND bestaat niet of is niet meer actief.", refused.get(0), "line 9: the header is line 1");

            browser.click(By.id("import:start"));
            browser.waitFor(By.id("progress-state"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofMinutes(2))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("progress-state")).getText().startsWith("Klaar"));
            browser.settled().checked();
            assertTrue(browser.text(By.id("progress-state")).startsWith("Klaar: 300 van 300 regels verwerkt"),
                    browser.text(By.id("progress-state")));
            assertEquals("294", browser.text(By.id("progress-created")));
            assertEquals("294", browser.text(By.id("progress-invited")));
            assertEquals("6", browser.text(By.id("progress-refused")));
            assertEquals(6, browser.driver().findElements(By.cssSelector("#progress-refusals tbody tr")).size());

            // An administrator who comes back finds the import as it ended.
            browser.go("backoffice/register-import.xhtml");
            assertTrue(browser.text(By.id("progress-state")).startsWith("Klaar: 300 van 300"), browser.text(By.id("progress-state")));
            browser.go("backoffice/facilities.xhtml");
            browser.type(By.id("facilities:search-text"), "WZC Import " + mark + " 299");
            browser.click(By.id("facilities:search"));
            assertEquals(1, browser.driver().findElements(By.cssSelector("[id='facilities:found_data'] > tr")).size());
        }
    }
}
