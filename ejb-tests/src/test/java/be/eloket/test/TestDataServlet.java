package be.eloket.test;

import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.model.ConversationContactRow;
import be.eloket.conversation.model.Draft;
import be.eloket.conversation.model.Sent;
import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailStatus;
import be.eloket.platform.Role;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Lets browser tests (which run outside the server) create their own data. Exists only in the
 * test deployments: {@link Deployments} adds it to the WAR; the real EAR has no such door.
 * Answers "key=value" lines.
 */
@WebServlet("/test-data/*")
public class TestDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);

    @EJB
    TestData testData;

    @EJB
    MailCatcher mailCatcher;

    /**
     * GET /test-data/mails?to=…: the plain-text bodies of the mails that arrived for that address.
     * GET /test-data/session-size: the serialised size of the caller's own session, in total and by
     * attribute (P4).
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/session-size".equals(request.getPathInfo())) {
            HttpSession session = request.getSession(false);
            if (session == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Map<String, Integer> sizes = SessionSizes.of(session);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("total=" + sizes.entrySet().stream().filter(size -> !size.getKey().contains("["))
                    .mapToInt(Map.Entry::getValue).sum() + "\n"
                    + sizes.entrySet().stream().map(size -> size.getKey() + "=" + size.getValue()).collect(Collectors.joining("\n")));
            return;
        }
        if (!"/mails".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder answer = new StringBuilder();
        for (jakarta.mail.internet.MimeMessage mail : mailCatcher.to(request.getParameter("to"))) {
            try {
                answer.append("Subject: ").append(mail.getSubject()).append('\n');
                jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
                answer.append(parts.getBodyPart(0).getContent()).append("\n=====\n");
            } catch (jakarta.mail.MessagingException e) {
                throw new IOException(e);
            }
        }
        response.getWriter().write(answer.toString());
    }

    @EJB
    TestMails mails;

    @EJB
    Outbox outbox;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsFacilityUser asFacilityUser;

    @EJB
    Conversations conversations;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder answer = new StringBuilder();
        switch (request.getPathInfo()) {
            case "/facility" -> {
                int themes = Integer.parseInt(request.getParameter("themes"));
                long facility = testData.facility(request.getParameter("name"), themes);
                answer.append("facility=").append(facility).append('\n');
                answer.append("user=").append(testData.facilityUser(facility, "Test Gebruiker")).append('\n');
                answer.append("colleague=").append(testData.facilityUser(facility, "Test Collega")).append('\n');
                answer.append("password=").append(TestData.PASSWORD).append('\n');
                answer.append("themes=").append(testData.themeIds(facility).stream().map(String::valueOf)
                        .collect(Collectors.joining(","))).append('\n');
                answer.append("themeCodes=").append(String.join(",", testData.themeCodes(facility))).append('\n');
            }
            case "/staff" -> {
                answer.append("user=")
                        .append(testData.departmentStaff(Role.valueOf(request.getParameter("role")), "Test Medewerker"))
                        .append('\n');
                answer.append("password=").append(TestData.PASSWORD).append('\n');
            }
            case "/own-team-handler" -> answer.append("handler=")
                    .append(testData.caseHandlerOfOwnTeam(Long.parseLong(request.getParameter("theme")), "Eigen Behandelaar"))
                    .append('\n');
            case "/case-handler" -> {
                answer.append("user=").append(testData.caseHandlerLoginOf(Long.parseLong(request.getParameter("facility")),
                        "Test Behandelaar")).append('\n');
                answer.append("password=").append(TestData.PASSWORD).append('\n');
            }
            case "/theme-facilities" -> answer.append("facilities=").append(testData.facilitiesOfTheme(
                            Long.parseLong(request.getParameter("theme")), Integer.parseInt(request.getParameter("count")),
                            request.getParameter("prefix")).stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .append('\n');
            case "/circular" -> answer.append("circular=").append(testData.circular(Long.parseLong(request.getParameter("theme")),
                    Long.parseLong(request.getParameter("author")), request.getParameter("title"))).append('\n');
            case "/register-import" -> {
                long importId = testData.registerImport(request.getParameter("prefix"),
                        Integer.parseInt(request.getParameter("lines")));
                answer.append("import=").append(importId).append('\n');
            }
            case "/mail" -> {
                int count = request.getParameter("count") == null ? 1 : Integer.parseInt(request.getParameter("count"));
                List<Long> ids = mails(request.getParameter("recipient"),
                        MailStatus.valueOf(request.getParameter("status").toUpperCase(Locale.ROOT)), count);
                answer.append("mails=").append(ids.stream().map(String::valueOf).collect(Collectors.joining(","))).append('\n');
            }
            case "/thread" -> {
                try {
                    testData.thread(Long.parseLong(request.getParameter("facility")), request.getParameter("title"))
                            .forEach((key, value) -> answer.append(key).append('=').append(value).append('\n'));
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
            case "/count-statements" -> {
                try {
                    testData.countStatements();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
            case "/counted-statements" -> {
                // One line a statement, "n=<times> <SQL>": the SQL holds '=' signs of its own.
                try {
                    int line = 0;
                    for (Map.Entry<String, Long> statement : testData.countedStatements().entrySet()) {
                        answer.append(++line).append('=').append(statement.getValue()).append(' ')
                                .append(statement.getKey().replace('\n', ' ')).append('\n');
                    }
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
            case "/contact" -> {
                testData.confirmedContact(Long.parseLong(request.getParameter("facility")), request.getParameter("email"));
                answer.append("contact=").append(request.getParameter("email")).append('\n');
            }
            case "/received" -> {
                List<Long> ids = testData.received(Long.parseLong(request.getParameter("facility")),
                        Integer.parseInt(request.getParameter("count")), request.getParameter("title"));
                answer.append("messages=").append(ids.stream().map(String::valueOf).collect(Collectors.joining(","))).append('\n');
            }
            case "/sent" -> {
                String contact = "contact-" + TestData.unique() + "@voorziening.example";
                Sent sent = sent(Long.parseLong(request.getParameter("facility")), request.getParameter("theme"),
                        request.getParameter("title"), contact);
                answer.append("message=").append(sent.messageId()).append('\n');
                answer.append("contact=").append(contact).append('\n');
                answer.append("reference=").append(sent.reference()).append('\n');
            }
            case "/send-mails" -> {
                // Runs the send-mails job until every queued mail went out, as the timer would.
                mails.sendAllQueued();
                answer.append("sent=true\n");
            }
            case "/theme-contact" -> {
                testData.contactOfTheme(Long.parseLong(request.getParameter("facility")),
                        Long.parseLong(request.getParameter("theme")), request.getParameter("email"),
                        Boolean.parseBoolean(request.getParameter("confirmed")));
                answer.append("contact=").append(request.getParameter("email")).append('\n');
            }
            case "/helpdesk-question" -> {
                try {
                    answer.append("question=").append(testData.helpdeskQuestion(Long.parseLong(request.getParameter("facility")),
                            request.getParameter("question"))).append('\n');
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
            case "/helpdesk-question-count" -> answer.append("count=").append(testData.helpdeskQuestionCount(
                    Long.parseLong(request.getParameter("facility")),
                    be.eloket.helpdesk.entity.QuestionStatus.valueOf(request.getParameter("status")))).append('\n');
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.getWriter().write(answer.toString());
    }

    /**
     * A new conversation the facility started, as a facility user sends it (MSG-13), under theme
     * {@code themeId} or else the facility's first theme, to the theme's default team.
     */
    private Sent sent(long facilityId, String themeId, String title, String contactEmail) {
        long theme = themeId == null ? testData.themeIds(facilityId).get(0) : Long.parseLong(themeId);
        long author = testData.accountId(testData.facilityUser(facilityId, "Test Afzender"));
        ConversationContactRow contact = new ConversationContactRow(null, "Contact", "Test",
                contactEmail, "+32 2 553 35 00", false);
        Draft draft = new Draft(theme, title, "Tekst van " + title, List.of(), List.of(contact), null, null);
        try {
            return asFacilityUser.call(() -> conversations.start(facilityId, author, draft, Locale.forLanguageTag("nl")));
        } catch (Exception e) {
            throw new IllegalStateException("cannot send a test message", e);
        }
    }

    /**
     * Queues {@code count} mails to {@code recipient}; for SENT or FAILED, runs the send-mails job
     * until they really stand so (a recipient at {@link MailCatcher#REFUSING_DOMAIN} fails).
     */
    private List<Long> mails(String recipient, MailStatus status, int count) {
        if (status != MailStatus.QUEUED && status != MailStatus.SENT && status != MailStatus.FAILED) {
            throw new IllegalArgumentException("test mails are queued, sent or failed, not " + status);
        }
        List<Long> ids = mails.queue(IntStream.range(0, count)
                .mapToObj(i -> TestMails.removalNotice(recipient, "Test Ontvanger", "WZC Test", Locale.forLanguageTag("nl")))
                .toList());
        if (status != MailStatus.QUEUED) {
            Jobs.runUntil(this::sendNow, () -> mails.countWithStatus(ids, status) == ids.size(), MAIL_TIMEOUT);
        }
        return ids;
    }

    private long sendNow() {
        try {
            return asAdministrator.call(outbox::sendNow);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the send-mails job", e);
        }
    }
}
