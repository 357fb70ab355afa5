package be.eloket.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.RemoteTestData;
import be.eloket.test.TestData;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The production set-up proven on one machine (issue 7, R1–R4): two WildFly nodes of the
 * standalone-ha configuration on loopback, one PostgreSQL schema, a real SMTP server that
 * outlives them (GreenMail in this JVM), and a fail-over proxy in front, as a load balancer.
 * The nodes are started once for the class, together, on an empty schema; the tests run in order
 * because some of them kill a node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultTest {

    private static final Duration MAILS = Duration.ofMinutes(6);
    private static final String CONTACTS = "tabs:contacts:";

    @BeforeAll
    static void startCluster() throws Exception {
        TestCluster.start();
    }

    @AfterAll
    static void stopCluster() throws IOException {
        TestCluster.stop();
    }

    @Test
    @Order(1)
    @DisplayName("OPS-3 two nodes started together on an empty database run each migration once")
    void migrationsRunOnce() throws SQLException {
        Map<String, Integer> runs = new HashMap<>();
        try (Connection db = TestCluster.connection(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select version, success from flyway_schema_history where version is not null")) {
            while (rows.next()) {
                assertTrue(rows.getBoolean("success"), "migration " + rows.getString("version") + " succeeded");
                runs.merge(rows.getString("version"), 1, Integer::sum);
            }
        }
        assertTrue(runs.size() >= 7, "all migrations ran: " + runs.keySet());
        runs.forEach((version, count) -> assertEquals(1, count, "migration " + version + " ran once"));
    }

    @Test
    @Order(2)
    @DisplayName("OPS-3 a change saved through node 1 shows on node 2 at once (no stale cache)")
    void noStaleReads() {
        RemoteTestData data = new RemoteTestData(TestCluster.node1.url());
        Map<String, String> facility = data.facility("WZC Twee Knopen", 1);
        try (Browser onNode1 = Browser.open(TestCluster.node1.url()); Browser onNode2 = Browser.open(TestCluster.node2.url())) {
            onNode2.login(facility.get("colleague"), facility.get("password"));
            onNode2.go("facility/organisation.xhtml");
            String before = onNode2.text(By.id("phone-value"));

            onNode1.login(facility.get("user"), facility.get("password"));
            onNode1.go("facility/organisation.xhtml");
            onNode1.click(By.id("tabs:organisation:edit"));
            onNode1.type(By.id("tabs:organisation:phone"), "+32 9 111 22 33");
            onNode1.click(By.id("tabs:organisation:save"));
            assertTrue(onNode1.text(By.id("tabs:organisation:status")).contains("bewaard"));

            onNode2.go("facility/organisation.xhtml");
            assertFalse("+32 9 111 22 33".equals(before));
            assertEquals("+32 9 111 22 33", onNode2.text(By.id("phone-value")), "node 2 reads what node 1 wrote");
        }
    }

    @Test
    @Order(3)
    @DisplayName("R4 two users on different nodes save the same contacts table: one is stored, the other told it changed, nothing lost")
    void concurrentSavesOnTwoNodes() throws SQLException {
        RemoteTestData data = new RemoteTestData(TestCluster.node1.url());
        Map<String, String> facility = data.facility("WZC Gelijktijdig", 1);
        String first = "eerste-" + TestData.unique() + "@gelijktijdig.example";
        String second = "tweede-" + TestData.unique() + "@gelijktijdig.example";
        try (Browser onNode1 = Browser.open(TestCluster.node1.url()); Browser onNode2 = Browser.open(TestCluster.node2.url())) {
            for (Browser browser : List.of(onNode1, onNode2)) {
                browser.login(browser == onNode1 ? facility.get("user") : facility.get("colleague"), facility.get("password"));
                browser.go("facility/organisation.xhtml?tab=contacts");
                browser.click(By.id(CONTACTS + "edit"));
                browser.click(By.id(CONTACTS + "add"));
            }
            fillLine(onNode1, "Eerste", first);
            fillLine(onNode2, "Tweede", second);

            onNode1.click(By.id(CONTACTS + "save"));
            assertTrue(onNode1.text(By.id(CONTACTS + "status")).contains("bewaard"), "the first save is stored");
            onNode2.click(By.id(CONTACTS + "save"));
            assertTrue(onNode2.text(By.id(CONTACTS + "status")).contains("iemand anders heeft ze intussen gewijzigd"),
                    "the second is told why it was not stored");
            assertEquals("Tweede", onNode2.waitFor(By.id(CONTACTS + "rows:0:lastName")).getAttribute("value"),
                    "what the second user typed stays on the screen");
        }
        assertEquals(List.of(first), contactEmails(facility.get("facility")), "exactly the first save is stored");
    }

    @Test
    @Order(4)
    @DisplayName("R3 the node of a logged-in user dies: the next request, on node 2, is still logged in and the half-edited contacts table keeps its typed line")
    void sessionSurvivesNodeKill() throws Exception {
        RemoteTestData data = new RemoteTestData(TestCluster.node1.url());
        Map<String, String> facility = data.facility("WZC Failover", 1);
        String email = "overleeft-" + TestData.unique() + "@failover.example";
        try (Browser browser = Browser.open(TestCluster.balanced())) {
            browser.login(facility.get("user"), facility.get("password"));
            browser.go("facility/organisation.xhtml?tab=contacts");
            browser.click(By.id(CONTACTS + "edit"));
            browser.click(By.id(CONTACTS + "add"));
            fillLine(browser, "Overleeft", email);
            assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID").getValue().endsWith(".node1"),
                    "the proxy sent the user to node 1 first");

            TestCluster.node1.kill();
            // The person clicks a moment later, once the balancer has closed the connections to
            // node 1: a click in the instant before would go into a connection about to close.
            TestCluster.proxy.awaitClosed(TestCluster.node1.httpPort(), Duration.ofSeconds(10));

            browser.click(By.id(CONTACTS + "save"));
            assertTrue(browser.text(By.id(CONTACTS + "status")).contains("bewaard"),
                    "the typed line survived in the session on node 2 and is stored");
            assertTrue(browser.text(By.id("user-menu")).contains("WZC Failover"), "still logged in");
        } finally {
            TestCluster.start(TestCluster.node1);
            TestCluster.node1.awaitReady(TestCluster.START);
        }
        assertEquals(List.of(email), contactEmails(facility.get("facility")));
    }

    @Test
    @Order(5)
    @DisplayName("R5 PostgreSQL drops every connection of both nodes, as in a restart: the next pages on either node show the data and a change is stored")
    void databaseDropsConnections() throws SQLException {
        RemoteTestData data = new RemoteTestData(TestCluster.node1.url());
        Map<String, String> facility = data.facility("WZC Herstart", 1);
        try (Browser onNode1 = Browser.open(TestCluster.node1.url()); Browser onNode2 = Browser.open(TestCluster.node2.url())) {
            onNode1.login(facility.get("user"), facility.get("password"));
            onNode2.login(facility.get("colleague"), facility.get("password"));
            onNode1.go("facility/organisation.xhtml");
            String phone = onNode1.text(By.id("phone-value"));

            int dropped = TestCluster.dropConnections();

            assertTrue(dropped >= 2, "both nodes had connections to lose: " + dropped);
            // The next requests are reads on connections that died (the pools check in the background).
            onNode1.go("facility/organisation.xhtml");
            assertEquals(phone, onNode1.text(By.id("phone-value")), "node 1 reads the organisation as before");
            onNode2.go("facility/organisation.xhtml");
            assertEquals(phone, onNode2.text(By.id("phone-value")), "node 2 reads the organisation as before");
            onNode2.click(By.id("tabs:organisation:edit"));
            onNode2.type(By.id("tabs:organisation:phone"), "+32 9 444 55 66");
            onNode2.click(By.id("tabs:organisation:save"));
            assertTrue(onNode2.text(By.id("tabs:organisation:status")).contains("bewaard"), "the change is stored");
        }
        assertEquals(1, TestCluster.count("select count(*) from facility where id = " + Long.parseLong(facility.get("facility"))
                + " and phone = '+32 9 444 55 66'"), "the new phone number is in the database");
    }

    @Test
    @Order(6)
    @DisplayName("R1 MAIL-2 1 000 mails queued while the SMTP server is down are all delivered once when it is back, by the job on its schedule")
    void smtpOutage() throws Exception {
        String prefix = "r1-" + TestData.unique();
        TestCluster.smtpDown();
        try {
            new RemoteTestData(TestCluster.node1.url()).mails(prefix + "@uitval.example", "queued", 1000);
            TestCluster.await(() -> TestCluster.count("select count(*) from queued_mail where recipient like '" + prefix + "%' and attempts > 0") >= 100,
                    Duration.ofMinutes(2), "the nodes try to send while the server is down");
        } finally {
            TestCluster.smtpUp();
        }
        TestCluster.await(() -> TestCluster.count("select count(*) from queued_mail where recipient like '" + prefix + "%' and status = 'SENT'") == 1000,
                MAILS, "all 1 000 sent");

        Map<String, Integer> arrived = arrivals(prefix);
        System.out.printf("R1 queued 1000, delivered %d distinct, %d duplicated%n", arrived.size(), duplicates(arrived));
        assertEquals(1000, arrived.size(), "every mail arrived");
        assertEquals(0, duplicates(arrived), "none arrived twice");
    }

    @Test
    @Order(7)
    @DisplayName("R2 both nodes send 2 000 mails, one is killed midway: every mail delivered, a repeat only of a mail in flight on the killed node, with its Message-ID")
    void nodeKilledWhileSending() throws Exception {
        String prefix = "r2-" + TestData.unique();
        double sentBy1 = sentBy(TestCluster.node1);
        double sentBy2 = sentBy(TestCluster.node2);
        new RemoteTestData(TestCluster.node1.url()).mails(prefix + "@knoop.example", "queued", 2000);
        TestCluster.await(() -> arrivals(prefix).size() >= 500, MAILS, "sending got going");
        Map<String, Double> perNode = Map.of("node1", sentBy(TestCluster.node1) - sentBy1, "node2", sentBy(TestCluster.node2) - sentBy2);

        TestCluster.node2.kill();

        TestCluster.await(() -> TestCluster.count("select count(*) from queued_mail where recipient like '" + prefix + "%' and status = 'SENT'") == 2000,
                MAILS, "all 2 000 sent by the node left");
        Map<String, Integer> arrived = arrivals(prefix);
        Set<String> stored = messageIds(prefix);
        long lost = stored.stream().filter(id -> !arrived.containsKey(id)).count();
        int duplicated = duplicates(arrived);
        System.out.printf("R2 queued 2000, sent per node before the kill %s, delivered %d distinct, lost %d, duplicated %d%n",
                perNode, arrived.size(), lost, duplicated);
        assertTrue(perNode.values().stream().allMatch(sent -> sent > 0), "both nodes were sending before the kill: " + perNode);
        assertEquals(0, lost, "no mail lost");
        assertTrue(arrived.keySet().containsAll(stored) && stored.containsAll(arrived.keySet()),
                "every mail that arrived is one of the queued ones, under its own Message-ID");
        // At most the page one node claims at a time (eloket.mail.page-size, 50) was in flight there.
        assertTrue(duplicated <= 50, "only mails in flight on the killed node came twice: " + duplicated);
    }

    @Test
    @Order(8)
    @DisplayName("R6 BO-9 a node is killed mid-import of 5 000 lines: the other node takes the import over and ends it; every facility once, every account once, every invitation queued once")
    void nodeKilledWhileImporting() throws Exception {
        for (ClusterNode node : List.of(TestCluster.node1, TestCluster.node2)) {
            if (!node.isRunning()) {
                TestCluster.start(node);
                node.awaitReady(TestCluster.START);
            }
        }
        String prefix = "r6-" + TestData.unique();
        long importId = Long.parseLong(new RemoteTestData(TestCluster.node1.url()).registerImport(prefix, 5000).get("import"));
        TestCluster.await(() -> TestCluster.count("select next_line from register_import where id = " + importId) >= 1000,
                MAILS, "the import got going on node 1");

        TestCluster.node1.kill();
        long before = TestCluster.count("select next_line from register_import where id = " + importId);

        TestCluster.await(() -> TestCluster.count("select count(*) from register_import where id = " + importId
                + " and status = 'DONE'") == 1, MAILS, "the import ended on node 2");
        System.out.printf("R6 import of 5000 lines: node 1 killed after %d lines, node 2 ended it%n", before);
        assertTrue(before < 5000, "node 1 was killed mid-import: " + before);
        assertEquals(5000, TestCluster.count("select count(*) from facility where name like '" + prefix + " %'"), "facilities");
        assertEquals(5000, TestCluster.count("select count(distinct number) from facility where name like '" + prefix + " %'"));
        assertEquals(5000, TestCluster.count("select count(*) from account where username like '" + prefix + "-%'"), "accounts");
        assertEquals(5000, TestCluster.count("select count(*) from queued_mail where recipient like '" + prefix + "-%'"
                + " and kind = 'ACCOUNT_INVITATION'"), "invitations");
        assertEquals(5000, TestCluster.count("select created from register_import where id = " + importId), "counted once");
        TestCluster.start(TestCluster.node1);
        TestCluster.node1.awaitReady(TestCluster.START);
    }

    @Test
    @Order(9)
    @DisplayName("R6 BO-10 a node is killed midway through a circular to 2 000 facilities: the other node resumes it; 2 000 conversations exactly, one per facility, every contact notified once")
    void nodeKilledWhileSendingACircular() throws Exception {
        for (ClusterNode node : List.of(TestCluster.node1, TestCluster.node2)) {
            if (!node.isRunning()) {
                TestCluster.start(node);
                node.awaitReady(TestCluster.START);
            }
        }
        String prefix = "R6 rondzend " + TestData.unique();
        RemoteTestData data = new RemoteTestData(TestCluster.node1.url());
        Map<String, String> first = data.facility(prefix + " 0", 1);
        String theme = first.get("themes");
        data.themeFacilities(theme, 1999, prefix);
        String author = data.ownTeamHandler(theme).get("handler");
        long circularId = Long.parseLong(data.circular(theme, author, "Rondzendbrief " + prefix).get("circular"));
        TestCluster.await(() -> TestCluster.count("select count(*) from circular_recipient where circular_id = " + circularId
                + " and handled_at is not null") >= 400, MAILS, "the circular got going on node 1");

        TestCluster.node1.kill();
        long before = TestCluster.count("select count(*) from circular_recipient where circular_id = " + circularId
                + " and handled_at is not null");

        TestCluster.await(() -> TestCluster.count("select count(*) from circular where id = " + circularId
                + " and status = 'DONE'") == 1, MAILS, "the circular ended on node 2");
        System.out.printf("R6 circular to 2000 facilities: node 1 killed after %d, node 2 ended it%n", before);
        assertTrue(before < 2000, "node 1 was killed midway: " + before);
        assertEquals(2000, TestCluster.count("select count(*) from conversation where circular_id = " + circularId), "conversations");
        assertEquals(2000, TestCluster.count("select count(distinct facility_id) from conversation where circular_id = " + circularId),
                "one per facility");
        assertEquals(0, TestCluster.count("select count(*) from circular_recipient where circular_id = " + circularId
                + " and (refusal is not null or conversation_id is null)"), "none missed, none refused");
        assertEquals(1999, TestCluster.count("select count(*) from queued_mail q join contact_person p on p.email = q.recipient"
                + " join facility f on f.id = p.facility_id where f.name like '" + prefix + " %' and f.name <> '" + prefix + " 0'"
                + " and q.kind = 'MESSAGE_NOTIFICATION'"), "every confirmed contact notified once");
        TestCluster.start(TestCluster.node1);
        TestCluster.node1.awaitReady(TestCluster.START);
    }

    private static void fillLine(Browser browser, String lastName, String email) {
        browser.type(By.id(CONTACTS + "rows:0:lastName"), lastName);
        browser.type(By.id(CONTACTS + "rows:0:firstName"), "Els");
        browser.type(By.id(CONTACTS + "rows:0:email"), email);
        browser.type(By.id(CONTACTS + "rows:0:phone"), "+32 2 553 35 00");
        browser.press(By.cssSelector("[id='" + CONTACTS + "rows:0:themeIds'] input[type=checkbox]"));
    }

    /** Message-ID → how many times it arrived, of the mails to recipients starting with {@code prefix}. */
    private static Map<String, Integer> arrivals(String prefix) {
        Map<String, Integer> arrived = new HashMap<>();
        for (MimeMessage mail : TestCluster.smtp.getReceivedMessages()) {
            try {
                if (((InternetAddress) mail.getAllRecipients()[0]).getAddress().startsWith(prefix)) {
                    arrived.merge(mail.getMessageID(), 1, Integer::sum);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return arrived;
    }

    private static int duplicates(Map<String, Integer> arrived) {
        return arrived.values().stream().mapToInt(times -> times - 1).sum();
    }

    private static Set<String> messageIds(String prefix) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection db = TestCluster.connection(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select message_id from queued_mail where recipient like '" + prefix + "%'")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** The mails {@code node} handed to the SMTP server since it started, from its /metrics (OPS-4). */
    private static double sentBy(ClusterNode node) throws IOException, InterruptedException {
        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + node.managementPort() + "/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher sent = java.util.regex.Pattern.compile("^eloket_mails_total\\{[^}]*result=\"sent\"[^}]*\\} (\\S+)$",
                java.util.regex.Pattern.MULTILINE).matcher(metrics);
        return sent.find() ? Double.parseDouble(sent.group(1)) : 0;
    }

    private static List<String> contactEmails(String facilityId) throws SQLException {
        List<String> emails = new ArrayList<>();
        try (Connection db = TestCluster.connection(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select email from contact_person where facility_id = "
                     + Long.parseLong(facilityId) + " order by id")) {
            while (rows.next()) {
                emails.add(rows.getString(1));
            }
        }
        return emails;
    }

}
