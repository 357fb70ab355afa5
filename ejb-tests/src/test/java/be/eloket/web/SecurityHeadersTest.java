package be.eloket.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.test.Browser;
import be.eloket.test.PortalTest;
import be.eloket.test.SessionRequests;
import be.eloket.test.TestData;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SEC-7 as a browser receives it: the headers of the portal's answers over plain HTTP and over
 * TLS (WildFly's https listener with its self-signed certificate, which this test trusts), and
 * the server's front door.
 */
class SecurityHeadersTest extends PortalTest {

    private static final int HTTPS_PORT = 8443 + Integer.getInteger("eloket.test.port-offset", 100);

    @Test
    @DisplayName("SEC-7 a page, a script and the error page carry frame-ancestors 'none', X-Frame-Options, nosniff, Referrer-Policy and Permissions-Policy; no HSTS over plain http")
    void everyAnswerCarriesTheHeaders() throws Exception {
        for (String path : List.of("login.xhtml", "jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces",
                "facility/message.xhtml?id=1", "geen-pagina.xhtml")) {
            HttpURLConnection answer = open(URI.create(base + path).toURL());
            assertAll(path,
                    () -> assertTrue(policies(answer).contains("frame-ancestors 'none'"), policies(answer)),
                    () -> assertEquals("DENY", answer.getHeaderField("X-Frame-Options")),
                    () -> assertEquals("nosniff", answer.getHeaderField("X-Content-Type-Options")),
                    () -> assertEquals("same-origin", answer.getHeaderField("Referrer-Policy")),
                    () -> assertTrue(answer.getHeaderField("Permissions-Policy").contains("camera=()")),
                    () -> assertNull(answer.getHeaderField("Strict-Transport-Security"), "no HSTS without TLS"));
        }
    }

    @Test
    @DisplayName("SEC-6 SEC-7 over TLS a page carries HSTS and its session cookie is Secure, HttpOnly and SameSite")
    void overTls() throws Exception {
        HttpsURLConnection answer = (HttpsURLConnection) URI.create("https://127.0.0.1:" + HTTPS_PORT + "/eloket/login.xhtml")
                .toURL().openConnection();
        SSLContext trustingAll = SSLContext.getInstance("TLS");
        trustingAll.init(null, new TrustManager[] {new SelfSigned()}, null);
        answer.setSSLSocketFactory(trustingAll.getSocketFactory());
        answer.setHostnameVerifier((host, session) -> true);
        answer.setInstanceFollowRedirects(false);

        assertEquals(200, answer.getResponseCode());
        assertEquals("max-age=31536000", answer.getHeaderField("Strict-Transport-Security"));
        String cookie = answer.getHeaderFields().get("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        List<String> attributes = List.of(cookie.toLowerCase(Locale.ROOT).split(";\\s*"));
        assertTrue(attributes.contains("secure"), cookie);
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
    }

    @Test
    @DisplayName("SEC-7 the server's root answers a redirect to the portal, not WildFly's welcome page")
    void rootRedirectsToThePortal() throws Exception {
        HttpURLConnection answer = open(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/").toURL());

        assertTrue(List.of(301, 302, 303, 307, 308).contains(answer.getResponseCode()), "status " + answer.getResponseCode());
        assertTrue(answer.getHeaderField("Location").endsWith("/eloket/"), answer.getHeaderField("Location"));
    }

    @Test
    @DisplayName("SEC-7 the facility's and the department's pages allow only their own scripts and those with the page's nonce: every script carries it, no inline event handler")
    void pagesRunNoInlineScript() {
        Map<String, String> facility = data().facility("WZC Scripts " + TestData.unique(), 1);
        try (Browser browser = loggedIn(facility)) {
            assertOnlyNoncedScripts(new SessionRequests(browser), List.of("facility/index.xhtml", "facility/organisation.xhtml",
                    "facility/messages.xhtml", "facility/compose.xhtml"));
        }
        Map<String, String> administrator = data().staff("ADMINISTRATOR");
        try (Browser browser = Browser.open(base)) {
            browser.login(administrator.get("user"), administrator.get("password"));
            assertOnlyNoncedScripts(new SessionRequests(browser), List.of("backoffice/inbox.xhtml", "backoffice/themes.xhtml",
                    "backoffice/new-message.xhtml", "backoffice/accounts.xhtml", "backoffice/outbox.xhtml"));
        }
    }

    private void assertOnlyNoncedScripts(SessionRequests requests, List<String> paths) {
        for (String path : paths) {
            HttpResponse<byte[]> answer = requests.get(base + path);
            String page = new String(answer.body(), StandardCharsets.UTF_8);
            assertEquals(200, answer.statusCode(), path);
            String scriptPolicy = answer.headers().allValues("Content-Security-Policy").stream()
                    .filter(policy -> policy.contains("script-src")).findFirst().orElse("");
            Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(scriptPolicy);
            assertTrue(nonce.find(), path + ": " + scriptPolicy);
            assertFalse(scriptPolicy.contains("unsafe"), path + ": " + scriptPolicy);
            List<String> scripts = Pattern.compile("<script[^>]*>").matcher(page).results().map(MatchResult::group).toList();
            assertFalse(scripts.isEmpty(), path);
            assertAll(path, scripts.stream().map(script -> () -> assertTrue(script.contains("nonce=\"" + nonce.group(1) + "\""), script)));
            assertEquals(List.of(), Pattern.compile("<[^>]+\\s(on[a-z]+)=\"").matcher(page).results().map(MatchResult::group).toList(),
                    path + ": inline event handlers");
        }
    }

    /** Every Content-Security-Policy of an answer (the server's and the page's): a browser applies them all. */
    private static String policies(HttpURLConnection answer) {
        List<String> policies = answer.getHeaderFields().get("Content-Security-Policy");
        return policies == null ? "" : String.join(" | ", policies);
    }

    private static HttpURLConnection open(URL url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.getResponseCode();
        return connection;
    }

    /** Trusts the test server's self-signed certificate (and any other: this test talks only to it). */
    private static final class SelfSigned implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
