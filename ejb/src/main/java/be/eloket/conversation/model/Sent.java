package be.eloket.conversation.model;

import java.io.Serializable;

/** What became of a sent message: its id, its conversation's reference, and whom it went to (MSG-11). */
public record Sent(long messageId, long conversationId, String reference, String routedTo) implements Serializable {
}
