package be.eloket.web.facility;

import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.model.MessageDetail;
import be.eloket.platform.NotFound;
import be.eloket.web.ActiveUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/** /facility/message.xhtml?id=…: "Detail ontvangen bericht" / "Detail verstuurd bericht" (MSG-6, MSG-12). */
@Named
@ViewScoped
public class MessageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @EJB
    Conversations conversations;

    private Long id;
    private MessageDetail message;

    /** Opens the message (a received one is read from now on); another facility's id is a 404. */
    public void open() throws IOException {
        try {
            message = conversations.open(activeUser.facilityId(), id == null ? -1 : id);
        } catch (NotFound e) {
            Faces.responseSendError(404, "not found");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MessageDetail getMessage() {
        return message;
    }
}
