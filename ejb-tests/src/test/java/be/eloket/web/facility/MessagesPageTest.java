package be.eloket.web.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.FacesForms;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import be.eloket.test.SessionRequests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/** /facility/messages.xhtml, /facility/message.xhtml and the home page's messages, in a real browser. */
class MessagesPageTest extends PortalTest {

    private static List<String> titles(Browser browser, String form) {
        return browser.driver().findElements(By.cssSelector("[id='" + form + ":list'] .message-link")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    @DisplayName("MSG-1 MSG-18 the home page lists the newest received messages, marks and counts the unread ones")
    void homePage() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Start", 1);
        data.received(facility.get("facility"), 3, "Nieuws");
        try (Browser browser = loggedIn(facility)) {

            assertEquals("U heeft 3 ongelezen berichten.", browser.text(By.id("unread")));
            List<String> latest = browser.driver().findElements(By.cssSelector("#latest li a")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("Nieuws 3", "Nieuws 2", "Nieuws 1"), latest);
            browser.click(By.linkText("Nieuws 2"));
            assertEquals("Detail ontvangen bericht", browser.heading());
            browser.go("facility/index.xhtml");
            assertEquals("U heeft 2 ongelezen berichten.", browser.text(By.id("unread")));
            browser.click(By.linkText("Ga naar alle berichten"));
            assertEquals("Mijn berichten", browser.heading());
        }
    }

    @Test
    @DisplayName("MSG-2 a colleague of the same facility sees the facility's messages too, not only those addressed to someone")
    void colleagueSeesTheSameMessages() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Collega", 1);
        data.received(facility.get("facility"), 2, "Voor iedereen");
        try (Browser browser = Browser.open(base)) {
            browser.login(facility.get("colleague"), facility.get("password"));
            browser.go("facility/messages.xhtml");

            assertEquals(List.of("Voor iedereen 2", "Voor iedereen 1"), titles(browser, "received"));
        }
    }

    @Test
    @DisplayName("MSG-3 twelve received messages page five at a time, newest first, with Volgende and Vorige")
    void paging() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Pagina", 1);
        data.received(facility.get("facility"), 12, "Bericht");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");

