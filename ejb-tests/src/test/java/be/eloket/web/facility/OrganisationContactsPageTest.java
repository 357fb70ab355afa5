package be.eloket.web.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import be.eloket.test.TestData;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The "Contactpersonengegevens" tab of /facility/organisation.xhtml and the confirmation page, in a real browser. */
class OrganisationContactsPageTest extends PortalTest {

    private static final String TABLE = "tabs:contacts:rows:";

    private static String cell(int line, String field) {
        return TABLE + line + ":" + field;
    }

    private static void fillLine(Browser browser, int line, String lastName, String email) {
        browser.type(By.id(cell(line, "lastName")), lastName);
        browser.type(By.id(cell(line, "firstName")), "Els");
        browser.type(By.id(cell(line, "email")), email);
        browser.type(By.id(cell(line, "phone")), "+32 2 553 35 00");
        browser.press(By.cssSelector("[id='" + cell(line, "themeIds") + "'] input[type=checkbox]"));
    }

    /** Waits until keyboard focus is on the element {@code id}: the focus script runs right after the ajax answer. */
    private static void assertFocusOn(Browser browser, String id, String what) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(id, browser.driver().switchTo().activeElement().getAttribute("id"), what);
        }
    }

    private static String confirmationLink(String mails) {
        Matcher link = Pattern.compile("(http://\\S+/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(mails);
        assertTrue(link.find(), "a confirmation link in:\n" + mails);
        return link.group(1);
    }

    @Test
    @DisplayName("CP-1 CP-2 CP-3 CP-4 CP-5 CP-6 CP-7 CP-8 CP-9 UX-3 UX-5 the whole story: add two lines (focus in each new line), duplicate refused (focus on the refused field, tied to its message), fix (the message goes at once) and save, confirm by mail link, the task goes; change the address, remove")
    void contactLifecycle() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC De Contacten", 1);
        String first = "els-" + TestData.unique() + "@contacten.example";
        String second = "bart-" + TestData.unique() + "@contacten.example";
        try (Browser browser = loggedIn(facility)) {
            assertEquals(1, browser.driver().findElements(By.cssSelector("#tasks li")).size(), "CP-9 a task for the theme");
            browser.click(By.cssSelector("#tasks li a"));
            assertEquals("Contactpersonengegevens", browser.text(By.cssSelector("#tabs .ui-tabs-selected")));

            browser.click(By.id("tabs:contacts:edit"));
            browser.click(By.id("tabs:contacts:add"));
            assertFocusOn(browser, cell(0, "lastName"), "UX-5 a new line: focus in its first field");
            browser.click(By.id("tabs:contacts:add"));
            assertFocusOn(browser, cell(1, "lastName"), "UX-5 the second new line: focus in its first field");
            fillLine(browser, 0, "Peeters", first);
            fillLine(browser, 1, "Claes", first.toUpperCase());
            browser.click(By.id("tabs:contacts:save"));

            assertTrue(browser.text(By.id(cell(0, "email-message"))).contains("Rij 1, E-mailadres: dit e-mailadres komt meer dan eens voor (rijen 1, 2)"));
            assertFocusOn(browser, cell(0, "email"), "UX-5 a refusal: focus on the first refused field");
            WebElement refused = browser.driver().findElement(By.id(cell(0, "email")));
            assertEquals("true", refused.getAttribute("aria-invalid"));
            assertEquals(cell(0, "email-message"), refused.getAttribute("aria-describedby"), "UX-5 the field names its message");
            assertTrue(browser.text(By.id(cell(1, "email-message"))).contains("Rij 2, E-mailadres"));
            assertTrue(browser.text(By.id("tabs:contacts:status")).contains("niet bewaard"));
            assertEquals("Claes", browser.waitFor(By.id(cell(1, "lastName"))).getAttribute("value"), "typed lines stay");

            browser.type(By.id(cell(1, "email")), second);
            assertEquals("", browser.driver().findElement(By.id(cell(1, "email-message"))).getText(),
                    "UX-3 a corrected field drops its old message at once");
            assertNull(browser.driver().findElement(By.id(cell(1, "email"))).getAttribute("aria-invalid"));
            browser.click(By.id("tabs:contacts:save"));
            assertTrue(browser.text(By.id("tabs:contacts:status")).contains("bewaard"));
            assertEquals("Nee", browser.text(By.id(cell(0, "confirmed"))));
            assertEquals("Nee", browser.text(By.id(cell(1, "confirmed"))));
            browser.go("facility/index.xhtml");
            assertEquals(1, browser.driver().findElements(By.cssSelector("#tasks li")).size(), "still a task until confirmed");

            data.sendMails();
            String link = confirmationLink(data.mailsTo(first));
            browser.driver().get(link);
            browser.checked();
            assertTrue(browser.text(By.id("outcome")).contains("Bevestig dat u, Els Peeters, contactpersoon bent voor WZC De Contacten"),
                    "the person's name between commas: " + browser.text(By.id("outcome")));
            browser.click(By.id("confirm:confirm-button"));
            assertTrue(browser.text(By.id("outcome")).contains("De bevestiging is in orde."));

            browser.go("facility/index.xhtml");
            assertEquals(0, browser.driver().findElements(By.cssSelector("#tasks li")).size(), "CP-9 the task is gone");
            browser.go("facility/organisation.xhtml?tab=contacts");
            assertEquals("Ja", browser.text(By.id(cell(0, "confirmed"))));
            assertTrue(browser.text(By.id("overview")).contains("Els Peeters"), "CP-5 in the theme overview");

            String changed = "els.nieuw-" + TestData.unique() + "@contacten.example";
            browser.click(By.id("tabs:contacts:edit"));
            browser.type(By.id(cell(0, "email")), changed);
            browser.click(By.id("tabs:contacts:save"));
            assertEquals("Nee", browser.text(By.id(cell(0, "confirmed"))), "CP-7 a new address is not confirmed");
            data.sendMails();
            assertTrue(data.mailsTo(changed).contains("Bevestig"), "CP-7 confirmation to the new address");
            assertTrue(data.mailsTo(first).contains("gewijzigd naar " + changed), "CP-7 notice to the old address");

            browser.click(By.id("tabs:contacts:edit"));
            browser.click(By.id(cell(1, "remove")));
            browser.click(By.id("tabs:contacts:save"));
            assertFalse(browser.text(By.id("tabs:contacts:rows")).contains(second));
            data.sendMails();
            assertTrue(data.mailsTo(second).contains("U bent geen contactpersoon meer"), "CP-8 removal notice");
        }
    }

    @Test
    @DisplayName("UX-6 the contacts table in edit mode keeps its words whole and every field and button within the window at 390, 768 and 1366 px")
    void editTableReflows() {
        Map<String, String> facility = data().facility("WZC Smal Scherm", 2);
        try (Browser browser = loggedIn(facility)) {
            try {
                for (int width : new int[] {390, 768, 1366}) {
                    browser.driver().manage().window().setSize(new Dimension(width, 900));
                    browser.go("facility/organisation.xhtml?tab=contacts");
                    browser.click(By.id("tabs:contacts:edit"));
                    browser.click(By.id("tabs:contacts:add"));
                    fillLine(browser, 0, "Vandenbroucke", "els-" + TestData.unique() + "@smal-scherm.example");
                    browser.click(By.id("tabs:contacts:add"));
                    browser.screenshot("contacts-edit-" + width);

                    browser.assertFitsTheWindow("tabs:contacts", width + " px");
                }
            } finally {
                browser.driver().manage().window().setSize(new Dimension(1280, 1024));
            }
        }
    }

    @Test
    @DisplayName("CP-6 an unknown confirmation link shows a clear page and confirms nothing")
    void unknownLink() {
        try (Browser browser = Browser.open(base)) {
            browser.go("confirm.xhtml?token=dit-is-geen-geldige-link");

            assertTrue(browser.text(By.id("outcome")).contains("Deze bevestigingslink is niet geldig"));
            assertFalse(browser.isPresent(By.id("confirm:confirm-button")));
        }
    }

    @Test
    @DisplayName("SEC-2 a user of another facility never sees these contact persons")
    void otherFacilitySeesNothing() {
        RemoteTestData data = data();
        Map<String, String> own = data.facility("WZC Eigen Contacten", 1);
        Map<String, String> other = data.facility("WZC Andere Contacten", 1);
        String email = "geheim-" + TestData.unique() + "@contacten.example";
        try (Browser browser = loggedIn(own)) {
            browser.go("facility/organisation.xhtml?tab=contacts");
            browser.click(By.id("tabs:contacts:edit"));
            browser.click(By.id("tabs:contacts:add"));
            fillLine(browser, 0, "Geheim", email);
            browser.click(By.id("tabs:contacts:save"));
            assertTrue(browser.text(By.id("tabs:contacts:rows")).contains(email));
        }
        try (Browser browser = loggedIn(other)) {
            browser.go("facility/organisation.xhtml?tab=contacts");

            assertFalse(browser.text(By.id("tabs:contacts")).contains(email));
            assertTrue(browser.text(By.id("tabs:contacts:rows")).contains("Er zijn nog geen contactpersonen"));
        }
    }
}
