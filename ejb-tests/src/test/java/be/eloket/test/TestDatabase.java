package be.eloket.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tests' PostgreSQL (OPS-7), as the build names it ({@code eloket.test.db}, ejb-tests/pom.xml):
 * the embedded one started for the run, or the one given with {@code -Deloket.test.db}. The test
 * server uses its schema {@code eloket}; tests that need a database of their own take another schema.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The database's JDBC URL, without parameters. */
    public static String url() {
        return System.getProperty("eloket.test.db", "jdbc:postgresql://127.0.0.1:15532/eloket");
    }

    /** The URL of schema {@code schema} of the database, as a server's ELOKET_DB_URL names it. */
    public static String url(String schema) {
        return url() + "?currentSchema=" + schema;
    }

    public static String user() {
        return System.getProperty("eloket.test.db-user", "postgres");
    }

    public static String password() {
        return System.getProperty("eloket.test.db-password", "postgres");
    }

    public static Connection connection() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** Makes schema {@code schema} exist and be empty. */
    public static void emptySchema(String schema) throws SQLException {
        run("set client_min_messages = warning", "drop schema if exists " + schema + " cascade", "create schema " + schema);
    }

    public static void dropSchema(String schema) throws SQLException {
        run("set client_min_messages = warning", "drop schema if exists " + schema + " cascade");
    }

    private static void run(String... statements) throws SQLException {
        try (Connection db = connection(); Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
