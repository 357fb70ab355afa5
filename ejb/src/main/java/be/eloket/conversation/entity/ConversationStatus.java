package be.eloket.conversation.entity;

import java.util.List;

/** Whether the department still owes the facility an answer. */
public enum ConversationStatus {
    /** The facility wrote last: the department owes it an answer. */
    OPEN,
    /** The department answered what the facility wrote, or marked it settled. */
    ANSWERED,
    /** The department started the conversation and the facility has not reacted: nobody answered anything yet. */
    SENT;

    /**
     * The states the inbox filters by: it lists what facilities sent, so a conversation nobody of a
     * facility wrote in is never in it.
     */
    public static final List<ConversationStatus> OF_FACILITY_MESSAGES = List.of(OPEN, ANSWERED);
}
