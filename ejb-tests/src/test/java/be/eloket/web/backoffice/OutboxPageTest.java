package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.MailCatcher;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /backoffice/outbox.xhtml, the outbox monitor of the administrators, in a real browser. */
class OutboxPageTest extends PortalTest {

    private static final By FILTER = By.id("outbox:filter");
    private static final By RECIPIENT = By.id("outbox:filter-recipient");
    private static final By ROWS = By.cssSelector("[id='outbox:mails_data'] > tr");
    private static final By STATUS = By.id("outbox:status");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @DisplayName("BO-6 the outbox monitor lists, filters and retries a failed mail")
    void listFilterRetry() {
        RemoteTestData data = data();
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        String mark = unique();
        String refused = "kapot-" + mark + "@" + MailCatcher.REFUSING_DOMAIN;
        String waiting = "wacht-" + mark + "@voorziening.example";
        data.mail(refused, "failed");
        data.mail(waiting, "queued");
        try (Browser browser = loggedIn(admin)) {
            browser.click(By.linkText("Naar de uitgaande mails"));
            assertEquals("Uitgaande mails", browser.heading());

            browser.type(RECIPIENT, mark);
            browser.click(FILTER);
            assertEquals(List.of(waiting + " In wachtrij", refused + " Mislukt"), recipientsAndStatuses(browser),
                    "both mails, the newest first");

            new Select(browser.waitFor(By.id("outbox:filter-status"))).selectByVisibleText("Mislukt");
            browser.click(FILTER);
            assertEquals(List.of(refused + " Mislukt"), recipientsAndStatuses(browser));
            assertEquals("1", cell(browser, 0, 4), "one attempt");

            browser.click(By.id("outbox:mails:0:show"));
            assertEquals(refused, browser.text(By.id("detail-recipient")));
            assertEquals("Mislukt", browser.text(By.id("detail-status")));
            assertTrue(browser.text(By.id("detail-last-error")).contains("550"), browser.text(By.id("detail-last-error")));
            assertTrue(browser.text(By.id("detail-message-id")).matches("<[0-9a-f-]+@e-loket\\.zorg>"),
                    browser.text(By.id("detail-message-id")));
            List<WebElement> attempts = browser.driver().findElements(By.cssSelector("[id='outbox:attempts_data'] > tr"));
            assertEquals(1, attempts.size());
            assertTrue(attempts.get(0).getText().startsWith("1 "), attempts.get(0).getText());
            assertTrue(attempts.get(0).getText().contains("Mislukt"), attempts.get(0).getText());
            assertTrue(attempts.get(0).getText().contains("550"), attempts.get(0).getText());

            browser.click(By.id("outbox:retry"));

            assertEquals("De mail aan " + refused + " staat opnieuw in de wachtrij.", browser.text(STATUS));
            assertEquals("In wachtrij", browser.text(By.id("detail-status")));
            assertFalse(browser.isPresent(By.id("outbox:retry")), "a queued mail cannot be retried");
            assertTrue(browser.isPresent(By.id("outbox:cancel")), "a queued mail can be cancelled");
            assertEquals(List.of(), recipientsAndStatuses(browser), "no longer among the failed mails");
            new Select(browser.waitFor(By.id("outbox:filter-status"))).selectByVisibleText("Alle");
            browser.click(FILTER);
            assertEquals(List.of(waiting + " In wachtrij", refused + " In wachtrij"), recipientsAndStatuses(browser));
        }
    }

    @Test
    @DisplayName("BO-6 an administrator cancels a queued mail: it shows as Geannuleerd and can be tried again")
    void cancelQueuedMail() {
        RemoteTestData data = data();
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        String to = "annuleer-" + unique() + "@voorziening.example";
        data.mail(to, "queued");
        try (Browser browser = loggedIn(admin)) {
            browser.go("backoffice/outbox.xhtml");
            browser.type(RECIPIENT, to);
            browser.click(FILTER);
            browser.click(By.id("outbox:mails:0:show"));
            assertEquals("In wachtrij", browser.text(By.id("detail-status")));
            assertEquals("Er is nog geen poging gedaan om deze mail te versturen.",
                    browser.text(By.cssSelector("[id='outbox:attempts_data']")));

            browser.click(By.id("outbox:cancel"));

            assertEquals("De mail aan " + to + " is geannuleerd en wordt niet verstuurd.", browser.text(STATUS));
            assertEquals("Geannuleerd", browser.text(By.id("detail-status")));
            assertEquals(List.of(to + " Geannuleerd"), recipientsAndStatuses(browser));
            assertFalse(browser.isPresent(By.id("outbox:cancel")));
            assertTrue(browser.isPresent(By.id("outbox:retry")));
        }
    }

