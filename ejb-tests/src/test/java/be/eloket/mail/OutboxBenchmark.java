package be.eloket.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import be.eloket.mail.boundary.MailScheduler;
import be.eloket.mail.control.MailComposer;
import be.eloket.mail.control.OutgoingMail;
import be.eloket.mail.entity.MailStatus;
import be.eloket.mail.entity.QueuedMail;
import be.eloket.test.InServerTest;
import be.eloket.test.Jobs;
import be.eloket.test.MailCatcher;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * P3: how fast the send-mails job empties a large outbox, measured against the plainest way to
 * send the same mails: a Jakarta Mail loop over one SMTP connection of the same mail session,
 * each mail composed the same way (same MailComposer, same templates, same rows). The difference
 * is what the outbox costs: claims, transactions, the batch runtime, the recorded outcomes.
 * <p>
 * Not a timed test: it prints figures (to {@code eloket.benchmark.report}, which the Maven
 * profile {@code benchmark} shows) and asserts only what is not about time: every mail arrived
 * exactly once, on both paths. Its name keeps it out of the normal test run ({@code *Test}).
 */
class OutboxBenchmark extends InServerTest {

    private static final Logger LOG = System.getLogger(OutboxBenchmark.class.getName());

    private static final int MAILS = 10_000;
    /**
     * Measured rounds; the report takes the median. On a machine that also runs other work, one
     * round can catch a busy moment on one path only.
     */
    private static final int ROUNDS = 3;
    /** A first, unmeasured round, so that neither path pays for JIT compilation and first uses. */
    private static final int WARM_UP = 1_000;
    /** Mails queued per transaction while preparing a round. */
    private static final int QUEUE_SLICE = 1_000;
    private static final double TARGET = 0.70;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    @EJB
    TestMails mails;

    @EJB
    MailScheduler scheduler;

    @EJB
    MailCatcher smtp;

    @Inject
    MailComposer composer;

    @Resource(lookup = "java:jboss/mail/eloket")
    Session session;

    /**
     * Wall-clock time and CPU time of the threads that did the sending (the batch threads, or the
     * thread of the plain loop; PostgreSQL and GreenMail work in processes and threads of their own). The CPU time
     * hardly depends on what else the machine runs, so it compares settings on a busy machine.
     */
    record Timing(long millis, long cpuMillis) {
    }

    /**
     * What one round measured. The plain loop runs before and after the job, and the two are
     * averaged: other work on the machine then weighs on both paths alike.
     */
    record Round(int mails, long composeMillis, Timing plainBefore, Timing job, Timing plainAfter,
                 Properties jobParameters, double loadBefore) {

        static double rate(int mails, long millis) {
            return mails * 1000.0 / Math.max(millis, 1);
        }

        double jobRate() {
            return rate(mails, job.millis());
        }

        double plainRate() {
            return rate(2 * mails, plainBefore.millis() + plainAfter.millis());
        }

        double ratio() {
            return jobRate() / plainRate();
        }

        double jobCpuPerMail() {
            return (double) job.cpuMillis() / mails;
        }

        double plainCpuPerMail() {
            return (double) (plainBefore.cpuMillis() + plainAfter.cpuMillis()) / (2 * mails);
        }
    }

    @Test
    @DisplayName("P3 the send-mails job delivers 10 000 mails each exactly once; its rate is reported against a plain Jakarta Mail loop")
    void jobAgainstPlainLoop() throws Exception {
        // Mails an aborted earlier run left in the outbox go out first, not in the middle of a round.
        Jobs.awaitEnd(scheduler.startUnlessRunning(), TIMEOUT);
        round(WARM_UP);
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rounds.add(round(MAILS));
        }

