package be.eloket.test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Creates test data from outside the server, for browser tests, through the test-only
 * {@link TestDataServlet}.
 */
public final class RemoteTestData {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public RemoteTestData(URL base) {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    /**
     * A new facility with {@code themes} themes and two users: keys facility, user, colleague,
     * password, and themes (the theme ids, comma-separated: "Thema 1 …", "Thema 2 …", …).
     */
    public Map<String, String> facility(String name, int themes) {
        return post("test-data/facility?themes=" + themes + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    /** BO-10: {@code count} more facilities of theme {@code theme}, each with a confirmed contact of it: key facilities (ids). */
    public Map<String, String> themeFacilities(String theme, int count, String prefix) {
        return post("test-data/theme-facilities?theme=" + theme + "&count=" + count
                + "&prefix=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
    }

    /** BO-10: a circular of account {@code author} to every facility of theme {@code theme}, started on this server: key circular. */
    public Map<String, String> circular(String theme, String author, String title) {
        return post("test-data/circular?theme=" + theme + "&author=" + author + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
    }

    /** A new department staff account of {@code role}: keys user, password. */
    public Map<String, String> staff(String role) {
        return post("test-data/staff?role=" + role);
    }

    /** A case handler in the default team of the facility's first theme: keys user, password. */
    public Map<String, String> caseHandlerOf(String facility) {
        return post("test-data/case-handler?facility=" + facility);
    }

    /** A case handler "Eigen Behandelaar" of a new team that handles theme {@code theme} only: key handler (the account id). */
    public Map<String, String> ownTeamHandler(String theme) {
        return post("test-data/own-team-handler?theme=" + theme);
    }

    /** {@code count} messages from the department to the facility: key messages (ids, oldest first). */
    public Map<String, String> received(String facility, int count, String title) {
        return post("test-data/received?facility=" + facility + "&count=" + count
                + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
    }

    /** A conversation of three messages (department, facility, department): keys reference, first. */
    public Map<String, String> thread(String facility, String title) {
        return post("test-data/thread?facility=" + facility + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
    }

    /** A confirmed contact person of the facility's first theme. */
    public void confirmedContact(String facility, String email) {
        post("test-data/contact?facility=" + facility + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    /**
     * A message the facility sent to the department (a new conversation) under theme {@code theme},
     * or the facility's first theme when null: keys message (its id) and reference.
     */
    public Map<String, String> sent(String facility, String theme, String title) {
        return post("test-data/sent?facility=" + facility + (theme == null ? "" : "&theme=" + theme)
                + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
    }

    /** Runs the send-mails job until every queued mail went out. */
    public void sendMails() {
        post("test-data/send-mails");
    }

    /** The subjects and plain-text bodies of the mails that arrived for {@code address}. */
    public String mailsTo(String address) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(base + "test-data/mails?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("mails to " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * {@code count} mails to {@code recipient} with status {@code queued}, {@code sent} or
     * {@code failed} (for real: the send-mails job ran until they stand so; a recipient at
     * {@link MailCatcher#REFUSING_DOMAIN} fails): key mails (their ids, comma-separated).
     */
    /** BO-9: a register of {@code lines} new facilities named and addressed with {@code prefix}, previewed and started on this node. */
    public Map<String, String> registerImport(String prefix, int lines) {
        return post("test-data/register-import?lines=" + lines + "&prefix=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
    }

    public Map<String, String> mails(String recipient, String status, int count) {
        return post("test-data/mail?status=" + status + "&count=" + count
                + "&recipient=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8));
    }

    public Map<String, String> mail(String recipient, String status) {
        return mails(recipient, status, 1);
    }

    /** A contact person of the facility for theme {@code theme}, confirmed or not. */
    public void contactOfTheme(String facility, String theme, String email, boolean confirmed) {
        post("test-data/theme-contact?facility=" + facility + "&theme=" + theme + "&confirmed=" + confirmed
                + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    /** A question of a new user of the facility to the technical helpdesk: key question (its id). */
    public Map<String, String> helpdeskQuestion(String facility, String question) {
        return post("test-data/helpdesk-question?facility=" + facility
                + "&question=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
    }

    /** How many helpdesk questions of the facility stand in {@code status} (OPEN, ANSWERED). */
    public long helpdeskQuestionCount(String facility, String status) {
        return Long.parseLong(post("test-data/helpdesk-question-count?facility=" + facility + "&status=" + status).get("count"));
    }

    /** From now on the database counts the statements it runs (pg_stat_statements, see TestData). */
    public void countStatements() {
        post("test-data/count-statements");
    }

    /** Each statement the database ran since {@link #countStatements()}, with how often. */
    public Map<String, Long> countedStatements() {
        Map<String, Long> counted = new HashMap<>();
        post("test-data/counted-statements").values().stream().map(line -> line.split(" ", 2))
                .forEach(statement -> counted.merge(statement[1], Long.parseLong(statement[0]), Long::sum));
        return counted;
    }

    private Map<String, String> post(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("test data: HTTP " + response.statusCode() + " for " + path);
            }
            Map<String, String> values = new HashMap<>();
            response.body().lines().map(line -> line.split("=", 2)).forEach(pair -> values.put(pair[0], pair[1]));
            return values;
        } catch (IOException e) {
            throw new IllegalStateException("test data: " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