    @Test
    @DisplayName("BO-6 MAIL-2 the counts per status follow the outbox and Nu versturen starts the job, which sends the queued mails")
    void countsAndSendNow() {
        RemoteTestData data = data();
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        String to = "nu-" + unique() + "@voorziening.example";
        try (Browser browser = loggedIn(admin)) {
            browser.go("backoffice/outbox.xhtml");
            long queued = count(browser, "QUEUED");
            long sent = count(browser, "SENT");
            assertEquals("In wachtrij", browser.text(By.cssSelector("#count-QUEUED .status-count-label")));

            data.mail(to, "queued");
            browser.type(RECIPIENT, to);
            browser.click(FILTER);
            assertEquals(queued + 1, count(browser, "QUEUED"), "the new mail is counted");
            assertEquals(List.of(to + " In wachtrij"), recipientsAndStatuses(browser));

            browser.click(By.id("outbox:send-now"));
            assertTrue(browser.text(STATUS).startsWith("Het versturen is gestart."), browser.text(STATUS));

            // The job runs on its own: the administrator refreshes the list until the mail has gone out.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(driver -> {
                browser.press(FILTER);
                return recipientsAndStatuses(browser).equals(List.of(to + " Verzonden"));
            });
            browser.checked();
            assertFalse(cell(browser, 0, 5).isBlank(), "the time it was sent");
            assertTrue(count(browser, "SENT") >= sent + 1, "the sent mail is counted");
        }
    }

    @Test
    @DisplayName("BO-6 the list shows 20 mails a page and filters on kind and creation date; a new filter starts at page 1")
    void pagingAndFilters() {
        RemoteTestData data = data();
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        String to = "veel-" + unique() + "@voorziening.example";
        data.mails(to, "queued", 21);
        String today = LocalDate.now(ZoneId.of("Europe/Brussels")).format(DAY);
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(1).format(DAY);
        try (Browser browser = loggedIn(admin)) {
            browser.go("backoffice/outbox.xhtml");
            browser.type(RECIPIENT, to);
            browser.click(FILTER);
            assertEquals(20, browser.driver().findElements(ROWS).size());
            assertTrue(cell(browser, 0, 0).startsWith(today), cell(browser, 0, 0));

            browser.click(By.cssSelector("[id='outbox:mails'] .ui-paginator-next"));
            assertEquals(1, browser.driver().findElements(ROWS).size(), "the 21st mail on page 2");

            typeDate(browser, "from", today);
            typeDate(browser, "to", today);
            browser.click(FILTER);
            assertEquals(20, browser.driver().findElements(ROWS).size(), "back on page 1");

            typeDate(browser, "from", tomorrow);
            typeDate(browser, "to", tomorrow);
            browser.click(FILTER);
            assertEquals("Er zijn geen mails die aan de filters voldoen.",
                    browser.text(By.cssSelector("[id='outbox:mails_data']")));

            typeDate(browser, "from", today);
            typeDate(browser, "to", today);
            new Select(browser.waitFor(By.id("outbox:filter-kind"))).selectByVisibleText("Melding nieuw bericht");
            browser.click(FILTER);
            assertEquals("Er zijn geen mails die aan de filters voldoen.",
                    browser.text(By.cssSelector("[id='outbox:mails_data']")));

            new Select(browser.waitFor(By.id("outbox:filter-kind"))).selectByVisibleText("Contactpersoon verwijderd");
            browser.click(FILTER);
            assertEquals(20, browser.driver().findElements(ROWS).size());
            assertEquals("Contactpersoon verwijderd", cell(browser, 0, 2));

            typeDate(browser, "from", "morgen");
            browser.click(FILTER);
            assertTrue(browser.text(By.id("outbox:filter-from-message"))
                            .startsWith("'morgen' is geen geldige datum. Schrijf de datum als dd/mm/jjjj, bijvoorbeeld "),
                    "UX-3 the message stands beside the date field: " + browser.text(By.id("outbox:filter-from-message")));
            assertEquals("morgen", browser.waitFor(By.id("outbox:filter-from_input")).getAttribute("value"), "what was typed stays");
        }
    }

    @Test
    @DisplayName("UX-1 the outbox monitor speaks English when the administrator switches to English")
    void english() {
        RemoteTestData data = data();
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        String to = "engels-" + unique() + "@" + MailCatcher.REFUSING_DOMAIN;
        data.mail(to, "failed");
        try (Browser browser = loggedIn(admin)) {
            browser.go("backoffice/outbox.xhtml");
            browser.click(By.id("header:lang-en"));
            assertEquals("Outgoing mails", browser.heading());

            browser.type(RECIPIENT, to);
            browser.click(FILTER);
            assertEquals(List.of(to + " Failed"), recipientsAndStatuses(browser));
            assertEquals("Contact person removed", cell(browser, 0, 2));
            browser.click(By.id("outbox:mails:0:show"));
            assertTrue(browser.isPresent(By.xpath("//button[@id='outbox:retry' and normalize-space()='Try again']")));
        }
    }

    @Test
    @DisplayName("BO-6 a facility user gets the 403 page for the outbox monitor")
    void facilityUserGetsForbidden() {
        Map<String, String> facility = data().facility("WZC Postvak", 1);
        try (Browser browser = loggedIn(facility)) {

            browser.go("backoffice/outbox.xhtml");

            assertEquals("Geen toegang", browser.heading());
        }
    }

    @Test
    @DisplayName("BO-6 a case handler sees no link to the outbox monitor and gets the 403 page for it")
    void caseHandlerGetsForbidden() {
        Map<String, String> staff = data().staff("CASE_HANDLER");
        try (Browser browser = loggedIn(staff)) {
            browser.assertOnPage("backoffice/index.xhtml");
            assertFalse(browser.isPresent(By.linkText("Naar de uitgaande mails")));

            browser.go("backoffice/outbox.xhtml");

            assertEquals("Geen toegang", browser.heading());
            assertFalse(browser.isPresent(FILTER));
        }
    }

    private static void typeDate(Browser browser, String field, String day) {
        browser.typeOver(By.id("outbox:filter-" + field + "_input"), day);
    }

    /** "recipient status" of every row on the page, as the administrator reads them. */
    private static List<String> recipientsAndStatuses(Browser browser) {
        browser.waitFor(By.cssSelector("[id='outbox:mails_data']"));
        return browser.driver().findElements(ROWS).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(1).getText() + " " + cells.get(3).getText())
                .toList();
    }

    private static String cell(Browser browser, int row, int column) {
        return browser.driver().findElements(ROWS).get(row).findElements(By.tagName("td")).get(column).getText();
    }

    private static long count(Browser browser, String status) {
        return Long.parseLong(browser.text(By.cssSelector("#count-" + status + " .status-count-value")));
    }
}
