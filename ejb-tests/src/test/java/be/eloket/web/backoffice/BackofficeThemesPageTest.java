package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /backoffice/themes.xhtml, the administrators' themes, teams and facility themes (BO-4), in a real browser. */
class BackofficeThemesPageTest extends PortalTest {

    private static final By THEME_STATUS = By.id("themes:status");
    private static final By TEAM_STATUS = By.id("teams:status");

    @Test
    @DisplayName("BO-4 an administrator adds a theme and a team, assigns the theme to a facility, and the facility sees a 'Mijn taken' task for it")
    void administratorAddsThemeForFacility() {
        RemoteTestData data = data();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String facilityName = "WZC Nieuw Thema " + unique;
        Map<String, String> facility = data.facility(facilityName, 1);
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        String teamName = "Team Dagopvang " + unique;
        String code = "DAG-" + unique;
        String themeName = "Dagopvang " + unique;

        try (Browser browser = loggedIn(admin)) {
            browser.click(By.linkText("Naar thema's en teams"));
            assertEquals("Thema's, teams en dossierbehandelaars", browser.heading());

            browser.click(By.id("teams:add"));
            browser.type(By.id("teams:rows:0:name"), teamName);
            browser.type(By.id("teams:rows:0:email"), "dagopvang-" + unique + "@zorg.example");
            browser.click(saveLine("teams", 0));
            assertEquals("Team " + teamName + " is bewaard.", browser.text(TEAM_STATUS));

            browser.click(By.id("themes:add"));
            browser.type(By.id("themes:rows:0:nameNl"), themeName);
            browser.type(By.id("themes:rows:0:nameEn"), "Day care " + unique);
            new Select(browser.waitFor(By.id("themes:rows:0:defaultTeamId"))).selectByVisibleText(teamName);
            browser.click(saveLine("themes", 0));
            assertEquals("Rij 1, Code: Vul de code van het thema in.", browser.text(By.id("themes:rows:0:code-message")),
                    "the missing code is marked beside its field, the line stays open");
            assertTrue(browser.text(THEME_STATUS).contains("niet bewaard"));

            browser.type(By.id("themes:rows:0:code"), code);
            browser.click(saveLine("themes", 0));
            assertEquals("Thema " + code + " is bewaard.", browser.text(THEME_STATUS));

            browser.type(By.id("facility-themes:search"), facilityName);
            browser.click(By.id("facility-themes:search-submit"));
            browser.click(By.id("facility-themes:facilities:0:choose"));
            assertTrue(browser.text(By.id("chosen-title")).contains(facilityName));
            browser.waitFor(By.xpath("//label[contains(., '" + code + " – " + themeName + "')]")).click();
            browser.click(By.id("facility-themes:save"));
            assertEquals("De thema's van " + facilityName + " zijn bewaard.", browser.text(By.id("facility-themes:status")));
        }
        try (Browser browser = loggedIn(facility)) {

            String tasks = browser.text(By.id("tasks"));

            assertTrue(tasks.contains("Geef een contactpersoon op voor het thema " + themeName), tasks);
        }
    }

