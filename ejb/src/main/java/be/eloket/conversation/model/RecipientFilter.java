package be.eloket.conversation.model;

/** Which facilities of a circular a list shows (BO-10). */
public enum RecipientFilter {
    /** Every facility. */
    ALL,
    /** The facilities it could not reach, with the reason. */
    REFUSED,
    /** The facilities that have it and have not opened it. */
    NOT_OPENED
}
