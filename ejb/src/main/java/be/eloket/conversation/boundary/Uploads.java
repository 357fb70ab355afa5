package be.eloket.conversation.boundary;

import be.eloket.account.entity.Role;
import be.eloket.conversation.control.ParkedUploads;
import be.eloket.conversation.entity.Upload;
import be.eloket.conversation.entity.UploadRef;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;

/**
 * A file attached to a message being written, by a facility user or by the department (MSG-17):
 * parked in the database as soon as it is uploaded; the boundary that sends the message takes it.
 * Nothing is checked here: all checks of MSG-10 are made together when the message is sent.
 */
@Stateless
@RolesAllowed({Role.Names.FACILITY_USER, Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
public class Uploads {

    @EJB
    ParkedUploads parked;

    public UploadRef park(long accountId, Upload upload) {
        return parked.park(accountId, upload);
    }

    /** "Verwijder" beside a file: it will not be sent. */
    public void discard(long accountId, UploadRef upload) {
        parked.discard(accountId, List.of(upload));
    }
}
