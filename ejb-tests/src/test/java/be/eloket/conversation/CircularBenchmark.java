package be.eloket.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.eloket.conversation.boundary.Circulars;
import be.eloket.conversation.boundary.Uploads;
import be.eloket.conversation.model.CircularProgress;
import be.eloket.conversation.model.UploadRef;
import be.eloket.mail.boundary.MailScheduler;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.InServerTest;
import be.eloket.test.Jobs;
import be.eloket.test.PlainInserts;
import be.eloket.test.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Benchmark P6 (BO-10): a circular with a 5 MB PDF to the {@code eloket.benchmark.circular-facilities}
 * facilities (default 8 000) of one theme, each with a confirmed contact person: the job's time and
 * rate, the database's growth, the time until the outbox has sent every notification, beside plain
 * JDBC batch inserts of the same rows in the same run. Not a timed test: it prints figures (to the
 * console and {@code eloket.benchmark.report}); the targets are ratios, judged by a person
 * (docs/benchmarks.md). Runs in the "benchmark" profile only.
 */
class CircularBenchmark extends InServerTest {

    private static final int FACILITIES = Integer.getInteger("eloket.benchmark.circular-facilities", 8_000);
    private static final int PDF_BYTES = 5 * 1024 * 1024;

    /** The tables a circular writes to, or grows, per facility. */
    private static final List<String> TABLES = List.of("circular", "circular_recipient", "conversation", "conversation_contact",
            "message", "attachment", "stored_content", "stored_content_chunk", "queued_mail", "audit_entry");

    /** The rows the job writes per facility (the recipient's row is written when the circular is sent, updated per facility). */
    private static final Map<String, Integer> ROWS_PER_FACILITY = Map.of("conversation", 1, "conversation_contact", 1,
            "message", 1, "attachment", 1, "queued_mail", 1, "audit_entry", 1, "circular_recipient", 1);

    @EJB
    Circulars circulars;

    @EJB
    Uploads uploads;

    @EJB
    MailScheduler mailScheduler;

    @EJB
    AsCaseHandler asHandler;

    @EJB
    TestData testData;

    @Resource(lookup = "java:jboss/datasources/EloketDS")
    DataSource database;

    @Test
    @DisplayName("P6 BO-10 a circular with a 5 MB PDF to 8 000 facilities: job time, database growth and time to send every notification, against plain JDBC batch inserts")
    void circularAgainstPlain() throws Exception {
        String prefix = "WZC P6 " + TestData.unique();
        long first = testData.facility(prefix + " 0", 1);
        long theme = testData.themeIds(first).get(0);
        testData.contactOfTheme(first, theme, "p6-" + TestData.unique() + "@voorziening.example", true);
        testData.facilitiesOfTheme(theme, FACILITIES - 1, prefix);
        long handler = testData.caseHandlerOf(first, "Behandelaar " + prefix);
        byte[] pdf = pdf();

        Map<String, Long> before = sizes();
        long start = System.nanoTime();
        UploadRef file = asHandler.call(() -> uploads.park(handler, "omzendbrief.pdf", new ByteArrayInputStream(pdf)));
        long circularId = asHandler.call(() -> circulars.send(handler, theme, "Omzendbrief " + prefix,
                "Beste voorziening, u vindt de omzendbrief in bijlage.", List.of(file)));
        Jobs.awaitUntil(() -> !progress(handler, circularId).running(), Duration.ofHours(1), "the circular");
        long jobNanos = System.nanoTime() - start;
        CircularProgress done = progress(handler, circularId);
        assertEquals(List.of((long) FACILITIES, 0L), List.of(done.sent(), done.refused()));
        Map<String, Long> after = sizes();

        long mailsStart = System.nanoTime();
        Jobs.runUntil(mailScheduler::startUnlessRunning, () -> testData.notificationsFor(prefix, "SENT") == FACILITIES,
                Duration.ofHours(1));
        long mailNanos = System.nanoTime() - mailsStart;

        Map<String, Long> plainSizes = new LinkedHashMap<>();
        long plainAll = PlainInserts.time(database, "p6_", ROWS_PER_FACILITY, FACILITIES, plainSizes);
        long plainConversations = PlainInserts.time(database, "p6_", Map.of("conversation", 1, "message", 1), FACILITIES);
        long growth = TABLES.stream().mapToLong(table -> after.get(table) - before.get(table)).sum();
        long rowsBytes = plainSizes.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder perTable = new StringBuilder();
        TABLES.forEach(table -> perTable.append(String.format(Locale.ROOT, " %s %+.1f MB;", table,
                (after.get(table) - before.get(table)) / 1e6)));
        String report = String.format(Locale.ROOT, """
                P6 circular with a 5 MB PDF to %d facilities of one theme, each with a confirmed contact person
                  job (send to done):                        %8.0f ms, %.0f conversations/s
                  plain JDBC, conversation and message rows: %8.0f ms; ratio %.1f (target <= 4)
                  plain JDBC, every row the job writes:      %8.0f ms; ratio %.1f
                  database growth: %.1f MB; 5 MB + the same rows inserted plainly: %.1f MB; ratio %.2f (target <= 1.2)
                   per table:%s
                  outbox: all %d notifications sent %.0f ms after the job ended (%.0f mails/s)
                """, FACILITIES, jobNanos / 1e6, FACILITIES / (jobNanos / 1e9), plainConversations / 1e6,
                (double) jobNanos / plainConversations, plainAll / 1e6, (double) jobNanos / plainAll, growth / 1e6,
                (PDF_BYTES + rowsBytes) / 1e6, (double) growth / (PDF_BYTES + rowsBytes), perTable, FACILITIES, mailNanos / 1e6,
                FACILITIES / (mailNanos / 1e9));
        System.out.println(report);
        String target = System.getProperty("eloket.benchmark.report");
        if (target != null && !target.isBlank()) {
            Files.writeString(Path.of(target), report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private CircularProgress progress(long handler, long circularId) {
        try {
            return asHandler.call(() -> circulars.progress(handler, circularId, Locale.forLanguageTag("nl")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> sizes() throws SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Connection db = database.getConnection()) {
            for (String table : TABLES) {
                sizes.put(table, PlainInserts.size(db, table));
            }
        }
        return sizes;
    }

    /** 5 MB that Tika takes for a PDF: its header, then bytes that do not compress. */
    private static byte[] pdf() {
        byte[] pdf = new byte[PDF_BYTES];
        ThreadLocalRandom.current().nextBytes(pdf);
        byte[] header = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, pdf, 0, header.length);
        return pdf;
    }
}
