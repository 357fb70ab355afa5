package be.eloket.test;

import be.eloket.account.entity.Role;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets browser tests (which run outside the server) create their own data. Exists only in the
 * test deployments: {@link Deployments} adds it to the WAR; the real EAR has no such door.
 * Answers "key=value" lines.
 */
@WebServlet("/test-data/*")
public class TestDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    TestData testData;

    @EJB
    TestMails testMails;

    @EJB
    MailCatcher mailCatcher;

    /** GET /test-data/mails?to=…: the plain-text bodies of the mails that arrived for that address. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
            }
            case "/send-mails" -> {
                // Runs the send-mails job until every queued mail went out, as the timer would.
                testMails.sendAllQueued();
                answer.append("sent=true\n");
            }
            case "/staff" -> answer.append("user=")
                    .append(testData.departmentStaff(Role.valueOf(request.getParameter("role")), "Test Medewerker"))
                    .append('\n');
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        if (!request.getPathInfo().equals("/send-mails")) {
            answer.append("password=").append(TestData.PASSWORD).append('\n');
        }
        response.getWriter().write(answer.toString());
    }
}
