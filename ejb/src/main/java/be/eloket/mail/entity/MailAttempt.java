package be.eloket.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One try to send a queued mail and how it ended, for the outbox monitor (BO-6). */
@Entity
@Table(name = "mail_attempt")
public class MailAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a try ended. */
    public enum Outcome { SENT, RETRY, FAILED }

    @Id
    @SequenceGenerator(name = "mail_attempt_seq", sequenceName = "mail_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_attempt_seq")
    private Long id;

    @Column(name = "mail_id")
    private long mailId;

    private int attempt;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;

    private String error;

    protected MailAttempt() {
        // for JPA
    }

    public MailAttempt(long mailId, int attempt, Instant attemptedAt, Outcome outcome, String error) {
        this.mailId = mailId;
        this.attempt = attempt;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.error = error;
    }

    public int getAttempt() {
        return attempt;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getError() {
        return error;
    }
}
