package be.eloket.mail.control;

import be.eloket.mail.entity.MailAttempt;
import be.eloket.mail.entity.QueuedMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims due mails for one job execution and records how sending them went (MAIL-3, MAIL-4).
 * Each method is its own transaction, committed before the SMTP work starts or right after it
 * ends, so that a claim is visible to every server at once and no outcome waits on another.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailClaims {

    // One statement claims a page: the inner select picks due mails (queued and due, or claimed
    // by a server whose lease ran out), the outer conditions are checked again on each row as it
    // is updated. When two servers claim at the same moment, the database serialises the row
    // updates and the second finds the condition false for rows the first took: a mail is
    // claimed once. The page size is a number of ours, never user input.
    private static final String CLAIM = """
            update queued_mail
               set status = 'SENDING', claimed_by = ?1, lease_until = ?2, version = version + 1
             where id in (select id from queued_mail
                           where (status = 'QUEUED' and next_attempt_at <= ?3)
                              or (status = 'SENDING' and lease_until < ?3)
                           order by next_attempt_at, id
                           fetch first %d rows only)
               and ((status = 'QUEUED' and next_attempt_at <= ?3) or (status = 'SENDING' and lease_until < ?3))
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "eloket.mail.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "eloket.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "eloket.mail.retry-base-seconds", defaultValue = "60")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "eloket.mail.retry-max-seconds", defaultValue = "3600")
    long retryMaxSeconds;

    private final Clock clock = Clock.systemUTC();

    /** Claims up to {@code pageSize} due mails for {@code claimant}; answers them, oldest first. */
    public List<QueuedMail> claim(String claimant, int pageSize) {
        Instant now = clock.instant();
        int claimed = em.createNativeQuery(CLAIM.formatted(pageSize))
                .setParameter(1, claimant)
                .setParameter(2, Timestamp.from(now.plusSeconds(leaseSeconds)))
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em.createQuery("select m from QueuedMail m where m.claimedBy = :claimant and m.status = :sending"
                        + " order by m.nextAttemptAt, m.id", QueuedMail.class)
                .setParameter("claimant", claimant)
                .setParameter("sending", be.eloket.mail.entity.MailStatus.SENDING)
                .getResultList();
    }

    /**
     * Records the outcomes of one chunk. A mail whose claim is no longer {@code claimant}'s (its
     * lease ran out and another server took it over) is left to that server.
     */
    public void record(String claimant, List<SendOutcome> outcomes) {
        Instant now = clock.instant();
        for (SendOutcome outcome : outcomes) {
            QueuedMail mail = em.find(QueuedMail.class, outcome.mailId());
            if (mail == null || !claimant.equals(mail.getClaimedBy())) {
                continue;
            }
            MailAttempt.Outcome result;
            switch (outcome.result()) {
                case SENT -> {
                    mail.sent(now);
                    result = MailAttempt.Outcome.SENT;
                }
                case TEMPORARY_FAILURE -> {
                    mail.retryAt(now.plus(delayAfter(mail.getAttempts() + 1)), outcome.error(), maxAttempts);
                    result = mail.getStatus() == be.eloket.mail.entity.MailStatus.FAILED
                            ? MailAttempt.Outcome.FAILED : MailAttempt.Outcome.RETRY;
                }
                default -> {
                    mail.failed(outcome.error());
                    result = MailAttempt.Outcome.FAILED;
                }
            }
            em.persist(new MailAttempt(mail.getId(), mail.getAttempts(), now, result, outcome.error()));
        }
    }

    /** 1, 2, 4, 8 … times the base delay after the 1st, 2nd, 3rd … failed try, capped. */
    Duration delayAfter(int failedTries) {
        long factor = 1L << Math.min(failedTries - 1, 20);
        return Duration.ofSeconds(Math.min(retryBaseSeconds * factor, retryMaxSeconds));
    }
}
