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
            case "/staff" -> answer.append("user=")
                    .append(testData.departmentStaff(Role.valueOf(request.getParameter("role")), "Test Medewerker"))
                    .append('\n');
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        answer.append("password=").append(TestData.PASSWORD).append('\n');
        response.getWriter().write(answer.toString());
    }
}
