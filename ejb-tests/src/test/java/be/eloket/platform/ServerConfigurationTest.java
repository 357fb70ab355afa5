package be.eloket.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.InServerTest;
import jakarta.annotation.Resource;
import jakarta.mail.Session;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OPS-2: the test server is built by the scripts of {@code wildfly-config} (ejb-tests/pom.xml runs
 * them on a fresh WildFly), so what the application looks up is what the scripts made, with their
 * {@code ${env.*}} expressions resolved by the server as an operator's environment would set them.
 */
class ServerConfigurationTest extends InServerTest {

    @Resource(lookup = "java:jboss/datasources/EloketDS")
    DataSource database;

    @Resource(lookup = "java:jboss/mail/eloket")
    Session mail;

    @Test
    @DisplayName("OPS-2 OPS-7 the datasource of configure-datasource reaches the PostgreSQL of ELOKET_DB_URL, which the migrations filled")
    void datasource() throws Exception {
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            assertEquals("PostgreSQL", metadata.getDatabaseProductName());
            String url = metadata.getURL();
            String expectedUrl = Objects.requireNonNullElse(System.getenv("ELOKET_DB_URL"), "jdbc:postgresql://127.0.0.1:15432/eloket");
            assertTrue(url.startsWith(expectedUrl), "the datasource is at " + url + ", expected " + expectedUrl);
            try (ResultSet migrations = connection.createStatement().executeQuery("select count(*) from \"flyway_schema_history\"")) {
                assertTrue(migrations.next() && migrations.getInt(1) > 0, "the migrations ran on this database");
            }
        }
    }

    @Test
    @DisplayName("OPS-2 the mail session of configure-mail-session sends through the SMTP host and port of the environment")
    void mailSession() throws Exception {
        assertEquals("smtp", mail.getProperty("mail.transport.protocol"));
        // WildFly hands the session the host of the outbound socket binding as it resolved it
        // (127.0.0.1 becomes localhost): the same machine is what counts.
        assertEquals(InetAddress.getByName(Objects.requireNonNullElse(System.getenv("ELOKET_SMTP_HOST"), "127.0.0.1")),
                InetAddress.getByName(mail.getProperty("mail.smtp.host")), mail.getProperty("mail.smtp.host"));
        assertEquals(Objects.requireNonNullElse(System.getenv("ELOKET_SMTP_PORT"), "3025"), mail.getProperty("mail.smtp.port"));
        assertEquals(Objects.requireNonNullElse(System.getenv("ELOKET_MAIL_FROM"), "e-loket@zorg.example"), mail.getProperty("mail.from"));
    }
}
