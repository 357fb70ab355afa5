package be.eloket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.FacesForms;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import be.eloket.test.SessionRequests;
import be.eloket.test.TestData;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forged and stale postbacks (SEC-2, SEC-3): they answer the not-found or the expired page, never
 * "Er ging iets mis" or an empty 500, and leave one line in the server's log, not a stack trace.
 */
class ForgedRequestsTest extends PortalTest {

    /** The log of the server the tests run on (its jboss.home, set by the build). */
    private static final Path SERVER_LOG = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");

    @Test
    @DisplayName("SEC-2 a postback of a reply whose address names another facility's message answers the not-found page (404; ajax: that page), sends nothing, logs one line")
    void foreignReplyTo() throws IOException {
        RemoteTestData data = data();
        Map<String, String> mine = data.facility("WZC Vervalst " + TestData.unique(), 1);
        Map<String, String> other = data.facility("WZC Ander " + TestData.unique(), 1);
        String own = data.received(mine.get("facility"), 1, "Eigen bericht").get("messages");
        String foreign = data.received(other.get("facility"), 1, "Bericht van een ander").get("messages");
        try (Browser browser = loggedIn(mine)) {
            SessionRequests requests = new SessionRequests(browser);
            String compose = base + "facility/compose.xhtml?replyTo=";
            Map<String, String> send = new HashMap<>(Map.of("compose", "compose", "compose:text", "Vervalst antwoord",
                    "compose:send", "compose:send"));
            send.putAll(pageState(text(requests.get(compose + own))));
            long logStart = logLength();

            HttpResponse<byte[]> plain = requests.post(compose + foreign, send);
            assertEquals(404, plain.statusCode());
            assertTrue(text(plain).contains("Pagina niet gevonden"), text(plain));
            send.putAll(pageState(text(requests.get(compose + own))));
            String ajax = text(requests.ajaxPost(compose + foreign, withSource(send, "compose:send")));
            assertTrue(ajax.contains("Pagina niet gevonden"), ajax);

            assertCalmLog(logStart, "of another facility", 2);

            browser.go("facility/messages.xhtml");
            assertFalse(browser.driver().getPageSource().contains("Bericht van een ander"), "nothing was sent");
        }
    }

    @Test
    @DisplayName("SEC-2 forged paging values (first, rows: negative, no number, no pager's choice) on the backoffice inbox answer the expired page, each logged in one line")
    void forgedPaging() throws IOException {
        Map<String, String> administrator = data().staff("ADMINISTRATOR");
        try (Browser browser = Browser.open(base)) {
            browser.login(administrator.get("user"), administrator.get("password"));
            SessionRequests requests = new SessionRequests(browser);
            String inbox = base + "backoffice/inbox.xhtml";
            Map<String, String> state = pageState(text(requests.get(inbox)));
            long logStart = logLength();

            List<List<String>> forged = List.of(List.of("abc", "20"), List.of("-20", "20"), List.of("0", "100000"),
                    List.of("0", "abc"), List.of("99999999999", "20"));
            for (List<String> values : forged) {
                Map<String, String> page = new HashMap<>(Map.of("inbox", "inbox",
                        "inbox:messages_pagination", "true", "inbox:messages_first", values.get(0),
                        "inbox:messages_rows", values.get(1), "inbox:messages_skipChildren", "true",
                        "inbox:messages_encodeFeature", "true"));
                page.putAll(state);
                String answer = text(requests.ajaxPost(inbox, withSource(page, "inbox:messages")));
                assertTrue(answer.contains("Pagina verlopen"), values + ": " + answer);
                assertFalse(answer.contains("Er ging iets mis"), values + ": " + answer);
            }
            assertCalmLog(logStart, "Refused a post", forged.size());
        }
    }

    @Test
    @DisplayName("SEC-2 SEC-3 ViewState=stateless posted to a page that keeps state answers the expired page (400; ajax: that page)")
    void statelessViewState() throws IOException {
        Map<String, String> facility = data().facility("WZC Staatloos " + TestData.unique(), 1);
        try (Browser browser = loggedIn(facility)) {
            SessionRequests requests = new SessionRequests(browser);
            String organisation = base + "facility/organisation.xhtml";
            // The page's own script nonce: only the view state is forged.
            String nonce = FacesForms.nonce(text(requests.get(organisation)));
            Map<String, String> forged = Map.of("organisation", "organisation", "jakarta.faces.ViewState", "stateless",
                    "primefaces.nonce", nonce);
            long logStart = logLength();

            HttpResponse<byte[]> plain = requests.post(organisation, forged);
            assertEquals(400, plain.statusCode(), text(plain));
            assertTrue(text(plain).contains("Pagina verlopen"), text(plain));
            String ajax = text(requests.ajaxPost(organisation, withSource(forged, "organisation")));
            assertTrue(ajax.contains("Pagina verlopen"), ajax);

            assertCalmLog(logStart, "Refused a post", 2);
        }
    }

