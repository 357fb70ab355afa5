package be.eloket.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailStatus;
import be.eloket.test.AsAdministrator;
import be.eloket.test.InServerTest;
import be.eloket.test.Jobs;
import be.eloket.test.MailCatcher;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What an operator's monitoring reads from the management interface (OPS-4): /metrics in the
 * Prometheus text format and /health/ready, exactly as a scraper or load balancer asks for them.
 */
class OperatorEndpointsTest extends InServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String MANAGEMENT = "http://127.0.0.1:" + Integer.getInteger("eloket.test.management-port", 10090);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @EJB
    TestMails mails;

    @EJB
    Outbox outbox;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    MailCatcher smtp;

    @Test
    @DisplayName("OPS-4 /metrics shows the outbox backlog and the mails sent and refused as they change")
    void backlogAndOutcomesOnMetrics() throws Exception {
        double backlogBefore = metric("eloket_outbox_backlog");
        double sentBefore = metric("eloket_mails_total", "result", "sent");
        double refusedBefore = metric("eloket_mails_total", "result", "permanent_failure");
        assertEquals(outbox.backlog(), backlogBefore, "the gauge reads the outbox itself");

        String unique = TestData.unique();
        List<Long> ids = mails.queue(List.of(
                TestMails.removalNotice("een-" + unique + "@voorziening.example", "Een", "WZC", Locale.forLanguageTag("nl")),
                TestMails.removalNotice("twee-" + unique + "@voorziening.example", "Twee", "WZC", Locale.forLanguageTag("nl")),
                TestMails.removalNotice("drie-" + unique + "@" + MailCatcher.REFUSING_DOMAIN, "Drie", "WZC", Locale.forLanguageTag("nl"))));
        assertEquals(backlogBefore + 3, metric("eloket_outbox_backlog"), "three more mails wait");

        Jobs.runUntil(this::sendNow,
                () -> mails.countWithStatus(ids, MailStatus.SENT) == 2 && mails.countWithStatus(ids, MailStatus.FAILED) == 1,
                TIMEOUT);

        assertEquals(outbox.backlog(), metric("eloket_outbox_backlog"), "the refused mail stays in the backlog, the sent ones left it");
        assertTrue(metric("eloket_mails_total", "result", "sent") >= sentBefore + 2, "two more mails counted as sent");
        assertTrue(metric("eloket_mails_total", "result", "permanent_failure") >= refusedBefore + 1, "the refused mail counted");
        assertTrue(metrics().contains("active_sessions"), "WildFly's own metrics, active web sessions among them, are there too");
    }

    @Test
    @DisplayName("OPS-6 /health/ready asks the database only: it stays UP while the mail server is away, which eloket_mail_relay_up (0) and the age of the oldest queued mail tell instead")
    void mailOutageKeepsTheServerReady() throws Exception {
        HttpResponse<String> up = get("/health/ready");
        assertEquals(200, up.statusCode(), up.body());
        assertEquals(Map.of("database", "UP"), ours(up.body()));
        assertEquals(1, metric("eloket_mail_relay_up"), "the relay answers");

        smtp.down();
        try {
            long id = mails.queue(TestMails.removalNotice("wacht-" + TestData.unique() + "@voorziening.example", "Wacht", "WZC",
                    Locale.forLanguageTag("nl")));
            HttpResponse<String> stillReady = get("/health/ready");
            assertEquals(200, stillReady.statusCode(), stillReady.body());
            assertEquals(Map.of("database", "UP"), ours(stillReady.body()));
            assertEquals(0, metric("eloket_mail_relay_up"), "the relay is away");
            assertTrue(metric("eloket_outbox_oldest_queued_seconds") > 0, "a mail waits");
            assertEquals(MailStatus.QUEUED, mails.stored(id).getStatus());
        } finally {
            smtp.up();
        }
        assertEquals(1, metric("eloket_mail_relay_up"), "the relay is back");
    }

    private long sendNow() {
        try {
            return asAdministrator.call(() -> outbox.sendNow());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's own checks by name, with their status. */
    private static Map<String, String> ours(String health) {
        JsonObject json = Json.createReader(new StringReader(health)).readObject();
        return json.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> List.of("database", "mail").contains(check.getString("name")))
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check.getString("status")));
    }

    private static String metrics() throws Exception {
        HttpResponse<String> response = get("/metrics");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The value of the one sample of {@code name} whose labels include the given pairs. */
    private static double metric(String name, String... labels) throws Exception {
        Pattern sample = Pattern.compile("^" + name + "(\\{([^}]*)\\})? (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(metrics());
        while (matcher.find()) {
            String found = matcher.group(2) == null ? "" : matcher.group(2);
            boolean matches = true;
            for (int i = 0; i < labels.length; i += 2) {
                matches &= found.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
            }
            if (matches) {
                return Double.parseDouble(matcher.group(3));
            }
        }
        throw new AssertionError("no sample " + name + " " + String.join(",", labels) + " on /metrics");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
