package be.eloket.helpdesk.entity;

/** Where a helpdesk question stands: waiting for the helpdesk, or answered (by mail, outside the e-loket). */
public enum QuestionStatus {
    OPEN,
    ANSWERED
}
