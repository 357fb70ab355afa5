package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import be.eloket.test.SessionRequests;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * /backoffice/facilities.xhtml, /backoffice/facility.xhtml and /backoffice/missing-contacts.xhtml
 * with its CSV, the administrators' facilities (BO-5), in a real browser.
 */
class BackofficeFacilitiesPageTest extends PortalTest {

    private static final List<String> PAGES = List.of("backoffice/facilities.xhtml", "backoffice/facility.xhtml?id=1",
            "backoffice/missing-contacts.xhtml");

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> rows(Browser browser, String table) {
        browser.waitFor(By.cssSelector("[id='" + table + "_data']"));
        return browser.driver().findElements(By.cssSelector("[id='" + table + "_data'] > tr")).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(WebElement::getText).toList();
    }

    @Test
    @DisplayName("BO-5 an administrator finds a facility by name, opens it and sees its data, themes, contact persons and conversations")
    void searchAndOpen() {
        RemoteTestData data = data();
        String mark = unique();
        String name = "WZC Zoeken " + mark;
        Map<String, String> facility = data.facility(name, 2);
        data.facility("WZC Ander " + mark, 1);
        String[] themes = facility.get("themes").split(",");
        String confirmed = "bevestigd-" + mark + "@voorziening.example";
        String waiting = "wacht-" + mark + "@voorziening.example";
        data.contactOfTheme(facility.get("facility"), themes[0], confirmed, true);
        data.contactOfTheme(facility.get("facility"), themes[1], waiting, false);
        Map<String, String> sent = data.sent(facility.get("facility"), null, "Vraag over de erkenning " + mark);
        Map<String, String> admin = data.staff("ADMINISTRATOR");

        try (Browser browser = loggedIn(admin)) {
            browser.click(By.id("facilities-link"));
            assertEquals("Voorzieningen", browser.heading());

            browser.type(By.id("facilities:search-text"), "zoeken " + mark.toUpperCase());
            browser.click(By.id("facilities:search"));
            List<String> found = rows(browser, "facilities:found");
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).startsWith(name + " T-"), found.get(0));

            browser.click(By.linkText(name));
            assertEquals("Voorziening " + name, browser.heading());
            assertTrue(browser.text(By.id("number")).startsWith("T-"), browser.text(By.id("number")));
            assertEquals("+32 2 553 35 00", browser.text(By.id("phone")));
            assertEquals(2, browser.driver().findElements(By.cssSelector("#themes li")).size());

            List<String> contacts = rows(browser, "facility:contacts");
            assertEquals(2, contacts.size(), contacts.toString());
            assertTrue(contacts.stream().anyMatch(row -> row.contains(confirmed) && row.contains("Bevestigd op")), contacts.toString());
            assertTrue(contacts.stream().anyMatch(row -> row.contains(waiting) && row.contains("Nog niet bevestigd")),
                    contacts.toString());

            List<String> conversations = rows(browser, "facility:conversations");
            assertEquals(1, conversations.size(), conversations.toString());
            assertTrue(conversations.get(0).contains(sent.get("reference")), conversations.get(0));
            assertTrue(conversations.get(0).contains("Open"), conversations.get(0));

