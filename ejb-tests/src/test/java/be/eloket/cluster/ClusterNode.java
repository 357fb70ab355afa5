package be.eloket.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One WildFly of the test cluster: its own server folder (a copy of the configured
 * standalone-ha server's), its own port offset, started as a real process and stopped, or killed
 * with SIGKILL, as an operator or a crash would.
 */
final class ClusterNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int offset;
    private final Path home;
    private final Path base;
    private Process process;

    ClusterNode(String name, int offset, Path home, Path root) {
        this.name = name;
        this.offset = offset;
        this.home = home;
        this.base = root.resolve(name);
    }

    int httpPort() {
        return 8080 + offset;
    }

    int managementPort() {
        return 9990 + offset;
    }

    /** The port of its JGroups TCP transport, for the other nodes' TCPPING list. */
    int jgroupsPort() {
        return 7600 + offset;
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + httpPort() + "/eloket/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh server folder holding {@code ear} as its only deployment. */
    void prepare(Path ear) throws IOException {
        deleteTree(base);
        copyTree(home.resolve("standalone"), base);
        deleteTree(base.resolve("data"));
        deleteTree(base.resolve("tmp"));
        deleteTree(base.resolve("log"));
        Files.createDirectories(base.resolve("log"));
        Files.copy(ear, base.resolve("deployments/eloket.ear"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Starts the node; {@link #awaitReady} tells when it serves. */
    void start(String clusterHosts, Map<String, String> environment, List<String> properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-ha.xml", "--stability=community",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.node.name=" + name,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.private=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Djava.net.preferIPv4Stack=true",
                "-Deloket.cluster.hosts=" + clusterHosts,
                "-Deloket.base-url=http://127.0.0.1:" + httpPort() + "/eloket"));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("log/console.log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("JBOSS_HOME", home.toString());
        // The heap at its maximum from the start, as in production (README, Production / cluster).
        builder.environment().put("JAVA_OPTS", "-Xms768m -Xmx768m -XX:MaxMetaspaceSize=512m -Djava.awt.headless=true");
        process = builder.start();
    }

    /** Waits until /health/ready answers UP: server running, EAR deployed, database answering. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + base.resolve("log"));
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + managementPort() + "/health/ready")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                last = ready.body();
                if (ready.statusCode() == 200 && last.contains("\"database\"")) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofSeconds(2));
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ": " + last);
    }

    /** Whether the node's server process runs (it may still be starting). */
    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no undeployment, no goodbye to the cluster. */
    void kill() {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor();
    }

    /** A clean stop (SIGTERM: WildFly shuts down gracefully). */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            process.toHandle().descendants().forEach(child -> child.onExit().join());
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
