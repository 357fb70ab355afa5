package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.Deployments;
import be.eloket.test.RemoteTestData;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** /backoffice/index.xhtml and who may open which side, in a real browser. */
@ExtendWith(ArquillianExtension.class)
class IndexPageTest {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("BO-1 a case handler logs in and lands on the backoffice home page")
    void caseHandlerLandsOnBackoffice() {
        Map<String, String> staff = new RemoteTestData(base).staff("CASE_HANDLER");
        try (Browser browser = Browser.loggedIn(base, staff)) {

            browser.assertOnPage("backoffice/index.xhtml");
            assertEquals("Backoffice", browser.heading());
            assertTrue(browser.text(By.tagName("main")).contains("Er zijn geen open gesprekken."));
        }
    }

    @Test
    @DisplayName("SEC-2 a facility user opening a backoffice page gets the 403 page")
    void facilityUserGetsForbidden() {
        Map<String, String> facility = new RemoteTestData(base).facility("WZC Nieuwsgierig", 1);
        try (Browser browser = Browser.loggedIn(base, facility)) {

            browser.go("backoffice/index.xhtml");

            assertEquals("Geen toegang", browser.heading());
        }
    }

    @Test
    @DisplayName("SEC-2 a case handler opening a facility page gets the 403 page")
    void caseHandlerGetsForbiddenOnPortal() {
        Map<String, String> staff = new RemoteTestData(base).staff("ADMINISTRATOR");
        try (Browser browser = Browser.loggedIn(base, staff)) {

            browser.go("facility/organisation.xhtml");

            assertEquals("Geen toegang", browser.heading());
        }
    }

    @Test
    @DisplayName("UX-3 an unknown page answers the Dutch 404 page in the portal's layout")
    void unknownPage() {
        Map<String, String> facility = new RemoteTestData(base).facility("WZC Verdwaald", 1);
        try (Browser browser = Browser.loggedIn(base, facility)) {

            browser.go("facility/bestaat-niet.xhtml");

            assertEquals("Pagina niet gevonden", browser.heading());
            assertTrue(browser.isPresent(By.linkText("Toegankelijkheidsverklaring")));
        }
    }
}
