package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /backoffice/audit.xhtml, the audit trail of the administrators, in a real browser. */
class AuditPageTest extends PortalTest {

    private static final By FILTER = By.id("audit:filter");
    private static final By ROWS = By.cssSelector("[id='audit:entries_data'] > tr");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    @DisplayName("SEC-5 a facility user reads a change in Recente wijzigingen in words; an administrator filters the audit trail and sees it")
    void administratorSeesFacilityChange() {
        RemoteTestData data = data();
        String name = "WZC Spoor " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> facility = data.facility(name, 1);
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/organisation.xhtml");
            assertTrue(browser.text(By.id("recent-changes")).contains("Account: aangemaakt"),
                    "the accounts of the facility were created");
            browser.click(By.id("tabs:organisation:edit"));
            browser.type(By.id("tabs:organisation:phone"), "+32 9 111 22 33");
            browser.click(By.id("tabs:organisation:save"));
            assertTrue(browser.text(By.id("tabs:organisation:status")).contains("bewaard"));

            String recent = browser.text(By.id("recent-changes"));
            assertTrue(recent.contains("Organisatiegegevens: gewijzigd door " + facility.get("user")), recent);
            assertTrue(recent.contains("(Telefoonnummer: +32 2 553 35 00 → +32 9 111 22 33)"), recent);
            assertFalse(recent.contains("phone") || recent.contains("role") || recent.contains("FACILITY_USER"),
                    "the facility reads its own words, not the trail's field names and codes: " + recent);
        }
        try (Browser browser = loggedIn(admin)) {
            browser.click(By.linkText("Naar de audittrail"));
            assertEquals("Audittrail", browser.heading());

            browser.type(By.id("audit:filter-facility"), name);
            browser.type(By.id("audit:filter-actor"), facility.get("user").toUpperCase());
            new Select(browser.waitFor(By.id("audit:filter-kind"))).selectByVisibleText("Organisatiegegevens");
            String today = LocalDate.now(ZoneId.of("Europe/Brussels")).format(DAY);
            browser.typeOver(By.id("audit:filter-from_input"), today);
            browser.click(FILTER);

            List<String> rows = rowsWhen(browser, 1);
            assertEquals(1, rows.size(), rows.toString());
            String row = rows.get(0);
            assertTrue(row.contains(facility.get("user")), row);
            assertTrue(row.contains(name), row);
            assertTrue(row.contains("Organisatiegegevens"), row);
            assertTrue(row.contains("gewijzigd"), row);
            assertTrue(row.contains("Telefoonnummer: +32 2 553 35 00 → +32 9 111 22 33"), "the field named in Dutch: " + row);

            new Select(browser.waitFor(By.id("audit:filter-kind"))).selectByVisibleText("Bericht");
            browser.click(FILTER);
            assertEquals(List.of(), rowsWhen(browser, 0), "no message of this facility");
        }
    }

    @Test
    @DisplayName("SEC-5 a facility user gets the 403 page for the audit trail")
    void facilityUserGetsForbidden() {
        Map<String, String> facility = data().facility("WZC Geen Audit", 1);
        try (Browser browser = loggedIn(facility)) {

            browser.go("backoffice/audit.xhtml");

            assertEquals("Geen toegang", browser.heading());
        }
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
