package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.Inbox;
import be.eloket.conversation.entity.Attachment;
import be.eloket.platform.NotFound;
import be.eloket.web.ActiveUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
        String name = URLEncoder.encode(attachment.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(attachment.getMediaType());
        response.setContentLengthLong(attachment.getSize());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(attachment.getContent());
    }
}
