package be.eloket.web.facility;

import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.model.MessageDetail;
import be.eloket.web.ActiveUser;
import be.eloket.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

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
    @Refusals
    public void open() {
        message = conversations.open(activeUser.facilityId(), id == null ? -1 : id);
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
