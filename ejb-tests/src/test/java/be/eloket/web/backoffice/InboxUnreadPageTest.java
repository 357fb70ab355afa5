package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The "unread" filter of /backoffice/inbox.xhtml (BO-2), in a real browser. */
class InboxUnreadPageTest extends PortalTest {

    private static final By FILTER = By.id("inbox:filter");
    private static final By ROWS = By.cssSelector("[id='inbox:messages_data'] > tr");

    /** "title unread?" of every row, as the case handler sees them (bold, with the badge). */
    private static List<String> rows(Browser browser) {
        browser.waitFor(By.cssSelector("[id='inbox:messages_data']"));
        return browser.driver().findElements(ROWS).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(row -> row.findElement(By.className("message-link")).getText() + " "
                        + (row.getAttribute("class").contains("unread") && row.getText().contains("Ongelezen")))
                .toList();
    }

    @Test
    @DisplayName("BO-2 a case handler filters the unread messages; opening a conversation reads it for the department")
    void unreadUntilOpened() {
        RemoteTestData data = data();
        String name = "WZC Ongelezen " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> facility = data.facility(name, 1);
        data.sent(facility.get("facility"), null, "Eerste vraag");
        data.sent(facility.get("facility"), null, "Tweede vraag");
        Map<String, String> handler = data.caseHandlerOf(facility.get("facility"));

        try (Browser browser = loggedIn(handler)) {
            browser.go("backoffice/inbox.xhtml");
            browser.type(By.id("inbox:filter-facility"), name);
            browser.click(By.id("inbox:filter-unread"));
            browser.click(FILTER);
            assertEquals(List.of("Tweede vraag true", "Eerste vraag true"), rows(browser));

            browser.click(By.linkText("Eerste vraag"));
            assertTrue(browser.heading().startsWith("Gesprek BER-"), browser.heading());
            browser.click(By.id("conversation:back"));

            browser.type(By.id("inbox:filter-facility"), name);
            browser.click(FILTER);
            assertEquals(List.of("Tweede vraag true", "Eerste vraag false"), rows(browser), "read for the department");
            browser.click(By.id("inbox:filter-unread"));
            browser.click(FILTER);
            assertEquals(List.of("Tweede vraag true"), rows(browser));
        }
    }
}
