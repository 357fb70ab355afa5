package be.eloket.conversation.entity;

/** Whether the department still owes the facility an answer. */
public enum ConversationStatus {
    OPEN,
    ANSWERED
}
