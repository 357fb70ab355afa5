package be.eloket.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.eloket.organisation.boundary.RegisterImports;
import be.eloket.organisation.entity.ImportStatus;
import be.eloket.organisation.model.ImportProgress;
import be.eloket.organisation.model.RegisterPreview;
import be.eloket.platform.Csv;
import be.eloket.test.AsAdministrator;
import be.eloket.test.InServerTest;
import be.eloket.test.Jobs;
import be.eloket.test.PlainInserts;
import be.eloket.test.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Benchmark P7 (BO-9): a generated register of {@code eloket.benchmark.register-lines} facilities
 * (default 10 000), each line with two themes, a first user and a contact person, previewed and
 * imported, beside plain work on the same data in the same run: reading and checking the lines in
 * plain Java (the preview's baseline), and inserting the rows the import writes with plain JDBC batch
 * inserts (the job's baseline). Not a timed test: it prints figures (to the console and
 * {@code eloket.benchmark.report}); the targets are ratios, judged by a person (docs/benchmarks.md).
 * Runs in the "benchmark" profile only.
 */
class RegisterImportBenchmark extends InServerTest {

    private static final int LINES = Integer.getInteger("eloket.benchmark.register-lines", 10_000);
    private static final Pattern NUMBER = Pattern.compile("\\d{4}\\.\\d{3}\\.\\d{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./()-]*[0-9]");

    /** The tables the import writes for each line, and how many rows in each (two themes per line). */
    private static final Map<String, Integer> ROWS_PER_LINE = Map.of("facility", 1, "facility_theme", 2, "account", 1,
            "invitation_token", 1, "contact_person", 1, "contact_person_theme", 2, "confirmation_token", 1,
            "queued_mail", 2, "audit_entry", 3);

    @EJB
    RegisterImports imports;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    TestData testData;

    @Resource(lookup = "java:jboss/datasources/EloketDS")
    DataSource database;

    @Test
    @DisplayName("P7 BO-9 a register of 10 000 facilities with first users and contact persons: preview against reading and checking in plain Java, import against plain JDBC batch inserts")
    void importAgainstPlain() throws Exception {
        List<String> themes = testData.themeCodes(testData.facility("WZC Benchmark " + TestData.unique(), 2));
        byte[] file = register(themes);

        long plainCheck = median(() -> plainCheck(file));
        List<Long> previews = new ArrayList<>();
        RegisterPreview preview = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            preview = asAdministrator.call(() -> imports.preview("register.csv", file, Locale.forLanguageTag("nl")));
            previews.add(System.nanoTime() - start);
        }
        assertEquals(LINES, preview.toCreate(), "every line new: " + preview.refused());
        long previewNanos = previews.stream().sorted().toList().get(1);

        long importId = preview.importId();
        long start = System.nanoTime();
        asAdministrator.call(() -> {
            imports.start(importId);
            return null;
        });
        Jobs.awaitUntil(() -> progress(importId).status() == ImportStatus.DONE, Duration.ofHours(1), "the import");
        long jobNanos = System.nanoTime() - start;
        ImportProgress done = progress(importId);
        assertEquals(List.of(LINES, LINES, LINES), List.of(done.done(), done.created(), done.invited()));

        long rows = (long) LINES * ROWS_PER_LINE.values().stream().mapToInt(Integer::intValue).sum();
        long plainInsert = PlainInserts.time(database, "p7_", ROWS_PER_LINE, LINES);
        String report = String.format(Locale.ROOT, """
                P7 register import, %d lines (two themes, a first user and a contact person each), %d rows written
                  preview (read, check against the register, store the file): %8.0f ms; plain Java read and check: %6.0f ms; ratio %.1f (target <= 3)
                  import job (start to done):                                 %8.0f ms; plain JDBC batch inserts:  %6.0f ms; ratio %.1f (target <= 5)
                  import job: %.0f lines/s, %.0f rows/s; plain JDBC: %.0f rows/s
                """, LINES, rows, previewNanos / 1e6, plainCheck / 1e6, (double) previewNanos / plainCheck, jobNanos / 1e6,
                plainInsert / 1e6, (double) jobNanos / plainInsert, LINES / (jobNanos / 1e9), rows / (jobNanos / 1e9),
                rows / (plainInsert / 1e9));
        System.out.println(report);
        String target = System.getProperty("eloket.benchmark.report");
        if (target != null && !target.isBlank()) {
            Files.writeString(Path.of(target), report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private ImportProgress progress(long importId) {
        try {
            return asAdministrator.call(() -> imports.progress(importId));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #LINES} new facilities with numbers no other run uses. */
    private static byte[] register(List<String> themes) {
        long first = ThreadLocalRandom.current().nextLong(100_000L, 900_000L) * 10_000;
        String mark = TestData.unique();
        StringBuilder csv = new StringBuilder(Csv.BOM).append("nummer;naam;thema's;gebruiker naam;gebruiker e-mail;")
                .append("contact naam;contact voornaam;contact e-mail;contact telefoon\r\n");
        for (int i = 0; i < LINES; i++) {
            String digits = String.format("%010d", first + i);
            csv.append(digits, 0, 4).append('.').append(digits, 4, 7).append('.').append(digits, 7, 10)
                    .append(";WZC Benchmark ").append(mark).append(' ').append(i).append(';').append(String.join(" ", themes))
                    .append(";Gebruiker ").append(i).append(";p7-").append(mark).append("-u").append(i).append("@voorziening.example")
                    .append(";Peeters;Jan ").append(i).append(";p7-").append(mark).append("-c").append(i)
                    .append("@voorziening.example;+32 2 553 35 00\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The preview's baseline: the file read and each line's cells checked, in plain Java. */
    private static long plainCheck(byte[] file) {
        List<Csv.Row> rows = Csv.rows(new String(file, StandardCharsets.UTF_8));
        long valid = rows.stream().skip(1).filter(row -> {
            List<String> cells = row.cells();
            return NUMBER.matcher(cells.get(0)).matches() && !cells.get(1).isBlank() && cells.get(1).length() <= 200
                    && !cells.get(2).isBlank() && EMAIL.matcher(cells.get(4)).matches() && EMAIL.matcher(cells.get(7)).matches()
                    && PHONE.matcher(cells.get(8)).matches();
        }).count();
        assertEquals(LINES, valid);
        return valid;
    }

    private static long median(Callable<?> work) throws Exception {
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.call();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[1];
    }
}
