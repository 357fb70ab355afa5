package be.eloket.conversation.model;

import java.io.Serializable;

/** What a page shows of an attachment: never its content. */
public record AttachmentSummary(long id, long messageId, String fileName, String mediaType, long size)
        implements Serializable {

    public long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }
}
