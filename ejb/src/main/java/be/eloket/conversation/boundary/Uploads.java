package be.eloket.conversation.boundary;

import be.eloket.conversation.control.AttachmentPolicy;
import be.eloket.conversation.control.ContentStore;
import be.eloket.conversation.control.ParkedUploads;
import be.eloket.conversation.model.Upload;
import be.eloket.conversation.model.UploadRef;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;

/**
 * A file attached to a message being written, by a facility user or by the department (MSG-17):
 * streamed into the content store and parked as soon as it is uploaded; the boundary that sends
 * the message takes it. A file that could never be sent (empty, too large, a type not allowed) is
 * refused at once, with the reason beside the upload, rather than at "Verzenden", and nothing of
 * it is kept (the transaction rolls back); all checks of MSG-10 are made again, together, when
 * the message is sent (the files' total, a file removed meanwhile).
 */
@Stateless
@RolesAllowed({Role.Names.FACILITY_USER, Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
public class Uploads {

    @EJB
    ParkedUploads parked;

    @EJB
    ContentStore store;

    @Inject
    AttachmentPolicy policy;

    /** Parks the file {@code fileName} (as the browser named it) with the bytes {@code content}, read to its end. */
    public UploadRef park(long accountId, String fileName, InputStream content) {
        Upload upload = new Upload(fileName, store.store(content));
        List<Problem> problems = policy.check(List.of(upload)).problems();
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return parked.park(accountId, upload);
    }

    /** "Verwijder" beside a file: it will not be sent. */
    public void discard(long accountId, UploadRef upload) {
        parked.discard(accountId, List.of(upload));
    }
}
