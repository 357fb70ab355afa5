package be.eloket.conversation.model;

import java.io.InputStream;

/**
 * An attachment as it is handed over (MSG-17): its name, type, size and checksum, and its bytes,
 * read from the content store as they are sent.
 */
public record Download(String fileName, String mediaType, long size, String sha256, InputStream content) {
}
