package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

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
    @DisplayName("UX-6 the panels of the backoffice home and of the facility's Startpagina start on one line in a 1280 px window, and no title in the inbox is cut off in its cell")
    void panelsAlignedAndTitlesWhole() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Uitgelijnd " + java.util.UUID.randomUUID().toString().substring(0, 8), 1);
        data.sent(facility.get("facility"), null, "Actualisatie van uw kwaliteitshandboek en de bijbehorende verslaggeving");
        String tops = "return Array.from(document.querySelectorAll('.home-grid > section'))"
                + ".slice(0, 2).map(section => Math.round(section.getBoundingClientRect().top));";
        try (Browser browser = loggedIn(data.staff("ADMINISTRATOR"))) {
            List<?> backoffice = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(tops);
            assertEquals(2, backoffice.size(), backoffice.toString());
            assertEquals(backoffice.get(0), backoffice.get(1), "the backoffice home's panels start on one line");

            browser.go("backoffice/inbox.xhtml");
            List<?> clipped = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll(\"[id='inbox:messages'] td\"))"
                            + ".filter(cell => cell.scrollWidth > cell.clientWidth + 1).map(cell => cell.textContent.trim());");
            assertEquals(List.of(), clipped, "cells that cut their text off");
        }
        try (Browser browser = loggedIn(facility)) {
            List<?> home = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(tops);
            assertEquals(2, home.size(), home.toString());
            assertEquals(home.get(0), home.get(1), "the Startpagina's panels start on one line");
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
