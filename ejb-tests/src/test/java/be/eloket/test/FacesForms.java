package be.eloket.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the benchmarks' HTTP clients post as a browser would: JSF form posts and PrimeFaces ajax
 * requests with the view state read from the page they come from.
 */
public final class FacesForms {

    private static final Pattern NONCE = Pattern.compile("name=\"primefaces\\.nonce\" value=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"eloket-form-token\" value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^>]*?value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private FacesForms() {
    }

    /** The view state of a page, as the browser posts it back (Mojarra writes its colon as {@code &#58;}). */
    public static String viewState(String page) {
        Matcher found = VIEW_STATE.matcher(page);
        if (!found.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return found.group(1).replace("&#58;", ":");
    }

    /** The view state a partial (ajax) answer hands on, or {@code current} when it names none. */
    public static String nextViewState(String partialResponse, String current) {
        Matcher next = PARTIAL_VIEW_STATE.matcher(partialResponse);
        return next.find() ? next.group(1) : current;
    }

    /** The page's script nonce, which every post of the page carries back (SEC-7, web.ScriptNonces). */
    public static String nonce(String page) {
        Matcher found = NONCE.matcher(page);
        if (!found.find()) {
            throw new IllegalStateException("no script nonce in the page");
        }
        return found.group(1);
    }

    /** The person's form token a page without state writes into its forms (SEC-3, web.FormTokens). */
    public static String formToken(String page) {
        Matcher found = FORM_TOKEN.matcher(page);
        if (!found.find()) {
            throw new IllegalStateException("no form token in the page");
        }
        return found.group(1);
    }

    /** "Filteren" above Ontvangen berichten of /facility/messages.xhtml with {@code title} typed in Titel. */
    public static Map<String, String> receivedFilter(String title, String viewState, String formToken, String nonce) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "received:filter");
        fields.put("jakarta.faces.partial.execute", "received");
        // What the button's update names, as PrimeFaces sends it: the list and the date fields.
        fields.put("jakarta.faces.partial.render", "received:list received:from received:from-message received:to received:to-message");
        // The button is a plain submit button with p:ajax: PrimeFaces names the behaviour's event
        // instead of sending the button as a field.
        fields.put("jakarta.faces.behavior.event", "action");
        fields.put("jakarta.faces.partial.event", "click");
        fields.put("received", "received");
        fields.put("received:reference", "");
        fields.put("received:theme", "");
        fields.put("received:title", title);
        fields.put("received:counterpart", "");
        fields.put("received:from", "");
        fields.put("received:to", "");
        fields.put("eloket-form-token", formToken);
        fields.put("primefaces.nonce", nonce);
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    /** The content type of a form post, as a browser sends it. */
    public static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    /** The headers PrimeFaces adds to its ajax requests. */
    public static final Map<String, String> AJAX_HEADERS = Map.of("Faces-Request", "partial/ajax",
            "X-Requested-With", "XMLHttpRequest");

    /** {@code fields} as a browser encodes a form it posts ({@code application/x-www-form-urlencoded}). */
    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A form post of {@code fields} to {@code url}; {@code ajax} adds the headers PrimeFaces sends. */
    public static HttpRequest.Builder post(String url, Map<String, String> fields, boolean ajax) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", FORM_CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)));
        if (ajax) {
            AJAX_HEADERS.forEach(request::header);
        }
        return request;
    }
}
