package be.eloket.conversation.model;

import be.eloket.conversation.entity.ParkedUpload;
import java.io.Serializable;

/**
 * A file attached to a message being written, as the page keeps it: its content waits in the
 * database ({@link ParkedUpload}), so that the session, which the cluster replicates, stays small.
 */
public record UploadRef(long id, String fileName, long size) implements Serializable {
}
