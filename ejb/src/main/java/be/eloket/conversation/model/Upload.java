package be.eloket.conversation.model;

import java.io.Serializable;

/** A file a user attached to a message being written, as the browser sent it (name untrusted). */
public record Upload(String fileName, byte[] content) implements Serializable {

    public long size() {
        return content.length;
    }
}
