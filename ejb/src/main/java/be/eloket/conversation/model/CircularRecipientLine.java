package be.eloket.conversation.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * One facility of a circular (BO-10): its conversation and when the facility first opened the
 * message, or why it was refused ({@code refusal}: a bundle key, with {@code refusalArgument}), or
 * neither while it waits for the job.
 */
public record CircularRecipientLine(long facilityId, String facilityName, String facilityNumber, Long conversationId,
                                    String reference, String refusal, String refusalArgument, Instant openedAt)
        implements Serializable {

    public long getFacilityId() {
        return facilityId;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public String getFacilityNumber() {
        return facilityNumber;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public String getReference() {
        return reference;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getRefusalArgument() {
        return refusalArgument;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    /** Neither sent nor refused yet. */
    public boolean isWaiting() {
        return conversationId == null && refusal == null;
    }
}
