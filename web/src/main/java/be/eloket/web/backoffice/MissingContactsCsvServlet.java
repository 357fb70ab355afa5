package be.eloket.web.backoffice;

import be.eloket.contact.boundary.ContactCoverage;
import be.eloket.contact.model.MissingContact;
import be.eloket.platform.Csv;
import be.eloket.web.Language;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * /backoffice/missing-contacts.csv?facility=…: (+) the report of the themes without a confirmed
 * contact person (BO-5) as a CSV file for Excel ({@link Csv}), administrators only (web.xml and
 * the boundary). Written a page at a time as it is read, so that a long report never sits in
 * memory whole.
 */
@WebServlet("/backoffice/missing-contacts.csv")
public class MissingContactsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 500;

    @EJB
    ContactCoverage coverage;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String facility = request.getParameter("facility");
        Locale locale = language.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle("be.eloket.web.messages", locale);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + texts.getString("missing-contacts.csv.file") + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Cache-Control", "private, no-store");
        PrintWriter out = response.getWriter();
        out.write(Csv.BOM);
        out.write(Csv.line(texts.getString("missing-contacts.column.facility"), texts.getString("missing-contacts.column.number"),
                texts.getString("missing-contacts.column.theme")));
        for (int first = 0; ; first += PAGE) {
            List<MissingContact> page = coverage.missing(facility, first, PAGE);
            for (MissingContact line : page) {
                out.write(Csv.line(line.facilityName(), line.facilityNumber(), line.themeName(locale)));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
    }
}
