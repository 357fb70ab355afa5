package be.eloket.web.facility;

import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.entity.Attachment;
import be.eloket.platform.NotFound;
import be.eloket.web.ActiveUser;
import be.eloket.web.Downloads;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /facility/attachment?id=…: downloads an attachment of one of the facility's messages, always as
 * a download, never shown inline (MSG-17); anything else answers 404 (SEC-2).
 */
@WebServlet("/facility/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @EJB
    Conversations conversations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment attachment;
        try {
            attachment = conversations.attachment(activeUser.facilityId(), Long.parseLong(request.getParameter("id")));
        } catch (NotFound | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, attachment.getFileName(), attachment.getMediaType(), attachment.getContent());
    }
}
