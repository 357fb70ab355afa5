package be.eloket.conversation.model;

import java.io.Serializable;

/**
 * A file a user attached to a message being written, as the browser sent it (name untrusted), its
 * bytes already in the content store.
 */
public record Upload(String fileName, StoredContent content) implements Serializable {

    public long size() {
        return content.size();
    }
}
