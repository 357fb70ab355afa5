package be.eloket.cluster;

import be.eloket.test.FacesForms;
import be.eloket.test.RemoteTestData;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * P4, a benchmark that prints figures (no timing asserts): {@code eloket.load.users} (100)
 * logged-in facility users, half on each node, browse as people do: the home page, "Mijn
 * berichten", a filter on it (the PrimeFaces ajax request the filter button sends), a message's
 * detail, each after a think time of {@code eloket.load.think-ms} (7 000 ms on average, the
 * think time of TPC-W's browsing users, evenly spread from half to one and a half times it; 1 000
 * or 0 make the users click faster than people do, which measures how much the machine can take
 * instead). The first
 * {@code eloket.load.warmup-seconds} (60), during whose first half the users arrive one by one,
 * warm the servers up and are not timed; then
 * {@code eloket.load.seconds} (300) are. Prints requests per second, p50/p95/p99 (all and per
 * node), errors with their causes, and the serialised session size per user, which every user
 * asks for at the end with its own session cookie. Runs with
 * {@code mvn -Pcluster -pl ejb-tests -am verify '-Deloket.cluster.tests=**}{@code /ClusterLoadBenchmark.java'}.
 */
class ClusterLoadBenchmark {

    private static final int USERS = Integer.getInteger("eloket.load.users", 100);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("eloket.load.warmup-seconds", 60));
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("eloket.load.seconds", 300));
    private static final long THINK_MILLIS = Integer.getInteger("eloket.load.think-ms", 7000);
    private static final Pattern MESSAGE_LINK = Pattern.compile("message\\.xhtml\\?id=(\\d+)");
    private static final Pattern SESSION_TOTAL = Pattern.compile("total=(\\d+)");

    @BeforeAll
    static void startCluster() throws Exception {
        TestCluster.start();
    }

    @AfterAll
    static void stopCluster() throws IOException {
        TestCluster.stop();
    }

    @Test
    @DisplayName("P4 100 users browse home, lists with a filter and details on two nodes: throughput, latency, errors, session size")
    void load() throws Exception {
        List<String[]> users = new ArrayList<>();
        RemoteTestData data = new RemoteTestData(TestCluster.node1.url());
        for (int i = 0; i < (USERS + 1) / 2; i++) {
            Map<String, String> facility = data.facility("WZC Belasting " + i, 2);
            data.received(facility.get("facility"), 12, "Omzendbrief " + i);
            users.add(new String[] {facility.get("user"), facility.get("password")});
            users.add(new String[] {facility.get("colleague"), facility.get("password")});
        }

        Run run = new Run(Instant.now().plus(WARM_UP), Instant.now().plus(WARM_UP).plus(RUN));
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        for (int i = 0; i < USERS; i++) {
            String[] user = users.get(i);
            ClusterNode node = i % 2 == 0 ? TestCluster.node1 : TestCluster.node2;
            // Users arrive one after the other over the first half of the warm-up, as people
            // do: a hundred logins at the same instant on a cold node time out.
            Duration arrival = WARM_UP.dividedBy(2).multipliedBy(i).dividedBy(USERS);
            pool.execute(() -> new User(node, user[0], user[1], run).browse(arrival));
        }
        pool.shutdown();
        if (!pool.awaitTermination(WARM_UP.plus(RUN).toSeconds() + 300, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            run.error("a user still busy 5 minutes after the end");
        }

        String figures = run.figures();
        System.out.println(figures);
        Files.writeString(Path.of("target/cluster-load.txt"), figures);
    }

    /** What all users record: latencies (timed part only), errors with their cause, session sizes. */
    private static final class Run {

        private final Instant timedFrom;
        private final Instant end;
        private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        private final Map<String, Long> sessionSizes = new ConcurrentHashMap<>();
        private final Map<String, String> sessionAttributes = new ConcurrentHashMap<>();

        Run(Instant timedFrom, Instant end) {
            this.timedFrom = timedFrom;
            this.end = end;
        }

        boolean going() {
            return Instant.now().isBefore(end);
        }

        void took(String node, long startNanos) {
            if (Instant.now().isAfter(timedFrom)) {
                latencies.computeIfAbsent(node, n -> new ConcurrentLinkedQueue<>())
                        .add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            }
        }

        void error(String cause) {
            errors.computeIfAbsent(cause, c -> new AtomicLong()).incrementAndGet();
        }

        void session(String username, String answer) {
            Matcher total = SESSION_TOTAL.matcher(answer);
            if (total.find()) {
                sessionSizes.put(username, Long.parseLong(total.group(1)));
                sessionAttributes.put(username, answer.replace('\n', ' '));
            } else {
                error("session size not answered: " + answer);
            }
        }

        String figures() {
            long[] all = latencies.values().stream().flatMap(ConcurrentLinkedQueue::stream).mapToLong(Long::longValue).sorted().toArray();
            StringBuilder text = new StringBuilder();
            text.append("P4 cluster load: %d users over 2 nodes, think time %d ms on average, %d s warm-up (not timed), %d s timed%n"
                    .formatted(USERS, THINK_MILLIS, WARM_UP.toSeconds(), RUN.toSeconds()));
            text.append("  all:   %s%n".formatted(latency(all)));
            latencies.keySet().stream().sorted().forEach(node -> text.append("  %s: %s%n".formatted(node,
                    latency(latencies.get(node).stream().mapToLong(Long::longValue).sorted().toArray()))));
            long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
            text.append("  errors: %d%s%n".formatted(errorCount, errors.entrySet().stream()
                    .map(error -> "%n    %d x %s".formatted(error.getValue().get(), error.getKey())).collect(Collectors.joining())));
            var sizes = sessionSizes.values().stream().mapToLong(Long::longValue).summaryStatistics();
            text.append("  serialised session per user: %d users weighed, mean %.1f KB, largest %.1f KB (target <= 50 KB)%n"
                    .formatted(sizes.getCount(), sizes.getAverage() / 1024, sizes.getCount() == 0 ? 0 : sizes.getMax() / 1024.0));
            sessionSizes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(largest ->
                    text.append("    largest, by attribute (bytes): %s%n".formatted(sessionAttributes.get(largest.getKey()))));
            text.append("  load average at the end: %s%n".formatted(loadAverage()));
            return text.toString();
        }

        private String latency(long[] sorted) {
            return "%d requests, %.1f requests/s, p50 %d ms, p95 %d ms, p99 %d ms (target p95 < 150 ms)".formatted(sorted.length,
                    sorted.length / (double) RUN.toSeconds(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
        }
    }

    /** One facility user with a browser's cookie jar, on one node. */
    private static final class User {

        private final ClusterNode node;
        private final String username;
        private final String password;
        private final Run run;
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

        User(ClusterNode node, String username, String password, Run run) {
            this.node = node;
            this.username = username;
            this.password = password;
            this.run = run;
            this.base = node.url().toString();
        }

        /** Arrives, logs in, pages through home, list, filter and detail until the end, then has its session weighed. */
        void browse(Duration arrival) {
            try {
                Thread.sleep(arrival.toMillis());
                String login = get("login.xhtml");
                String home = post("login.xhtml", Map.of("login", "login", "login:username", username, "login:password", password,
                        "login:submit", "", "jakarta.faces.ViewState", FacesForms.viewState(login), "primefaces.nonce", FacesForms.nonce(login)), false);
                if (!home.contains("tasks-title")) {
                    run.error("login did not lead to the home page");
                    return;
                }
                while (run.going()) {
                    think();
                    get("facility/index.xhtml");
                    think();
                    String list = get("facility/messages.xhtml");
                    think();
                    filter(list);
                    Matcher message = MESSAGE_LINK.matcher(list);
                    think();
                    if (message.find()) {
                        get("facility/message.xhtml?id=" + message.group(1));
                    } else {
                        run.error("no message on Mijn berichten");
                    }
                }
                run.session(username, http.send(HttpRequest.newBuilder(URI.create(base + "test-data/session-size")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            } catch (IOException | RuntimeException e) {
                run.error(e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void think() throws InterruptedException {
            if (THINK_MILLIS > 0) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(THINK_MILLIS / 2, THINK_MILLIS * 3 / 2 + 1));
            }
        }

        /** "Filter" above Ontvangen berichten with a title word: the request the button sends. */
        private void filter(String list) throws IOException, InterruptedException {
            String answer = post("facility/messages.xhtml", FacesForms.receivedFilter("Omzendbrief", FacesForms.viewState(list), FacesForms.formToken(list),
                    FacesForms.nonce(list)), true);
            if (!answer.contains("<partial-response") || answer.contains("<error>")) {
                run.error("filter: no partial response or an error in it");
            }
        }

        private String get(String path) throws IOException, InterruptedException {
            return send(path, HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        private String post(String path, Map<String, String> form, boolean ajax) throws IOException, InterruptedException {
            return send(path, FacesForms.post(base + path, form, ajax));
        }

        /** Times one request; anything but 200, or the login page where a page was asked, is an error. */
        private String send(String path, HttpRequest.Builder request) throws IOException, InterruptedException {
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                run.error(path.replaceAll("\\?.*", "") + ": " + e.getClass().getSimpleName());
                return "";
            }
            run.took(node.name, start);
            if (response.statusCode() != 200) {
                run.error(path.replaceAll("\\?.*", "") + ": HTTP " + response.statusCode());
            } else if (!path.startsWith("login") && response.uri().getPath().endsWith("login.xhtml")) {
                run.error(path.replaceAll("\\?.*", "") + ": sent back to the login page");
            }
            return response.body();
        }
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
