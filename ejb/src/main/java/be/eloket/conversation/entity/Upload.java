package be.eloket.conversation.entity;

import java.io.Serializable;

/** A file a user attached to a message being written, as the browser sent it (name untrusted). */
public record Upload(String fileName, byte[] content) implements Serializable {

    public long size() {
        return content.length;
    }
}
