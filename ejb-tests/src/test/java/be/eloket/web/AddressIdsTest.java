package be.eloket.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.RemoteTestData;
import be.eloket.test.SessionRequests;
import be.eloket.test.TestData;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * SEC-2 for ids in the address of every page that takes one (be.eloket.web.IdInAddress): an id
 * that is no number answers the not-found page, like an id the person may not see, and never the
 * page without its record.
 */
class AddressIdsTest extends PortalTest {

    /** No number, a number cut with text, a fraction, a number too large for an id. */
    private static final List<String> MALFORMED = List.of("abc", "12abc", "1.5", "99999999999999999999");

    @Test
    @DisplayName("SEC-2 a malformed id in the address of a message, theme or reply page answers the not-found page")
    void facilityPages() {
        RemoteTestData data = data();
        Map<String, String> facility = data.facility("WZC Adres " + TestData.unique(), 1);
        String message = data.received(facility.get("facility"), 1, "Bericht in het adres").get("messages");
        try (Browser browser = loggedIn(facility)) {
            SessionRequests requests = new SessionRequests(browser);

            // The pages themselves open with a well-formed id of the facility's own.
            assertShows(requests, "facility/message.xhtml?id=" + message, "Bericht in het adres");
            assertShows(requests, "facility/compose.xhtml?replyTo=" + message, "Beantwoorden bericht");

            assertNotFound(requests, Stream.of("facility/message.xhtml?id=", "facility/theme.xhtml?id=",
                    "facility/compose.xhtml?replyTo=", "facility/compose.xhtml?theme=", "facility/compose.xhtml?team=",
                    "facility/compose.xhtml?handler="));
        }
    }

    @Test
    @DisplayName("SEC-2 a malformed id in the address of a backoffice conversation or facility answers the not-found page")
    void backofficePages() {
        Map<String, String> administrator = data().staff("ADMINISTRATOR");
        try (Browser browser = Browser.open(base)) {
            browser.login(administrator.get("user"), administrator.get("password"));
            SessionRequests requests = new SessionRequests(browser);

            assertNotFound(requests, Stream.of("backoffice/conversation.xhtml?id=", "backoffice/facility.xhtml?id="));
        }
    }

    private void assertShows(SessionRequests requests, String page, String text) {
        HttpResponse<byte[]> response = requests.get(base + page);
        assertEquals(200, response.statusCode(), page);
        assertTrue(body(response).contains(text), page);
    }

    private void assertNotFound(SessionRequests requests, Stream<String> pages) {
        assertAll(pages.flatMap(page -> MALFORMED.stream().map(id -> (Executable) () -> {
            HttpResponse<byte[]> response = requests.get(base + page + id);
            assertEquals(404, response.statusCode(), page + id);
            assertTrue(body(response).contains("<h1>Pagina niet gevonden</h1>"), page + id);
        })));
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