            browser.click(By.linkText("Vraag over de erkenning " + mark));
            assertEquals("Gesprek " + sent.get("reference"), browser.heading());
            assertEquals(name, browser.text(By.id("facility")));
        }
    }

    @Test
    @DisplayName("BO-5 (+) the report shows the themes without a confirmed contact person and downloads as a CSV for Excel; a filter that finds nothing says so")
    void reportAndCsv() {
        RemoteTestData data = data();
        String mark = unique();
        // A name a spreadsheet would take for a formula, with accents Excel must show.
        String name = "=Crèche Élan " + mark;
        Map<String, String> facility = data.facility(name, 2);
        String[] themes = facility.get("themes").split(",");
        data.contactOfTheme(facility.get("facility"), themes[0], "bevestigd-" + mark + "@voorziening.example", true);
        Map<String, String> covered = data.facility("WZC Gedekt " + mark, 1);
        data.contactOfTheme(covered.get("facility"), covered.get("themes"), "ok-" + mark + "@voorziening.example", true);
        Map<String, String> admin = data.staff("ADMINISTRATOR");

        try (Browser browser = loggedIn(admin)) {
            browser.click(By.id("missing-contacts-link"));
            assertEquals("Thema's zonder bevestigde contactpersoon", browser.heading());

            browser.type(By.id("missing:filter-facility"), mark);
            browser.click(By.id("missing:filter"));
            List<String> lines = rows(browser, "missing:lines");
            assertEquals(1, lines.size(), "only the theme without a confirmed contact: " + lines);
            assertTrue(lines.get(0).startsWith(name + " T-"), lines.get(0));
            assertTrue(lines.get(0).contains("Thema 2 "), lines.get(0));
            List<WebElement> cells = browser.driver().findElements(By.cssSelector("[id='missing:lines_data'] > tr > td"));
            String number = cells.get(1).getText();
            String theme = cells.get(2).getText();

            String href = browser.waitFor(By.id("missing:download-csv")).getAttribute("href");
            HttpResponse<byte[]> csv = new SessionRequests(browser).get(href);

            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                    csv.headers().firstValue("Content-Type").orElse(""));
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            byte[] body = csv.body();
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3),
                    "UTF-8 with a byte order mark, so that Excel shows the accents");
            String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            assertEquals("\"Voorziening\";\"Identificatienummer\";\"Thema\"\r\n"
                            + "\"'" + name + "\";\"" + number + "\";\"" + theme + "\"\r\n", text,
                    "the filtered report only, the formula made harmless");

            browser.type(By.id("missing:filter-facility"), "WZC Gedekt " + mark);
            browser.click(By.id("missing:filter"));
            assertEquals("Geen voorziening die aan deze filter voldoet, mist een bevestigde contactpersoon. Maak het filterveld"
                            + " leeg en klik op Filteren om alle voorzieningen te zien.",
                    browser.text(By.cssSelector("[id='missing:lines'] .ui-datatable-empty-message")),
                    "a filter that finds nothing does not say that every facility has its contact persons");
        }
    }

    @Test
    @DisplayName("BO-5 SEC-2 a facility user gets 403 for the facilities pages and the CSV, and a forged search POST is refused")
    void facilityUserRefused() {
        Map<String, String> facility = data().facility("WZC Nieuwsgierig " + unique(), 1);
        try (Browser browser = loggedIn(facility)) {
            for (String page : PAGES) {
                browser.go(page);
                assertEquals("Geen toegang", browser.heading(), page);
            }
            SessionRequests requests = new SessionRequests(browser);
            assertEquals(403, requests.get(base + "backoffice/missing-contacts.csv").statusCode());
            // The form as the page would post it; a facility user never gets its view state.
            HttpResponse<byte[]> forged = requests.post(base + "backoffice/facilities.xhtml", Map.of(
                    "facilities", "facilities", "facilities:search-text", "a", "facilities:search", "facilities:search"));
            assertEquals(403, forged.statusCode());
            assertFalse(new String(forged.body(), StandardCharsets.UTF_8).contains("facilities:found"));
        }
    }

    @Test
    @DisplayName("BO-5 a case handler sees no link to the facilities and gets 403 for their pages and the CSV")
    void caseHandlerRefused() {
        Map<String, String> staff = data().staff("CASE_HANDLER");
        try (Browser browser = loggedIn(staff)) {
            browser.assertOnPage("backoffice/index.xhtml");
            assertFalse(browser.isPresent(By.id("facilities-link")));
            assertFalse(browser.isPresent(By.id("missing-contacts-link")));
            for (String page : PAGES) {
                browser.go(page);
                assertEquals("Geen toegang", browser.heading(), page);
            }
            assertEquals(403, new SessionRequests(browser).get(base + "backoffice/missing-contacts.csv").statusCode());
        }
    }
}
