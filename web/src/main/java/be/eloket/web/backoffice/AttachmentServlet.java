package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.Inbox;
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
 * /backoffice/attachment?id=…: downloads an attachment of a conversation within the staff member's themes, always as
 * a download, never shown inline (MSG-17); anything else answers 404 (SEC-2).
 */
@WebServlet("/backoffice/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @EJB
    Inbox inbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment attachment;
        try {
            attachment = inbox.attachment(activeUser.getAccount().id(), Long.parseLong(request.getParameter("id")));
        } catch (NotFound | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, attachment.getFileName(), attachment.getMediaType(), attachment.getContent());
    }
}
