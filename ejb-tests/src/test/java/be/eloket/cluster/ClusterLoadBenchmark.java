package be.eloket.cluster;

import be.eloket.test.RemoteTestData;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * logged-in facility users, half on each node, for {@code eloket.load.seconds} (300) browse as
 * people do: the home page, "Mijn berichten", a filter on it (the PrimeFaces ajax request the
 * filter button sends), a message's detail. Prints requests per second, p50/p95/p99, errors and
 * the serialised session size per user. Runs with
 * {@code mvn -Pcluster,benchmark-cluster -pl ejb-tests -am verify}.
 */
class ClusterLoadBenchmark {

    private static final int USERS = Integer.getInteger("eloket.load.users", 100);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("eloket.load.seconds", 300));
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern MESSAGE_LINK = Pattern.compile("message\\.xhtml\\?id=(\\d+)");

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

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        Instant end = Instant.now().plus(RUN);
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        for (int i = 0; i < USERS; i++) {
            String[] user = users.get(i);
            ClusterNode node = i % 2 == 0 ? TestCluster.node1 : TestCluster.node2;
            pool.execute(() -> browse(node, user[0], user[1], end, latencies, errors));
        }
        pool.shutdown();
        pool.awaitTermination(RUN.toSeconds() + 300, TimeUnit.SECONDS);

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        String sessions = sessionSizes(TestCluster.node1) + "; " + sessionSizes(TestCluster.node2);
        String figures = String.format(
                "P4 cluster load: %d users for %d s over 2 nodes: %d requests, %.1f requests/s, p50 %d ms, p95 %d ms, p99 %d ms,"
                        + " %d errors; serialised session per user (node1; node2): %s",
                USERS, RUN.toSeconds(), sorted.length, sorted.length / (double) RUN.toSeconds(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), errors.get(), sessions);
        System.out.println(figures);
        Files.writeString(Path.of("target/cluster-load.txt"), figures + System.lineSeparator());
    }

    /** One user: logs in, then pages through home, list, filter and detail until {@code end}. */
    private static void browse(ClusterNode node, String username, String password, Instant end,
                               ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String base = node.url().toString();
        try {
            String login = get(http, base + "login.xhtml", latencies, errors);
            String home = post(http, base + "login.xhtml", Map.of("login", "login", "login:username", username,
                    "login:password", password, "login:submit", "", "jakarta.faces.ViewState", viewState(login)), false, latencies, errors);
            if (!home.contains("tasks-title")) {
                errors.incrementAndGet();
                return;
            }
            while (Instant.now().isBefore(end)) {
                get(http, base + "facility/index.xhtml", latencies, errors);
                String list = get(http, base + "facility/messages.xhtml", latencies, errors);
                post(http, base + "facility/messages.xhtml", Map.of(
                        "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "received:filter",
                        "jakarta.faces.partial.execute", "received", "jakarta.faces.partial.render", "received",
                        "received:filter", "received:filter", "received", "received",
                        "received:title", "Omzendbrief", "jakarta.faces.ViewState", viewState(list)), true, latencies, errors);
                Matcher message = MESSAGE_LINK.matcher(list);
                if (message.find()) {
                    get(http, base + "facility/message.xhtml?id=" + message.group(1), latencies, errors);
                }
            }
        } catch (RuntimeException e) {
            errors.incrementAndGet();
        }
    }

    private static String get(HttpClient http, String url, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        return send(http, HttpRequest.newBuilder(URI.create(url)).GET(), latencies, errors);
    }

    private static String post(HttpClient http, String url, Map<String, String> form, boolean ajax,
                               ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(http, request, latencies, errors);
    }

    /** Times one request; anything but 200 with a page (or an ajax answer without an error) is an error. */
    private static String send(HttpClient http, HttpRequest.Builder request, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            if (response.statusCode() != 200 || response.body().contains("<error>") || response.body().contains("id=\"login:username\"")
                    && !response.uri().getPath().endsWith("login.xhtml")) {
                errors.incrementAndGet();
            }
            return response.body();
        } catch (IOException e) {
            errors.incrementAndGet();
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String viewState(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        return state.group(1);
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String sessionSizes(ClusterNode node) throws IOException, InterruptedException {
        String answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url() + "test-data/session-sizes")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Arrays.stream(answer.split("\n")).filter(line -> !line.isBlank()).collect(Collectors.joining(", ")) + " bytes";
    }
}
