package be.eloket.mail.control;

import be.eloket.mail.entity.MailAttempt;
import be.eloket.mail.entity.MailStatus;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims due mails for one job execution and records how sending them went (MAIL-3, MAIL-4).
 * Each method is its own transaction, committed before the SMTP work starts or right after it
 * ends, so that a claim is visible to every server at once and no outcome waits on another.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailClaims {

    // The mails to claim, chosen with two selects that each walk the index queued_mail_due_ix on
    // (status, ...) in its order and stop at the page size: one with an OR over both conditions
    // must gather and sort every match first, and sent mails of all time lie in the same index. Leases that ran out come first: those
    // mails have waited longest. The page size is a number of ours, never user input.
    private static final String EXPIRED_LEASES = """
            select id from queued_mail
             where status = 'SENDING' and lease_until < ?1
             order by lease_until, id
             fetch first %d rows only
            """;
    // Due mails that are not bulk first (BO-9: a mass action's thousands never hold up a password
    // reset), each kind walking queued_mail_due_bulk_ix in its order.
    private static final String DUE = """
            select id from queued_mail
             where status = 'QUEUED' and bulk = %s and next_attempt_at <= ?1
             order by next_attempt_at, id
             fetch first %d rows only
            """;

    // Claims the chosen mails, checking on each row again as it is updated that it is still due.
    // When two servers chose the same mails at the same moment, the database serialises the row
    // updates and the second finds the condition false for rows the first took: a mail is claimed
    // once. The ids are the longs just read, written into the statement as numbers.
    private static final String CLAIM = """
            update queued_mail
               set status = 'SENDING', claimed_by = ?1, lease_until = ?2, version = version + 1
             where id in (%s)
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

    /**
     * Claims up to {@code pageSize} due mails for {@code claimant}; answers them, oldest first, the
     * bulk mails after the others.
     * Answers only the mails this call claimed: mails of an earlier page that the claimant is
     * still sending (its chunk ends in the middle of a page) are not handed out a second time.
     */
    public List<QueuedMail> claim(String claimant, int pageSize) {
        Instant now = clock.instant();
        List<Long> chosen = new ArrayList<>(ids(EXPIRED_LEASES.formatted(pageSize), now));
        for (boolean bulk : new boolean[] {false, true}) {
            if (chosen.size() < pageSize) {
                chosen.addAll(ids(DUE.formatted(bulk, pageSize - chosen.size()), now));
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        int claimed = em.createNativeQuery(CLAIM.formatted(chosen.stream().map(String::valueOf).collect(Collectors.joining(","))))
                .setParameter(1, claimant)
                .setParameter(2, Timestamp.from(now.plusSeconds(leaseSeconds)))
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em.createQuery("select m from QueuedMail m where m.id in :chosen and m.claimedBy = :claimant"
                        + " and m.status = :sending order by m.bulk, m.nextAttemptAt, m.id", QueuedMail.class)
                .setParameter("chosen", chosen)
                .setParameter("claimant", claimant)
                .setParameter("sending", MailStatus.SENDING)
                .getResultList();
    }

    private List<Long> ids(String select, Instant now) {
        List<?> ids = em.createNativeQuery(select).setParameter(1, Timestamp.from(now)).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Records the outcomes of one chunk. A mail whose claim is no longer {@code claimant}'s (its
     * lease ran out and another server took it over) is left to that server.
     */
    public void record(String claimant, List<SendOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // The whole chunk in one select rather than a find, and so a select, per mail.
        Map<Long, QueuedMail> held = em.createQuery("select m from QueuedMail m where m.id in :ids and m.claimedBy = :claimant",
                        QueuedMail.class)
                .setParameter("ids", outcomes.stream().map(SendOutcome::mailId).toList())
                .setParameter("claimant", claimant)
                .getResultStream()
                .collect(Collectors.toMap(QueuedMail::getId, Function.identity()));
        for (SendOutcome outcome : outcomes) {
            QueuedMail mail = held.get(outcome.mailId());
            if (mail == null) {
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
                    result = mail.getStatus() == MailStatus.FAILED
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
