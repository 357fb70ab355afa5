package be.eloket.web;

import be.eloket.conversation.boundary.Uploads;
import be.eloket.conversation.model.UploadRef;
import be.eloket.platform.RejectedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The attachments of the three composers (MSG-17): an uploaded file is streamed into the database
 * and parked at once and the page keeps its reference, or the person reads beside the field why it was not
 * added; a file removed from the list is removed from the database too.
 */
public final class ParkedFiles {

    private ParkedFiles() {
    }

    public static void park(Uploads files, long accountId, FileUploadEvent event, List<UploadRef> into) {
        // Streamed from the upload into the database; the file is never held whole in memory.
        try (InputStream content = event.getFile().getInputStream()) {
            into.add(files.park(accountId, event.getFile().getFileName(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RejectedInput refused) {
            // Beside the Bijlagen field, where the person chose the file (UX-3).
            refused.problems().forEach(problem -> Problems.beside(event.getComponent(), problem.messageKey(),
                    problem.arguments().toArray()));
        }
    }

    public static void remove(Uploads files, long accountId, UploadRef upload, List<UploadRef> from) {
        files.discard(accountId, upload);
        from.remove(upload);
    }
}