        String report = report(rounds);
        LOG.log(Level.INFO, "\n{0}", report);
        String file = System.getProperty("eloket.benchmark.report");
        if (file != null && !file.isBlank()) {
            Files.writeString(Path.of(file), report, StandardCharsets.UTF_8);
        }
    }

    /**
     * Queues {@code count} mails, then sends them three times to an empty GreenMail: with the
     * plain loop, with the job, with the plain loop again; checks after each that every mail
     * arrived exactly once.
     */
    private Round round(int count) throws MessagingException {
        String prefix = "p3-" + TestData.unique() + "-";
        queue(prefix, count);
        List<QueuedMail> rows = mails.storedTo(prefix);
        assertEquals(count, rows.size());
        Map<String, String> expected = rows.stream()
                .collect(Collectors.toMap(QueuedMail::getMessageId, QueuedMail::getRecipient));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        long composeMillis = timed(() -> {
            for (QueuedMail row : rows) {
                assertNotNull(((OutgoingMail) composer.processItem(row)).message(), "composed");
            }
        });

        Timing plainBefore = plainLoop(rows, expected);

        smtp.clear();
        long cpuBefore = batchThreadsCpuNanos();
        long start = System.currentTimeMillis();
        List<Long> executions = new ArrayList<>();
        Jobs.runUntil(() -> {
            executions.add(scheduler.startUnlessRunning());
            return executions.get(executions.size() - 1);
        }, () -> mails.countWithStatus(prefix, MailStatus.SENT) == count, TIMEOUT);
        // The execution's own end time, not the moment the 100 ms poll noticed it.
        JobExecution last = BatchRuntime.getJobOperator().getJobExecution(executions.get(executions.size() - 1));
        Timing job = new Timing(last.getEndTime().getTime() - start, (batchThreadsCpuNanos() - cpuBefore) / 1_000_000);
        assertArrivedOnce(expected, "send-mails job");

        Timing plainAfter = plainLoop(rows, expected);
        smtp.clear();

        return new Round(count, composeMillis, plainBefore, job, plainAfter, last.getJobParameters(), loadBefore);
    }

    private void queue(String prefix, int count) {
        for (int from = 0; from < count; from += QUEUE_SLICE) {
            mails.queue(IntStream.range(from, Math.min(from + QUEUE_SLICE, count))
                    .mapToObj(i -> TestMails.removalNotice(prefix + i + "@benchmark.example", "Contact " + i,
                            "WZC De Benchmark", Locale.forLanguageTag(i % 2 == 0 ? "nl" : "en")))
                    .toList());
        }
    }

    /**
     * What an application without an outbox would do: compose and send, one connection for all.
     * Checks that every mail arrived once.
     */
    private Timing plainLoop(List<QueuedMail> rows, Map<String, String> expected) throws MessagingException {
        smtp.clear();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long millis = timed(() -> {
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                for (QueuedMail row : rows) {
                    MimeMessage message = ((OutgoingMail) composer.processItem(row)).message();
                    transport.sendMessage(message, message.getAllRecipients());
                }
            }
        });
        Timing timing = new Timing(millis, (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000);
        assertArrivedOnce(expected, "plain loop");
        return timing;
    }

    /** The CPU time so far of WildFly's batch threads, which run the job's steps. */
    private static long batchThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("Batch Thread")) {
                nanos += Math.max(threads.getThreadCpuTime(thread.getThreadId()), 0);
            }
        }
        return nanos;
    }

    /** Every expected Message-ID arrived once, at its own recipient, and nothing else arrived. */
    private void assertArrivedOnce(Map<String, String> expected, String path) throws MessagingException {
        Map<String, Long> arrivals = new HashMap<>();
        List<String> misdirected = new ArrayList<>();
        for (MimeMessage message : smtp.received()) {
            arrivals.merge(message.getMessageID(), 1L, Long::sum);
            String to = ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            if (!to.equals(expected.get(message.getMessageID()))) {
                misdirected.add(message.getMessageID() + " to " + to);
            }
        }
        assertEquals(expected.keySet(), arrivals.keySet(), path + ": the mails that arrived");
        assertEquals(Map.of(), arrivals.entrySet().stream().filter(arrival -> arrival.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), path + ": mails that arrived more than once");
        assertEquals(List.of(), misdirected, path + ": mails at the wrong recipient");
    }

    private String report(List<Round> rounds) {
        List<Round> byRatio = rounds.stream().sorted(Comparator.comparingDouble(Round::ratio)).toList();
        Round median = byRatio.get(byRatio.size() / 2);
        Runtime heap = Runtime.getRuntime();
        List<String> lines = new ArrayList<>();
        lines.add("P3 mail benchmark, " + LocalDate.now() + ", " + heap.availableProcessors() + " cores, "
                + rounds.size() + " rounds of " + MAILS + " mails to GreenMail on 127.0.0.1");
        lines.add("  job parameters chunkSize " + median.jobParameters().getProperty("chunkSize")
                + ", pageSize " + median.jobParameters().getProperty("pageSize")
                + " (eloket.mail.chunk-size, eloket.mail.page-size)");
        lines.add("                send-mails job                 plain Jakarta Mail loop");
        lines.add("  round    s    mails/s  CPU ms/mail      s before / after  mails/s  CPU ms/mail    ratio   load");
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            lines.add(String.format(Locale.ROOT, "  %d     %6.2f  %5.0f     %5.2f         %6.2f / %6.2f   %5.0f     %5.2f       %5.1f %%  %4.1f",
                    i + 1, round.job().millis() / 1000.0, round.jobRate(), round.jobCpuPerMail(),
                    round.plainBefore().millis() / 1000.0, round.plainAfter().millis() / 1000.0, round.plainRate(),
                    round.plainCpuPerMail(), round.ratio() * 100, round.loadBefore()));
        }
        lines.add(String.format(Locale.ROOT, "  median: send-mails job %.0f mails/s, plain loop %.0f mails/s, ratio job / plain loop %.1f %%"
                        + " (target %.0f %%: %s)", median.jobRate(), median.plainRate(), median.ratio() * 100, TARGET * 100,
                median.ratio() >= TARGET ? "reached" : "NOT reached"));
        lines.add(String.format(Locale.ROOT, "  composing alone %.0f mails/s (part of both paths); plain loop: one SMTP connection,"
                + " each mail composed as the job does", Round.rate(median.mails(), median.composeMillis())));
        lines.add("  CPU ms/mail: CPU time of the sending thread(s), which hardly depends on other load; load: system load"
                + " average at the start of the round");
        lines.add(String.format(Locale.ROOT, "  every mail arrived exactly once on each of the %d sends; server heap %d MB used of %d MB",
                3 * rounds.size(), (heap.totalMemory() - heap.freeMemory()) >> 20, heap.maxMemory() >> 20));
        lines.add("");
        return String.join("\n", lines);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
