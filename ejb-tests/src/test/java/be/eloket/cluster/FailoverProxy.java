package be.eloket.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A load balancer in front of the nodes, as small as it can be: every new connection goes to the
 * first node that accepts it, the next one only when that one is gone. That is what a balancer
 * with sticky sessions does when a node dies, and it keeps the browser on one address so that it
 * sends its session cookie to whichever node answers.
 */
final class FailoverProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Integer> backends;
    // The open connections to the nodes, to tell when a dead node's ones are all closed.
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "failover-proxy");
        thread.setDaemon(true);
        return thread;
    });

    FailoverProxy(int port, List<Integer> backends) throws IOException {
        this.backends = backends;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        workers.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                workers.execute(() -> forward(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void forward(Socket client) {
        Socket backend = connect();
        if (backend == null) {
            close(client);
            return;
        }
        workers.execute(() -> pump(client, backend));
        pump(backend, client);
    }

    /**
     * Waits until every connection to the node on {@code port} is closed, and with it the browser's
     * side: a request sent in the moment between a node's death and that would be lost on the way,
     * as on any balancer that does not repeat requests.
     */
    void awaitClosed(int port, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (open.stream().anyMatch(socket -> socket.getPort() == port)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("connections to " + port + " still open after " + timeout);
            }
            ClusterNode.pause(Duration.ofMillis(50));
        }
    }

    private Socket connect() {
        for (int port : backends) {
            try {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
                open.add(socket);
                return socket;
            } catch (IOException refused) {
                // that node is down: the next one
            }
        }
        return null;
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away: close both
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        workers.shutdownNow();
    }
}
