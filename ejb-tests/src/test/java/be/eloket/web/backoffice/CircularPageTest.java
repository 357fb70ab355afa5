package be.eloket.web.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /backoffice/circular.xhtml and "Aan alle voorzieningen met dit thema" on /backoffice/new-message.xhtml (BO-10). */
class CircularPageTest extends PortalTest {

    private static final String DONE = "Klaar: alle 30 voorzieningen verwerkt.";

    @Test
    @DisplayName("BO-10 MSG-17 a case handler sends a circular with an attachment to the 30 facilities of a theme, follows it to 30 of 30 and opens one conversation; a facility user of the theme reads it and downloads the attachment")
    void circularToATheme() throws Exception {
        RemoteTestData data = data();
        String name = "WZC Rondzend " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> facility = data.facility(name, 1);
        String theme = facility.get("themes");
        List<String> others = List.of(data.themeFacilities(theme, 29, name + " extra").get("facilities").split(","));
        assertEquals(29, others.size());
        Map<String, String> handler = data.caseHandlerOf(facility.get("facility"));
        Path file = Files.writeString(Files.createTempDirectory("eloket-upload").resolve("omzendbrief.txt"),
                "Omzendbrief over de nieuwe regels.", StandardCharsets.UTF_8);

        try (Browser browser = loggedIn(handler)) {
            browser.click(By.id("new-message-link"));
            new Select(browser.waitFor(By.id("new-message:theme"))).selectByIndex(1);
            browser.settled();
            browser.click(By.id("new-message:to-all"));
            browser.type(By.id("new-message:title"), "Nieuwe regels voor de erkenning");
            browser.type(By.id("new-message:text"), "Beste voorziening, lees de omzendbrief in bijlage.");
            browser.driver().findElement(By.cssSelector("[id='new-message:attachments'] input[type=file]")).sendKeys(file.toString());
            browser.settled();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> d.findElements(By.cssSelector("[id='new-message:uploads'] li")).size() == 1);
            browser.click(By.id("new-message:send"));

            assertEquals("Rondzendbericht: Nieuwe regels voor de erkenning", browser.heading());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> DONE.equals(d.findElement(By.id("progress-state")).getText().strip()));
            browser.checked();
            assertEquals("30", browser.text(By.id("count-sent")));
            assertEquals("0", browser.text(By.id("count-refused")));
            assertEquals("0", browser.text(By.id("count-opened")));
            assertEquals("30", browser.waitFor(By.id("bar")).getDomProperty("value"));
            List<WebElement> links = browser.driver().findElements(By.cssSelector("[id='circular:recipients'] a.conversation-link"));
            assertEquals(20, links.size(), "the first page of the facilities, each with its conversation");

            links.get(0).click();
            assertTrue(browser.heading().startsWith("Gesprek BER-"), browser.heading());
            assertTrue(browser.text(By.id("conversation:history")).contains("Beste voorziening, lees de omzendbrief in bijlage."));
            assertTrue(browser.isPresent(By.linkText("omzendbrief.txt")));

            browser.go("backoffice/index.xhtml");
            assertTrue(browser.text(By.id("recent-circulars")).contains("Nieuwe regels voor de erkenning"),
                    browser.text(By.id("recent-circulars")));
            browser.click(By.id("circulars-link"));
            assertEquals("Rondzendberichten", browser.heading());
            String listed = browser.text(By.id("circulars:list"));
            assertTrue(listed.contains("Nieuwe regels voor de erkenning") && listed.contains("30 van 30 voorzieningen verwerkt"),
                    listed);
        }

        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            browser.click(By.linkText("Nieuwe regels voor de erkenning"));
            assertEquals("Nieuwe regels voor de erkenning", browser.text(By.cssSelector(".message-title")));
            WebElement link = browser.waitFor(By.linkText("omzendbrief.txt"));
            String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, download.statusCode());
            assertEquals("Omzendbrief over de nieuwe regels.", download.body());
        }

        try (Browser browser = loggedIn(handler)) {
            browser.go("backoffice/index.xhtml");
            browser.click(By.cssSelector("#recent-circulars a.circular-link"));
            assertEquals("1", browser.text(By.id("count-opened")), "the facility opened it");
            new Select(browser.waitFor(By.id("circular:filter"))).selectByVisibleText("Nog niet geopend");
            browser.settled();
            // 29 facilities: the first page of 20, the opened one not among them.
            List<String> shown = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        List<String> names = d.findElements(By.cssSelector("[id='circular:recipients_data'] > tr > td:first-child"))
                                .stream().map(WebElement::getText).toList();
                        return names.contains(name) ? null : names;
                    });
            assertEquals(20, shown.size(), shown.toString());
            assertTrue(shown.stream().allMatch(shownName -> shownName.startsWith(name + " extra ")), shown.toString());
        }
    }
}
