package be.eloket.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A mail in the outbox (MAIL-1): queued with the change that caused it, sent by the batch job. */
@Entity
@Table(name = "queued_mail")
public class QueuedMail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "queued_mail_seq", sequenceName = "queued_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "queued_mail_seq")
    private Long id;

    private String recipient;

    @Column(name = "recipient_name")
    private String recipientName;

    private String language;

    @Enumerated(EnumType.STRING)
    private MailKind kind;

    @Column(name = "template_data")
    private String templateData;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "thread_id")
    private String threadId;

    /** One of a mass action's mails: claimed after every other due mail (BO-9). */
    private boolean bulk;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    public boolean isBulk() {
        return bulk;
    }

    public void setBulk(boolean bulk) {
        this.bulk = bulk;
    }

    protected QueuedMail() {
        // for JPA
    }

    public QueuedMail(String recipient, String recipientName, String language, MailKind kind, String templateData,
                      String messageId, String threadId, Instant now) {
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.language = language;
        this.kind = kind;
        this.templateData = templateData;
        this.messageId = messageId;
        this.threadId = threadId;
        this.status = MailStatus.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getLanguage() {
        return language;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getTemplateData() {
        return templateData;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getThreadId() {
        return threadId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Whether an administrator may queue it again (BO-6): only a failed or cancelled mail. */
    public boolean isRetryable() {
        return status == MailStatus.FAILED || status == MailStatus.CANCELLED;
    }

    /** Whether an administrator may withdraw it (BO-6): not once it is being sent or has gone out. */
    public boolean isCancellable() {
        return status == MailStatus.QUEUED || status == MailStatus.FAILED;
    }

    /**
     * Sent: done for good. The template values are dropped: they may hold a confirmation link,
     * whose token must live only as a hash (CP-6), and what went out needs no second copy.
     */
    public void sent(Instant at) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = at;
        lastError = null;
        templateData = "{}";
        release();
    }

    /** A temporary failure: try again at {@code next}, unless the tries are used up. */
    public void retryAt(Instant next, String error, int maxAttempts) {
        attempts++;
        lastError = error;
        release();
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.QUEUED;
            nextAttemptAt = next;
        }
    }

    /** A permanent failure: never retried by the job. */
    public void failed(String error) {
        attempts++;
        lastError = error;
        status = MailStatus.FAILED;
        release();
    }

    /** An administrator asks for another try (BO-6): queued now, with a fresh count. */
    public void requeue(Instant now) {
        status = MailStatus.QUEUED;
        nextAttemptAt = now;
        attempts = 0;
        release();
    }

    public void cancel() {
        status = MailStatus.CANCELLED;
        release();
    }

    private void release() {
        claimedBy = null;
        leaseUntil = null;
    }
}