    @Test
    @DisplayName("SEC-2 a post of 1 500 form parameters answers 400 with a short page (ajax: back to the page), never an empty 500")
    void tooManyParameters() throws IOException {
        Map<String, String> facility = data().facility("WZC Parameters " + TestData.unique(), 1);
        try (Browser browser = loggedIn(facility)) {
            SessionRequests requests = new SessionRequests(browser);
            String organisation = base + "facility/organisation.xhtml";
            Map<String, String> many = new HashMap<>(Map.of("organisation", "organisation",
                    "jakarta.faces.ViewState", FacesForms.viewState(text(requests.get(organisation)))));
            for (int i = 0; i < 1500; i++) {
                many.put("p" + i, "x");
            }
            long logStart = logLength();

            HttpResponse<byte[]> plain = requests.post(organisation, many);
            assertEquals(400, plain.statusCode(), text(plain));
            assertTrue(text(plain).contains("Pagina verlopen"), text(plain));
            String ajax = text(requests.ajaxPost(organisation, withSource(many, "organisation")));
            assertTrue(ajax.contains("<redirect url=\"/eloket/facility/organisation.xhtml\""), ajax);

            assertCalmLog(logStart, "more parameters than the server reads", 2);
        }
    }

    @Test
    @DisplayName("SEC-7 a post without its page's script nonce, or with another page's, answers the expired page (400; ajax: the page opens anew) and changes nothing; with it the same post is taken")
    void postNeedsItsScriptNonce() throws IOException {
        Map<String, String> facility = data().facility("WZC Nonce " + TestData.unique(), 1);
        try (Browser browser = loggedIn(facility)) {
            SessionRequests requests = new SessionRequests(browser);
            String organisation = base + "facility/organisation.xhtml";
            String page = text(requests.get(organisation));
            String otherPage = text(requests.get(organisation));
            Map<String, String> toEnglish = new HashMap<>(Map.of("header", "header", "header:lang-en", "header:lang-en",
                    "jakarta.faces.ViewState", FacesForms.viewState(page)));
            long logStart = logLength();

            HttpResponse<byte[]> without = requests.post(organisation, toEnglish);
            assertEquals(400, without.statusCode(), text(without));
            assertTrue(text(without).contains("Pagina verlopen"), text(without));
            String ajax = text(requests.ajaxPost(organisation, withSource(toEnglish, "header:lang-en")));
            assertTrue(ajax.contains("<redirect url=\"/eloket/facility/organisation.xhtml\""), ajax);
            toEnglish.put("primefaces.nonce", FacesForms.nonce(otherPage));
            HttpResponse<byte[]> foreign = requests.post(organisation, toEnglish);
            assertEquals(400, foreign.statusCode(), text(foreign));
            assertCalmLog(logStart, "script nonce", 3);
            assertTrue(text(requests.get(organisation)).contains("<h1>Mijn organisatie</h1>"), "the language stays Dutch");

            toEnglish.put("primefaces.nonce", FacesForms.nonce(page));
            HttpResponse<byte[]> taken = requests.post(organisation, toEnglish);
            assertTrue(text(taken).contains("<h1>My organisation</h1>"), text(taken));
        }
    }

    /** What a post of {@code page} carries back: its view state and its script nonce (SEC-7). */
    private static Map<String, String> pageState(String page) {
        return Map.of("jakarta.faces.ViewState", FacesForms.viewState(page), "primefaces.nonce", FacesForms.nonce(page));
    }

    private static Map<String, String> withSource(Map<String, String> fields, String source) {
        Map<String, String> ajax = new HashMap<>(fields);
        ajax.put("jakarta.faces.source", source);
        ajax.put("jakarta.faces.partial.execute", source);
        ajax.put("jakarta.faces.partial.render", source);
        return ajax;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static long logLength() throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(SERVER_LOG.toFile(), "r")) {
            return log.length();
        }
    }

    /** What the server logged since {@code start}: {@code refusals} lines with {@code refused}, no error, no stack trace. */
    private static void assertCalmLog(long start, String refused, int refusals) throws IOException {
        String logged;
        try (RandomAccessFile log = new RandomAccessFile(SERVER_LOG.toFile(), "r")) {
            byte[] tail = new byte[(int) (log.length() - start)];
            log.seek(start);
            log.readFully(tail);
            logged = new String(tail, StandardCharsets.UTF_8);
        }
        assertFalse(logged.contains(" ERROR ") || logged.contains("SEVERE") || logged.contains("\tat "), logged);
        assertEquals(refusals, logged.lines().filter(line -> line.contains(refused)).count(), logged);
    }
}
