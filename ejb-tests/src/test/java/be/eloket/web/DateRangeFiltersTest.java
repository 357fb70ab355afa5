package be.eloket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.WebElement;

/**
 * Every date filter (be.eloket.web.NotBeforeFrom): a "tot en met" date before the "vanaf" date is
 * refused beside the field, saying which date to choose, instead of a list that is empty without a
 * word; what was typed stays, and a date on or after the start is taken.
 */
class DateRangeFiltersTest extends PortalTest {

    private static final String REFUSED = "Deze datum (01/03/2026) ligt vóór de begindatum 02/03/2026. Kies een datum op of na 02/03/2026.";

    @Test
    @DisplayName("MSG-4 UX-3 on Mijn berichten a 'tot en met' date before the 'vanaf' date is refused beside it, saying which date to choose")
    void messageLists() {
        Map<String, String> facility = data().facility("WZC Datumbereik " + TestData.unique(), 1);
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            for (String list : new String[] {"received", "sent"}) {
                assertRangeChecked(browser, list + ":from", list + ":to", list + ":to-message", list + ":filter");
            }
        }
    }

    @Test
    @DisplayName("MSG-4 UX-3 on Mijn berichten an unreadable date is refused beside it while the list stays filtered by the other fields")
    void unreadableDateKeepsTheOtherFilters() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Datumfout " + TestData.unique(), 1);
        data.received(facility.get("facility"), 1, "Gezocht bericht");
        data.received(facility.get("facility"), 2, "Ander bericht");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            browser.type(By.id("received:title"), "Gezocht");
            browser.typeOver(By.id("received:from"), "morgen");
            browser.click(By.id("received:filter"));

            assertTrue(browser.text(By.id("received:from-message")).contains("morgen"), browser.text(By.id("received:from-message")));
            List<String> titles = browser.driver().findElements(By.cssSelector("[id='received:list'] .message-link")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Gezocht bericht 1"), titles, "filtered by title, not every message");
            assertEquals("Gezocht", browser.waitFor(By.id("received:title")).getAttribute("value"));
        }
    }

    @Test
    @DisplayName("BO-2 BO-6 SEC-5 UX-3 in the inbox, the outbox and the audit trail a 'tot en met' date before the 'vanaf' date is refused beside it")
    void backofficeFilters() {
        Map<String, String> administrator = data().staff("ADMINISTRATOR");
        try (Browser browser = Browser.open(base)) {
            browser.login(administrator.get("user"), administrator.get("password"));
            for (String page : new String[] {"inbox", "outbox", "audit"}) {
                browser.go("backoffice/" + page + ".xhtml");
                assertRangeChecked(browser, page + ":filter-from_input", page + ":filter-to_input", page + ":filter-to-message",
                        page + ":filter");
            }
        }
    }

    private static void assertRangeChecked(Browser browser, String from, String to, String message, String filter) {
        browser.typeOver(By.id(from), "02/03/2026");
        browser.typeOver(By.id(to), "01/03/2026");
        browser.click(By.id(filter));
        assertEquals(REFUSED, browser.text(By.id(message)), to);
        assertEquals("01/03/2026", browser.waitFor(By.id(to)).getAttribute("value"), "what was typed stays: " + to);

        browser.typeOver(By.id(to), "02/03/2026");
        browser.click(By.id(filter));
        assertEquals("", browser.text(By.id(message)), "the same day is a range of one day: " + to);
    }
}
