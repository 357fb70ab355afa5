package be.eloket.test;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client of one kept-alive connection, for benchmarks that time a page: it writes the
 * request and reads the whole answer in the calling thread, as the JDBC driver does for the SQL the
 * page is compared with. {@code java.net.http.HttpClient} hands every exchange to its selector
 * thread and back through futures; on a machine of two cores that cost more than a millisecond a
 * request (MessagesPageBenchmark prints both), which is the instrument's time, not the page's.
 * Carries the session cookie it is given, and takes a new one when the server sets it.
 */
public final class KeptAliveConnection implements AutoCloseable {

    /** One answer: its status and its body as text (every answer of the portal is UTF-8). */
    public record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final String contextPath;
    private String sessionCookie;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    /** A connection to the application at {@code base}, in the session whose JSESSIONID is {@code sessionId}. */
    public KeptAliveConnection(URL base, String sessionId) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? base.getDefaultPort() : base.getPort();
        String path = base.getPath();
        this.contextPath = path.endsWith("/") ? path : path + "/";
        this.sessionCookie = sessionId;
    }

    /** GET of {@code path}, relative to the application. */
    public Answer get(String path) {
        return exchange(head("GET", path).append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1), null);
    }

    /** A form POST of {@code fields}; {@code ajax} adds the headers PrimeFaces sends. */
    public Answer post(String path, Map<String, String> fields, boolean ajax) {
        byte[] form = FacesForms.formBody(fields).getBytes(StandardCharsets.UTF_8);
        StringBuilder request = head("POST", path)
                .append("Content-Type: ").append(FacesForms.FORM_CONTENT_TYPE).append("\r\n")
                .append("Content-Length: ").append(form.length).append("\r\n");
        if (ajax) {
            FacesForms.AJAX_HEADERS.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        }
        return exchange(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1), form);
    }

    private StringBuilder head(String method, String path) {
        return new StringBuilder(256).append(method).append(' ').append(contextPath).append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Cookie: JSESSIONID=").append(sessionCookie).append("\r\n");
    }

    /**
     * Sends the request and reads its answer. The server closes a connection left idle (Undertow:
     * after a minute, as while the benchmark seeds the database): on a connection that was already
     * open, a failure sends the request once more on a new one.
     */
    private Answer exchange(byte[] head, byte[] body) {
        for (boolean retry = socket != null; ; retry = false) {
            try {
                return send(head, body);
            } catch (IOException e) {
                close();
                if (!retry) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private Answer send(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            open();
        }
        out.write(head);
        if (body != null) {
            out.write(body);
        }
        out.flush();
        return read();
    }

    private void open() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    private Answer read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                case "set-cookie" -> {
                    if (value.startsWith("JSESSIONID=")) {
                        int end = value.indexOf(';');
                        sessionCookie = value.substring("JSESSIONID=".length(), end < 0 ? value.length() : end);
                    }
                }
                default -> {
                    // other headers: not needed by the benchmarks
                }
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream(length > 0 ? (int) length : 1 << 15);
        if (chunked) {
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                content.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length >= 0) {
            content.write(in.readNBytes((int) length));
        }
        if (closing) {
            close();
        }
        return new Answer(status, content.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }
}
