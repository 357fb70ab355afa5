package be.eloket.web;

import be.eloket.conversation.boundary.CaseHandling;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.model.Download;
import be.eloket.platform.NotFound;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Downloads an attachment of a message (MSG-17), always as a download, never shown inline:
 * /facility/attachment?id=… one of the facility's own messages, /backoffice/attachment?id=… one
 * within the staff member's themes (each path behind its own role in web.xml). Anything else
 * answers 404, the same as an attachment that does not exist (SEC-2). The bytes are read from the
 * content store a chunk at a time as they are sent.
 */
@WebServlet({AttachmentServlet.FACILITY, AttachmentServlet.BACKOFFICE})
public class AttachmentServlet extends HttpServlet {

    static final String FACILITY = "/facility/attachment";
    static final String BACKOFFICE = "/backoffice/attachment";

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @EJB
    Conversations conversations;

    @EJB
    CaseHandling caseHandling;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download attachment;
        try {
            long id = Long.parseLong(request.getParameter("id"));
            attachment = BACKOFFICE.equals(request.getServletPath())
                    ? caseHandling.attachment(activeUser.getAccount().id(), id)
                    : conversations.attachment(activeUser.facilityId(), id);
        } catch (NotFound | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream content = attachment.content()) {
            Downloads.send(response, attachment.fileName(), attachment.mediaType(), attachment.size(), content);
        }
    }
}
