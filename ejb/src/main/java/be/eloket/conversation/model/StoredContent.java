package be.eloket.conversation.model;

import java.io.Serializable;

/**
 * The bytes of a file as the content store keeps them, once for every message and parked upload
 * that carries them: found by {@code id}, known by checksum and size.
 */
public record StoredContent(long id, String sha256, long size) implements Serializable {
}
