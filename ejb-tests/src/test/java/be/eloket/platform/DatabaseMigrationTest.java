package be.eloket.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * OPS-5 outside the server: {@link DatabaseMigration}, as the server runs it at start, on a
 * database of its own (schema {@code eloket_ops5} of the tests' PostgreSQL, made empty first and
 * dropped after), so that a database at an older version can be prepared, which the test
 * server's never is.
 */
class DatabaseMigrationTest {

    private static final String SCHEMA = "eloket_ops5";

    private DataSource database;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(TestDatabase.url(SCHEMA));
        postgres.setUser(TestDatabase.user());
        postgres.setPassword(TestDatabase.password());
        database = postgres;
        TestDatabase.emptySchema(SCHEMA);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        TestDatabase.dropSchema(SCHEMA);
    }

    @Test
    @DisplayName("OPS-5 an empty database gets every versioned migration of db/migration, in order, once")
    void createsTheSchema() throws Exception {
        migrate();

        assertEquals(migrationFiles(), appliedVersions(), "every migration file applied, in version order");
    }

    @Test
    @DisplayName("OPS-5 a database left at version 5 with data in it is upgraded to the latest version, its data kept")
    void upgradesAnOlderSchema() throws Exception {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("5").load().migrate();
        assertEquals(List.of("1", "2", "3", "4", "5"), appliedVersions(), "the database stands at version 5");
        run("insert into facility (id, name, number, version) values (1, 'WZC Van Voor De Upgrade', 'OPS5-1', 0)");

        migrate();

        assertEquals(migrationFiles(), appliedVersions(), "versions 6 and later applied on top of 5");
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
             ResultSet facility = query.executeQuery("select name from facility where number = 'OPS5-1'")) {
            assertTrue(facility.next(), "the facility stored at version 5 is still there");
            assertEquals("WZC Van Voor De Upgrade", facility.getString(1));
        }
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
             ResultSet parked = query.executeQuery("select count(*) from parked_upload")) {
            assertTrue(parked.next(), "the table of the latest migration is there");
        }
    }

    @Test
    @DisplayName("SEC-5 OPS-5 audit entries written as text before version 13 are stored as fields with their values after it")
    void auditChangesBecomeStructured() throws Exception {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("12").load().migrate();
        run("insert into audit_entry (id, recorded_at, actor, facility_id, subject_kind, subject_id, action, changes)"
                        + " values (1, now(), 'a@zorg.example', null, 'CONTACT_PERSON', 7, 'CHANGED',"
                        + " 'phone: 02 553 35 00 → 09 999 99 99; email: — → an@voorziening.example; themes')",
                "insert into audit_entry (id, recorded_at, actor, facility_id, subject_kind, subject_id, action, changes)"
                        + " values (2, now(), 'system', null, 'CONTACT_PERSON', 7, 'CONFIRMED', null)");

        migrate();

        List<List<String>> fields = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select change ->> 'field', change ->> 'before', change ->> 'after'"
                     + " from audit_entry, json_array_elements(field_changes::json) with ordinality as changes(change, position)"
                     + " where id = 1 order by position")) {
            while (rows.next()) {
                fields.add(Arrays.asList(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        assertEquals(List.of(Arrays.asList("phone", "02 553 35 00", "09 999 99 99"),
                Arrays.asList("email", null, "an@voorziening.example"), Arrays.asList("themes", null, null)), fields);
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select field_changes from audit_entry where id = 2")) {
            assertTrue(rows.next());
            assertNull(rows.getString(1), "no fields, no value");
        }
    }

    /** What the server does at start (DatabaseMigration's {@code @PostConstruct}). */
    private void migrate() {
        DatabaseMigration migration = new DatabaseMigration();
        migration.dataSource = database;
        migration.migrate();
    }

    /** The versions in Flyway's history, in the order they were applied; each must have succeeded. */
    private List<String> appliedVersions() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\""
                     + " where \"version\" is not null order by \"installed_rank\"")) {
            while (rows.next()) {
                assertTrue(rows.getBoolean(2), "migration " + rows.getString(1) + " succeeded");
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** The versions of the migration files the EJB module ships, in version order. */
    private static List<String> migrationFiles() throws IOException, URISyntaxException {
        URL first = DatabaseMigration.class.getClassLoader().getResource("db/migration/V1__foundation.sql");
        assertNotNull(first, "the migrations are on the class path");
        URI location = first.toURI();
        if ("jar".equals(location.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                return versionsIn(jar.getPath("/db/migration"));
            }
        }
        return versionsIn(Path.of(location).getParent());
    }

    private static List<String> versionsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }

    private void run(String... statements) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
