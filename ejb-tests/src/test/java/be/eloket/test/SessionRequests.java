package be.eloket.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.openqa.selenium.Cookie;

/**
 * Requests outside the page, in the session of the person logged in to a {@link Browser}: a
 * download read as bytes, or a POST forged by hand (no view state of a page the person may see)
 * to prove that the server, not a hidden button, refuses it.
 */
public final class SessionRequests {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String cookie;

    public SessionRequests(Browser browser) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        this.cookie = "JSESSIONID=" + session.getValue();
    }

    public HttpResponse<byte[]> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).GET().build());
    }

    /** A form POST with {@code fields}, as a JSF form would send it. */
    public HttpResponse<byte[]> post(String url, Map<String, String> fields) {
        return send(FacesForms.post(url, fields, false).header("Cookie", cookie).build());
    }

    /** The same POST as a PrimeFaces ajax request would send it (partial processing and rendering). */
    public HttpResponse<byte[]> ajaxPost(String url, Map<String, String> fields) {
        return send(FacesForms.post(url, fields, true).header("Cookie", cookie).build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