    @Test
    @DisplayName("BO-4 UX-3 a refused line is said once, in its own section; cancelling a new or an edited line leaves the whole table, the new line gone")
    void cancelAndRefusal() {
        RemoteTestData data = data();
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        try (Browser browser = loggedIn(admin)) {
            browser.go("backoffice/themes.xhtml");
            int themes = lines(browser, "themes");
            int teams = lines(browser, "teams");

            browser.click(By.id("teams:add"));
            browser.click(saveLine("teams", 0));
            assertEquals(List.of("Het team is niet bewaard."), statusTexts(browser),
                    "said once, under Teams, not in every section's live region");
            assertEquals("Het team is niet bewaard.", browser.text(TEAM_STATUS), "under Teams, where the line is");

            browser.click(cancelLine("teams", 0));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> lines(browser, "teams") == teams);
            assertTrue(browser.isPresent(By.cssSelector("[id='teams:rows'] thead th")), "the table keeps its header");
            assertEquals(List.of(), statusTexts(browser), "the refusal is no longer shown");

            browser.click(By.cssSelector("[id='themes:rows_data'] > tr:nth-child(1) .ui-row-editor-pencil"));
            browser.click(cancelLine("themes", 0));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> lines(browser, "themes") == themes);
            assertTrue(browser.isPresent(By.cssSelector("[id='themes:rows'] thead th")), "the table keeps its header");
            assertTrue(browser.isPresent(By.id("themes:add")), "the rest of the section is still there");
        }
    }

    @Test
    @DisplayName("UX-6 the themes, teams and case handlers tables in edit mode keep their fields and buttons within the window and their words whole at 390, 768 and 1366 px")
    void editTablesReflow() {
        RemoteTestData data = data();
        // A theme, a team and a case handler of its own, so that each table has a line to edit.
        data.caseHandlerOf(data.facility("WZC Smal " + UUID.randomUUID().toString().substring(0, 8), 1).get("facility"));
        try (Browser browser = loggedIn(data.staff("ADMINISTRATOR"))) {
            try {
                for (int width : new int[] {390, 768, 1366}) {
                    browser.driver().manage().window().setSize(new Dimension(width, 900));
                    browser.go("backoffice/themes.xhtml");
                    for (String form : List.of("themes", "teams", "handlers")) {
                        browser.click(By.cssSelector("[id='" + form + ":rows_data'] > tr:nth-child(1) .ui-row-editor-pencil"));
                        browser.settled();
                        browser.screenshot("themes-" + form + "-" + width);
                        browser.assertFitsTheWindow(form + ":rows", form + " in edit mode at " + width + " px");
                    }
                }
            } finally {
                browser.driver().manage().window().setSize(new Dimension(1280, 1024));
            }
        }
    }

    @Test
    @DisplayName("BO-4 a facility user gets the 403 page for themes and teams, and a forged POST is refused")
    void facilityUserRefused() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Geen Themabeheer", 1);
        String code = "VALS-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = loggedIn(facility)) {

            browser.go("backoffice/themes.xhtml");
            assertEquals("Geen toegang", browser.heading());

            long status = forgedPost(browser, "themes=themes&themes%3Aadd=themes%3Aadd&themes%3Arows%3A0%3Acode=" + code
                    + "&jakarta.faces.ViewState=forged");
            assertEquals(403, status);
        }
        Map<String, String> admin = data.staff("ADMINISTRATOR");
        try (Browser browser = loggedIn(admin)) {
            browser.go("backoffice/themes.xhtml");
            assertFalse(browser.text(By.id("themes:rows")).contains(code), "the forged theme was not stored");
        }
    }

    @Test
    @DisplayName("BO-4 a case handler sees no link to themes and teams and gets the 403 page and a refused POST")
    void caseHandlerRefused() {
        Map<String, String> staff = data().staff("CASE_HANDLER");
        try (Browser browser = loggedIn(staff)) {
            assertFalse(browser.isPresent(By.linkText("Naar thema's en teams")));

            browser.go("backoffice/themes.xhtml");
            assertEquals("Geen toegang", browser.heading());
            assertEquals(403, forgedPost(browser, "themes=themes&themes%3Aadd=themes%3Aadd&jakarta.faces.ViewState=forged"));
        }
    }

    /** The tick that saves line {@code line} of the table "rows" of form {@code form}. */
    private static By saveLine(String form, int line) {
        return By.cssSelector("[id='" + form + ":rows_data'] > tr:nth-child(" + (line + 1) + ") .ui-row-editor-check");
    }

    private static By cancelLine(String form, int line) {
        return By.cssSelector("[id='" + form + ":rows_data'] > tr:nth-child(" + (line + 1) + ") .ui-row-editor-close");
    }

    private static int lines(Browser browser, String form) {
        return browser.driver().findElements(By.cssSelector("[id='" + form + ":rows_data'] > tr")).size();
    }

    /** The status messages shown on the whole page, each section's live region counted. */
    private static List<String> statusTexts(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".status-messages li")).stream().map(WebElement::getText).toList();
    }

    /** A POST to the page from the logged-in session, as a hand-made request would send it: answers the HTTP status. */
    private long forgedPost(Browser browser, String body) {
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin',"
                        + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: arguments[1]})"
                        + ".then(function (r) { done(r.status); }, function () { done(-1); });",
                base + "backoffice/themes.xhtml", body);
        return ((Number) status).longValue();
    }
}
