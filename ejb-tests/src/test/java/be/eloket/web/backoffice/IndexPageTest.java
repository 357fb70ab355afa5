package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** /backoffice/index.xhtml and who may open which side, in a real browser. */
class IndexPageTest extends PortalTest {

    @Test
    @DisplayName("BO-1 a case handler logs in and lands on the backoffice home page")
    void caseHandlerLandsOnBackoffice() {
        Map<String, String> staff = data().staff("CASE_HANDLER");
        try (Browser browser = loggedIn(staff)) {

            browser.assertOnPage("backoffice/index.xhtml");
            assertEquals("Backoffice", browser.heading());
            assertTrue(browser.text(By.tagName("main")).contains("Er zijn geen open gesprekken."));
        }
    }

    @Test
    @DisplayName("SEC-2 a facility user opening a backoffice page gets the 403 page")
    void facilityUserGetsForbidden() {
        Map<String, String> facility = data().facility("WZC Nieuwsgierig", 1);
        try (Browser browser = loggedIn(facility)) {

            browser.go("backoffice/index.xhtml");

            assertEquals("Geen toegang", browser.heading());
        }
    }

    @Test
    @DisplayName("SEC-2 a case handler opening a facility page gets the 403 page")
    void caseHandlerGetsForbiddenOnPortal() {
        Map<String, String> staff = data().staff("ADMINISTRATOR");
        try (Browser browser = loggedIn(staff)) {

            browser.go("facility/organisation.xhtml");

            assertEquals("Geen toegang", browser.heading());
        }
    }

    @Test
    @DisplayName("UX-3 an unknown page answers the Dutch 404 page in the portal's layout")
    void unknownPage() {
        Map<String, String> facility = data().facility("WZC Verdwaald", 1);
        try (Browser browser = loggedIn(facility)) {

            browser.go("facility/bestaat-niet.xhtml");

            assertEquals("Pagina niet gevonden", browser.heading());
            assertTrue(browser.isPresent(By.linkText("Toegankelijkheidsverklaring")));
        }
    }
}
