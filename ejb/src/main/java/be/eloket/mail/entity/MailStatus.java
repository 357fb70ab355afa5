package be.eloket.mail.entity;

/** Where a queued mail stands (MAIL-4, MAIL-7). */
public enum MailStatus {
    /** Waiting to be sent, now or at its next attempt time. */
    QUEUED,
    /** Claimed by a job execution; the claim holds until the lease ends. */
    SENDING,
    SENT,
    /** Refused for good (permanent error, or out of tries); never retried unless asked. */
    FAILED,
    /** Withdrawn by an administrator before it went out. */
    CANCELLED
}
