package be.eloket.cluster;

import be.eloket.test.Deployments;
import be.eloket.test.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * The test cluster of issue 7: two WildFly nodes of the standalone-ha configuration on loopback
 * (port offsets 500 and 600), one PostgreSQL schema emptied first, a real SMTP server that
 * outlives them (GreenMail in this JVM), and a fail-over proxy in front as the load balancer.
 * The nodes start together on the empty schema, so both run Flyway at the same moment.
 */
final class TestCluster {

    static final Duration START = Duration.ofSeconds(Integer.getInteger("eloket.cluster.start-seconds", 420));
    private static final int SMTP_PORT = Integer.getInteger("eloket.cluster.smtp-port", 3525);
    private static final int PROXY_PORT = Integer.getInteger("eloket.cluster.proxy-port", 8780);
    private static final String SCHEMA = System.getProperty("eloket.cluster.schema", "eloket_cluster");
    // The nodes' connections carry this name, so that a test can tell them from its own.
    private static final String APPLICATION = "eloket-cluster-node";

    static GreenMail smtp;
    static ClusterNode node1;
    static ClusterNode node2;
    static FailoverProxy proxy;

    private TestCluster() {
    }

    static void start() throws Exception {
        smtpUp();
        TestDatabase.emptySchema(SCHEMA);

        Path home = Path.of(System.getProperty("jboss.home"));
        Path root = Path.of("target/cluster").toAbsolutePath();
        Files.createDirectories(root);
        Path ear = root.resolve("eloket.ear");
        Deployments.ear().as(ZipExporter.class).exportTo(ear.toFile(), true);

        node1 = new ClusterNode("node1", 500, home, root);
        node2 = new ClusterNode("node2", 600, home, root);
        for (ClusterNode node : List.of(node1, node2)) {
            node.prepare(ear);
        }
        start(node1);
        start(node2);
        node1.awaitReady(START);
        node2.awaitReady(START);
        proxy = new FailoverProxy(PROXY_PORT, List.of(node1.httpPort(), node2.httpPort()));
    }

    /** Starts {@code node} (again, after a kill), with the settings every node of the test cluster has. */
    static void start(ClusterNode node) throws IOException {
        String hosts = "127.0.0.1[" + node1.jgroupsPort() + "],127.0.0.1[" + node2.jgroupsPort() + "]";
        node.start(hosts,
                Map.of("ELOKET_DB_URL", TestDatabase.url(SCHEMA) + "&ApplicationName=" + APPLICATION,
                        "ELOKET_DB_USER", TestDatabase.user(), "ELOKET_DB_PASSWORD", TestDatabase.password(),
                        "ELOKET_SMTP_PORT", Integer.toString(SMTP_PORT)),
                List.of("-Deloket.test.smtp-port=0",
                        // Both nodes look for due mails every 2 s; a dead node's claims expire after 20 s.
                        "-Deloket.mail.interval-seconds=2", "-Deloket.mail.lease-seconds=20",
                        "-Deloket.mail.retry-base-seconds=1", "-Deloket.mail.retry-max-seconds=4",
                        "-Deloket.mail.max-attempts=60",
                        // An import whose node died is taken over within 10 s of its last chunk (BO-9, R6).
                        "-Deloket.register-import.lease-seconds=8", "-Deloket.register-import.check-seconds=2",
                        // So is a circular (BO-10, R6).
                        "-Deloket.circular.lease-seconds=8", "-Deloket.circular.check-seconds=2"));
    }

    static void stop() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
        for (ClusterNode node : new ClusterNode[] {node1, node2}) {
            if (node != null) {
                node.stop();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    static void smtpDown() {
        smtp.stop();
    }

    /** A new SMTP server on the same port (GreenMail forgets its mails when stopped). */
    static void smtpUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** The portal behind the fail-over proxy, as users reach it. */
    static URL balanced() {
        try {
            return URI.create("http://127.0.0.1:" + proxy.port() + "/eloket/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection connection() throws SQLException {
        Connection db = TestDatabase.connection();
        db.setSchema(SCHEMA);
        return db;
    }

    /** Ends every PostgreSQL connection of the nodes, as a restart of the database does; answers how many. */
    static int dropConnections() throws SQLException {
        try (Connection db = connection(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                     + " where application_name = '" + APPLICATION + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static long count(String sql) {
        try (Connection db = connection(); Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code done} once a second until it holds; fails naming {@code what} after {@code timeout}. */
    static void await(BooleanSupplier done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            ClusterNode.pause(Duration.ofSeconds(1));
        }
    }
}
