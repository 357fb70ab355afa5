package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import be.eloket.test.SessionRequests;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /backoffice/helpdesk.xhtml, the helpdesk questions of the administrators (BO-6), in a real browser. */
class BackofficeHelpdeskPageTest extends PortalTest {

    private static final By FILTER = By.id("helpdesk:filter");
    private static final By ROWS = By.cssSelector("[id='helpdesk:questions_data'] > tr");

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** "question status" of every row, as the administrator reads them. */
    private static List<String> questionsAndStatuses(Browser browser) {
        browser.waitFor(By.cssSelector("[id='helpdesk:questions_data']"));
        return browser.driver().findElements(ROWS).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(3).getText() + " " + cells.get(4).getText())
                .toList();
    }

    @Test
    @DisplayName("BO-6 an administrator lists the open helpdesk questions, reads one and marks it answered")
    void listFilterMarkAnswered() {
        RemoteTestData data = data();
        String mark = unique();
        String name = "WZC Helpdesk " + mark;
        Map<String, String> facility = data.facility(name, 1);
        data.helpdeskQuestion(facility.get("facility"), "Ik kan geen bijlage opladen.");
        data.helpdeskQuestion(facility.get("facility"), "Hoe wijzig ik mijn wachtwoord?");
        Map<String, String> admin = data.staff("ADMINISTRATOR");

        try (Browser browser = loggedIn(admin)) {
            browser.click(By.id("helpdesk-link"));
            assertEquals("Vragen aan de technische helpdesk", browser.heading());
            assertEquals("Open", new Select(browser.waitFor(By.id("helpdesk:filter-status"))).getFirstSelectedOption().getText(),
                    "the open questions first");

            browser.type(By.id("helpdesk:filter-facility"), mark);
            browser.click(FILTER);
            assertEquals(List.of("Hoe wijzig ik mijn wachtwoord? Open", "Ik kan geen bijlage opladen. Open"),
                    questionsAndStatuses(browser), "the newest first");

            browser.click(By.id("helpdesk:questions:1:show"));
            assertEquals("Ik kan geen bijlage opladen.", browser.text(By.id("detail-question")));
            assertTrue(browser.text(By.id("detail-facility")).startsWith(name + " (T-"), browser.text(By.id("detail-facility")));
            assertTrue(browser.text(By.id("detail-email")).endsWith("@voorziening.example"));
            assertEquals("Open", browser.text(By.id("detail-status")));

            browser.click(By.id("helpdesk:mark-answered"));

            assertEquals("De vraag is gemarkeerd als beantwoord.", browser.text(By.id("helpdesk:status")));
            assertEquals("Beantwoord", browser.text(By.id("detail-status")));
            assertTrue(browser.text(By.id("detail-answered")).endsWith("– " + admin.get("user")),
                    browser.text(By.id("detail-answered")));
            assertFalse(browser.isPresent(By.id("helpdesk:mark-answered")), "an answered question cannot be marked again");
            assertEquals(List.of("Hoe wijzig ik mijn wachtwoord? Open"), questionsAndStatuses(browser),
                    "no longer among the open questions");

            new Select(browser.waitFor(By.id("helpdesk:filter-status"))).selectByVisibleText("Beantwoord");
            browser.click(FILTER);
            assertEquals(List.of("Ik kan geen bijlage opladen. Beantwoord"), questionsAndStatuses(browser));
            new Select(browser.waitFor(By.id("helpdesk:filter-status"))).selectByVisibleText("Alle");
            browser.click(FILTER);
            assertEquals(2, questionsAndStatuses(browser).size());
        }
    }

    @Test
    @DisplayName("BO-6 SEC-2 a facility user gets 403 for the helpdesk questions and a forged mark-answered POST is refused")
    void facilityUserRefused() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Geen Helpdesk " + unique(), 1);
        data.helpdeskQuestion(facility.get("facility"), "Mag ik dit zien?");
        try (Browser browser = loggedIn(facility)) {

            browser.go("backoffice/helpdesk.xhtml");
            assertEquals("Geen toegang", browser.heading());

            // The form as the page would post it; a facility user never gets its view state.
            HttpResponse<byte[]> forged = new SessionRequests(browser).post(base + "backoffice/helpdesk.xhtml", Map.of(
                    "helpdesk", "helpdesk", "helpdesk:mark-answered", "helpdesk:mark-answered"));
            assertEquals(403, forged.statusCode());
            assertEquals(1, data.helpdeskQuestionCount(facility.get("facility"), "OPEN"), "the question is still open");
        }
    }

    @Test
    @DisplayName("BO-6 a case handler sees no link to the helpdesk questions and gets the 403 page for them")
    void caseHandlerRefused() {
        Map<String, String> staff = data().staff("CASE_HANDLER");
        try (Browser browser = loggedIn(staff)) {
            browser.assertOnPage("backoffice/index.xhtml");
            assertFalse(browser.isPresent(By.id("helpdesk-link")));

            browser.go("backoffice/helpdesk.xhtml");

            assertEquals("Geen toegang", browser.heading());
            assertFalse(browser.isPresent(FILTER));
        }
    }
}
