package be.eloket.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How the portal hands over a file (MSG-17, SEC-7): always as a download, never rendered in the
 * portal's origin, where a file a facility uploaded could otherwise run script with the reader's
 * session: {@code attachment}, no sniffing of another type, and a sandbox without any right should
 * a browser show it anyway. Text carries its charset, so that no browser guesses one.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Sends {@code size} bytes read from {@code content} as they come, never the whole file in memory. */
    public static void send(HttpServletResponse response, String fileName, String mediaType, long size, InputStream content)
            throws IOException {
        String name = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        boolean text = mediaType.toLowerCase(Locale.ROOT).startsWith("text/") && !mediaType.contains("charset");
        response.setContentType(text ? mediaType + ";charset=UTF-8" : mediaType);
        response.setContentLengthLong(size);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Cache-Control", "private, no-store");
        content.transferTo(response.getOutputStream());
    }
}