            assertEquals(List.of("Bericht 12", "Bericht 11", "Bericht 10", "Bericht 9", "Bericht 8"), titles(browser, "received"));
            browser.click(By.cssSelector("[id='received:list'] .ui-paginator-next"));
            assertEquals(List.of("Bericht 7", "Bericht 6", "Bericht 5", "Bericht 4", "Bericht 3"), titles(browser, "received"));
            browser.click(By.cssSelector("[id='received:list'] .ui-paginator-next"));
            assertEquals(List.of("Bericht 2", "Bericht 1"), titles(browser, "received"));
            browser.click(By.cssSelector("[id='received:list'] .ui-paginator-prev"));
            assertEquals("Bericht 7", titles(browser, "received").get(0));
        }
    }

    @Test
    @DisplayName("MSG-4 MSG-5 UX-2 a filter on a reference (any case) shows that conversation only, the keyboard focus stays on Filter; filters combine")
    void filters() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Filter", 1);
        data.received(facility.get("facility"), 4, "Onderwerp");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            String reference = browser.driver().findElements(By.cssSelector("[id='received:list'] tbody tr")).get(1)
                    .findElements(By.tagName("td")).get(3).getText();

            browser.type(By.id("received:reference"), reference.toLowerCase());
            browser.click(By.id("received:filter"));
            assertEquals(List.of("Onderwerp 3"), titles(browser, "received"));
            assertEquals("received:filter", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "Filter redraws the list, not the button a keyboard user is on");

            browser.click(By.id("received:clear"));
            browser.type(By.id("received:title"), "ONDERWERP");
            browser.type(By.id("received:counterpart"), "niemand");
            browser.click(By.id("received:filter"));
            assertEquals(List.of(), titles(browser, "received"));
            assertTrue(browser.text(By.id("received:list")).contains("Er zijn geen berichten die aan deze filters voldoen."));
        }
    }

    @Test
    @DisplayName("MSG-4 UX-3 a filter applied on page 3 shows the first page of what it finds; a date that is no date is refused beside the field; Filters wissen empties the filters and shows the first page")
    void filterAfterPagingAndBadDate() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Filter Pagina", 1);
        data.received(facility.get("facility"), 12, "Bericht");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            browser.click(By.cssSelector("[id='received:list'] .ui-paginator-next"));
            browser.click(By.cssSelector("[id='received:list'] .ui-paginator-next"));
            assertEquals(List.of("Bericht 2", "Bericht 1"), titles(browser, "received"));

            browser.type(By.id("received:title"), "bericht");
            browser.click(By.id("received:filter"));
            assertEquals(List.of("Bericht 12", "Bericht 11", "Bericht 10", "Bericht 9", "Bericht 8"), titles(browser, "received"));

            browser.typeOver(By.id("received:from"), "morgen");
            browser.click(By.id("received:filter"));
            String message = browser.text(By.id("received:from-message"));
            assertTrue(message.startsWith("'morgen' is geen geldige datum. Schrijf de datum als dd/mm/jjjj, bijvoorbeeld "), message);
            assertEquals("morgen", browser.waitFor(By.id("received:from")).getAttribute("value"), "what was typed stays");
            assertEquals(5, titles(browser, "received").size(), "the list stays as it was");

            browser.click(By.id("received:clear"));
            assertEquals("", browser.waitFor(By.id("received:from")).getAttribute("value"));
            assertEquals("", browser.waitFor(By.id("received:title")).getAttribute("value"));
            browser.click(By.cssSelector("[id='received:list'] .ui-paginator-next"));
            assertEquals(List.of("Bericht 7", "Bericht 6", "Bericht 5", "Bericht 4", "Bericht 3"), titles(browser, "received"));
            browser.click(By.id("received:clear"));
            assertEquals(List.of("Bericht 12", "Bericht 11", "Bericht 10", "Bericht 9", "Bericht 8"), titles(browser, "received"),
                    "Filters wissen shows the first page again");
        }
    }

    @Test
    @DisplayName("OPS-3 a page stays usable while four others are opened in another tab; after five more its filter answers the expired page")
    void fiveRecentPagesKept() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Tabbladen", 1);
        String theme = facility.get("themes").split(",")[0];
        data.sent(facility.get("facility"), theme, "Bericht 1");
        data.sent(facility.get("facility"), theme, "Bericht 2");
        try (Browser browser = loggedIn(facility)) {
            // A theme page keeps its view (and its view-scoped list) in the session.
            browser.go("facility/theme.xhtml?id=" + theme);
            String list = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            String other = browser.driver().getWindowHandle();
            openPages(browser, 4);
            browser.driver().switchTo().window(list);
            browser.type(By.id("messages:title"), "Bericht 1");
            browser.click(By.id("messages:filter"));
            assertEquals(List.of("Bericht 1"), titles(browser, "messages"), "four pages later the list still filters");

            browser.driver().switchTo().window(other);
            openPages(browser, 5);
            browser.driver().switchTo().window(list);
            browser.type(By.id("messages:title"), "Bericht 2");
            browser.click(By.id("messages:filter"));
            assertEquals("Pagina verlopen", browser.heading(), "only the five most recent pages are kept in the session");
        }
    }

    @Test
    @DisplayName("MSG-3 MSG-4 P4 Mijn berichten keeps nothing in the session: opening it adds no page to the session; after ten other pages it still filters and pages through the filtered list")
    void messagesPageNeverExpires() {
        Map<String, String> facility = sevenBerichtAndThreeAnder(data(), "WZC Staatloos");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            String list = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            openPages(browser, 10);
            String before = browser.sessionSizes();
            for (int i = 0; i < 5; i++) {
                browser.driver().get(base + "facility/messages.xhtml");
                browser.settled();
            }
            // A page JSF kept would take the place of one of the five kept pages, and weigh otherwise.
            assertEquals(before, browser.sessionSizes(), "the session's attributes and kept pages, by size");

            browser.driver().switchTo().window(list);
            browser.type(By.id("received:title"), "Bericht");
            browser.click(By.id("received:filter"));
            assertEquals(BERICHT_FIRST_PAGE, titles(browser, "received"), "ten pages later the list still filters");
            browser.click(RECEIVED_NEXT);
            assertEquals(BERICHT_NEXT_PAGE, titles(browser, "received"), "the next page is of the filtered list");
        }
    }

    @Test
    @DisplayName("MSG-3 MSG-4 a filter and Volgende on Mijn berichten read the list once, as the request leaves it: one page and one count, nothing of the list as it was")
    void filterAndNextReadTheListOnce() {
        RemoteTestData data = data();
        Map<String, String> facility = sevenBerichtAndThreeAnder(data, "WZC Eenmaal");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            browser.type(By.id("received:title"), "Bericht");

            data.countStatements();
            browser.click(By.id("received:filter"));
            assertEquals(BERICHT_FIRST_PAGE, titles(browser, "received"));
            assertListReadOnceFiltered(data.countedStatements(), "the filter");

            data.countStatements();
            browser.click(RECEIVED_NEXT);
            assertEquals(BERICHT_NEXT_PAGE, titles(browser, "received"));
            assertListReadOnceFiltered(data.countedStatements(), "Volgende");
        }
    }

    // The received list of sevenBerichtAndThreeAnder filtered on "Bericht": its two pages.
    private static final List<String> BERICHT_FIRST_PAGE = List.of("Bericht 7", "Bericht 6", "Bericht 5", "Bericht 4", "Bericht 3");
    private static final List<String> BERICHT_NEXT_PAGE = List.of("Bericht 2", "Bericht 1");
    private static final By RECEIVED_NEXT = By.cssSelector("[id='received:list'] .ui-paginator-next");

    /** A new facility that received seven messages "Bericht 1…7" and then three "Ander 1…3". */
    private static Map<String, String> sevenBerichtAndThreeAnder(RemoteTestData data, String name) {
        Map<String, String> facility = data.facility(name, 1);
        data.received(facility.get("facility"), 7, "Bericht");
        data.received(facility.get("facility"), 3, "Ander");
        return facility;
    }

    /** The statements on the messages that a request sent: one page and one count, both of the filtered list. */
    private static void assertListReadOnceFiltered(Map<String, Long> counted, String request) {
        Map<String, Long> listReads = counted.entrySet().stream()
                .filter(statement -> statement.getKey().toLowerCase(Locale.ROOT).contains("from message"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(2, listReads.values().stream().mapToLong(Long::longValue).sum(), request + " read the list: " + listReads);
        assertTrue(listReads.keySet().stream().allMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("lower(")),
                request + " read the list without its filter: " + listReads);
        assertTrue(listReads.keySet().stream().anyMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("count(")),
                request + " counted the list: " + listReads);
    }

    @Test
    @DisplayName("SEC-2 SEC-3 a post to Mijn berichten (a page without view state) without the person's form token answers the expired page (400, not 500) and changes nothing; with it the same post is taken")
    void statelessPostNeedsFormToken() {
        Map<String, String> facility = data().facility("WZC Formtoken", 1);
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");
            String token = browser.driver().findElement(By.cssSelector("[id='header'] input[name='eloket-form-token']"))
                    .getAttribute("value");
            String nonce = browser.driver().findElement(By.cssSelector("[id='header'] input[name='primefaces.nonce']"))
                    .getAttribute("value");
            SessionRequests requests = new SessionRequests(browser);
            Map<String, String> toEnglish = new HashMap<>(Map.of("header", "header", "header:lang-en", "header:lang-en",
                    "jakarta.faces.ViewState", "stateless", "primefaces.nonce", nonce));

            HttpResponse<byte[]> forgedAnswer = requests.post(base + "facility/messages.xhtml", toEnglish);
            String forged = new String(forgedAnswer.body(), StandardCharsets.UTF_8);
            assertTrue(forged.contains("Pagina verlopen"), forged);
            assertEquals(400, forgedAnswer.statusCode(), "SEC-2 the request is at fault, not the server: no 500");
            String forgedFilter = new String(requests.ajaxPost(base + "facility/messages.xhtml",
                    FacesForms.receivedFilter("x", "stateless", "not-the-token", nonce)).body(), StandardCharsets.UTF_8);
            assertTrue(forgedFilter.contains("Pagina verlopen"), forgedFilter);
            browser.go("facility/messages.xhtml");
            assertEquals("Mijn berichten", browser.heading(), "the language stays Dutch");

            toEnglish.put("eloket-form-token", token);
            String taken = new String(requests.post(base + "facility/messages.xhtml", toEnglish).body(), StandardCharsets.UTF_8);
            assertTrue(taken.contains("My messages"), taken);
        }
    }

    /** Opens {@code count} pages in the current tab, each a new view the session keeps. */
    private void openPages(Browser browser, int count) {
        for (int i = 0; i < count; i++) {
            browser.driver().get(base + (i % 2 == 0 ? "facility/index.xhtml" : "facility/organisation.xhtml"));
            browser.settled();
        }
    }

    @Test
    @DisplayName("MSG-5 MSG-6 a reference typed in both lists' filters shows the whole conversation; a history entry unfolds in place")
    void wholeConversation() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Gesprek", 1);
        data.received(facility.get("facility"), 2, "Ander onderwerp");
        Map<String, String> thread = data.thread(facility.get("facility"), "Bezoek inspectie");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/messages.xhtml");

            browser.type(By.id("received:reference"), thread.get("reference"));
            browser.click(By.id("received:filter"));
            browser.type(By.id("sent:reference"), thread.get("reference"));
            browser.click(By.id("sent:filter"));

            assertEquals(List.of("Re: Bezoek inspectie", "Bezoek inspectie"), titles(browser, "received"));
            assertEquals(List.of("Re: Bezoek inspectie"), titles(browser, "sent"));

            browser.go("facility/message.xhtml?id=" + thread.get("first"));
            List<WebElement> history = browser.driver().findElements(By.cssSelector(".history-entry"));
            assertEquals(2, history.size());
            WebElement entry = history.get(1);
            assertFalse(entry.findElement(By.cssSelector(".message-body")).isDisplayed(), "folded at first");
            entry.findElement(By.tagName("summary")).click();
            assertTrue(entry.findElement(By.cssSelector(".message-body")).isDisplayed());
            assertEquals("Antwoord van de voorziening", entry.findElement(By.cssSelector(".message-body")).getText());
            browser.checked();
        }
    }

    @Test
    @DisplayName("MSG-6 MSG-17 SEC-7 a received message shows its fields, text and attachment; the attachment downloads as a file, sandboxed, text with its charset")
    void detailAndAttachment() throws Exception {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Detail", 1);
        String id = data.received(facility.get("facility"), 1, "Met bijlage").get("messages");
        try (Browser browser = loggedIn(facility)) {
            browser.go("facility/message.xhtml?id=" + id);

            assertEquals("Met bijlage 1", browser.text(By.cssSelector(".message-title")));
            assertEquals("Tekst van Met bijlage 1", browser.text(By.cssSelector(".message-body")));
            WebElement link = browser.waitFor(By.linkText("verslag.txt"));
            String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, download.statusCode());
            assertEquals("Verslag van het bezoek", download.body());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(download.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox"),
                    "a browser that shows it anyway runs nothing of it in the portal's origin");
            assertEquals("text/plain;charset=UTF-8", download.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        }
    }

    @Test
    @DisplayName("MSG-16 the notification mail of a new message says no content and its link leads through login to the message")
    void notificationLinkThroughLogin() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Melding", 1);
        data.confirmedContact(facility.get("facility"), facility.get("user"));
        String id = data.received(facility.get("facility"), 1, "Uitnodiging inspectie").get("messages");
        data.sendMails();
        String mails = data.mailsTo(facility.get("user"));
        assertTrue(mails.contains("Nieuw bericht in het e-loket"), mails);
        assertFalse(mails.contains("Tekst van Uitnodiging"), "no message content in the mail");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(http://\\S+/facility/message\\.xhtml\\?id=" + id + ")").matcher(mails);
        assertTrue(link.find(), mails);
        try (Browser browser = Browser.open(base)) {
            browser.driver().get(link.group(1));
            browser.checked();
            browser.assertOnPage("login.xhtml");

            browser.type(By.id("login:username"), facility.get("user"));
            browser.type(By.id("login:password"), facility.get("password"));
            browser.click(By.id("login:submit"));

            assertEquals("Detail ontvangen bericht", browser.heading());
            assertEquals("Uitnodiging inspectie 1", browser.text(By.cssSelector(".message-title")));
        }
    }

    @Test
    @DisplayName("SEC-2 another facility's message and attachment answer the not-found page")
    void otherFacility() throws Exception {
        RemoteTestData data = data();
        Map<String, String> own = data.facility("WZC Eigen Berichten", 1);
        Map<String, String> other = data.facility("WZC Andere Berichten", 1);
        String foreign = data.received(other.get("facility"), 1, "Geheim").get("messages");
        try (Browser browser = loggedIn(own)) {

            browser.go("facility/message.xhtml?id=" + foreign);

            assertEquals("Pagina niet gevonden", browser.heading());
            assertFalse(browser.text(By.tagName("main")).contains("Geheim"));
        }
    }
}
