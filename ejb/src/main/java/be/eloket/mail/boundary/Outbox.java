package be.eloket.mail.boundary;

import be.eloket.mail.entity.MailAttempt;
import be.eloket.mail.entity.MailStatus;
import be.eloket.mail.entity.QueuedMail;
import be.eloket.mail.model.Mail;
import be.eloket.mail.model.MailFilter;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The outbox: every mail of the product is queued here inside the transaction of the change that
 * causes it (MAIL-1), and administrators watch and steer it (BO-6, MAIL-7).
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class Outbox {

    /** The domain of the Message-IDs: ours, whatever the SMTP relay is. */
    static final String MESSAGE_ID_DOMAIN = "e-loket.zorg";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @EJB
    MailScheduler scheduler;

    private final Clock clock = Clock.systemUTC();

    /**
     * Queues {@code mail} in the caller's transaction: if the change that causes it rolls back,
     * the mail was never queued. Answers the queued row (its Message-ID included).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public QueuedMail queue(Mail mail) {
        String language = "en".equals(mail.language().getLanguage()) ? "en" : "nl";
        QueuedMail queued = new QueuedMail(mail.recipient().strip(), mail.recipientName(), language, mail.kind(),
                JSON.toJson(mail.data()), "<" + UUID.randomUUID() + "@" + MESSAGE_ID_DOMAIN + ">",
                mail.threadId() == null ? null : threadIdOf(mail.threadId()), clock.instant());
        queued.setBulk(mail.bulk());
        em.persist(queued);
        return queued;
    }

    /** The one stable id of a conversation's mails, for In-Reply-To and References (MAIL-6). */
    public static String threadIdOf(String conversationKey) {
        return "<" + conversationKey.replaceAll("[^A-Za-z0-9._-]", "") + "@" + MESSAGE_ID_DOMAIN + ">";
    }

    /** How many mails stand in each status, every status present (zero when none). */
    public Map<MailStatus, Long> countsPerStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("select m.status, count(m) from QueuedMail m group by m.status", Object[].class)
                .getResultList()) {
            counts.put((MailStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Of {@code recipients}, those whose newest mail failed for good (MAIL-7): the contacts table
     * flags them, so that a facility corrects an address that bounces.
     */
    @PermitAll
    public Set<String> undeliverable(Collection<String> recipients) {
        if (recipients.isEmpty()) {
            return Set.of();
        }
        Map<String, MailStatus> newest = new HashMap<>();
        em.createQuery("select m from QueuedMail m where lower(m.recipient) in :recipients"
                        + " and m.status in :done order by m.createdAt, m.id", QueuedMail.class)
                .setParameter("recipients", recipients.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList())
                .setParameter("done", List.of(MailStatus.SENT, MailStatus.FAILED))
                .getResultStream()
                .forEach(mail -> newest.put(mail.getRecipient().toLowerCase(Locale.ROOT), mail.getStatus()));
        return newest.entrySet().stream().filter(entry -> entry.getValue() == MailStatus.FAILED)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }

    /** The mails still to deliver or needing attention: queued, being sent, and failed (OPS-4). */
    @PermitAll
    public long backlog() {
        return em.createQuery("select count(m) from QueuedMail m where m.status in :open", Long.class)
                .setParameter("open", List.of(MailStatus.QUEUED, MailStatus.SENDING, MailStatus.FAILED))
                .getSingleResult();
    }

    /**
     * How long the oldest mail still to deliver (queued or being sent) has waited, in seconds; 0
     * when none waits (OPS-6). It grows while the SMTP relay is away, which readiness does not say.
     */
    @PermitAll
    public double oldestQueuedSeconds() {
        Instant oldest = em.createQuery("select min(m.createdAt) from QueuedMail m where m.status in :waiting", Instant.class)
                .setParameter("waiting", List.of(MailStatus.QUEUED, MailStatus.SENDING))
                .getSingleResult();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** One page of the mails matching {@code filter}, newest first, paged in the database. */
    public List<QueuedMail> find(MailFilter filter, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<QueuedMail> query = cb.createQuery(QueuedMail.class);
        Root<QueuedMail> mail = query.from(QueuedMail.class);
        query.where(matching(cb, mail, filter)).orderBy(cb.desc(mail.get("createdAt")), cb.desc(mail.get("id")));
        TypedQuery<QueuedMail> page = em.createQuery(query).setFirstResult(first).setMaxResults(pageSize);
        return page.getResultList();
    }

    public long count(MailFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<QueuedMail> mail = query.from(QueuedMail.class);
        query.select(cb.count(mail)).where(matching(cb, mail, filter));
        return em.createQuery(query).getSingleResult();
    }

    public QueuedMail mail(long id) {
        QueuedMail mail = em.find(QueuedMail.class, id);
        if (mail == null) {
            throw new NotFound("mail", id);
        }
        return mail;
    }

    /** Every try to send mail {@code id}, the first first. */
    public List<MailAttempt> attempts(long id) {
        return em.createQuery("select a from MailAttempt a where a.mailId = :id order by a.attemptedAt, a.id", MailAttempt.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** Queues a failed or cancelled mail again, with a fresh count of tries. */
    public QueuedMail retry(long id) {
        QueuedMail mail = mail(id);
        if (!mail.isRetryable()) {
            throw new RejectedInput(Problem.of("status", "outbox.retry.not-possible", mail.getStatus().name()));
        }
        mail.requeue(clock.instant());
        return flushed(mail);
    }

    /** Withdraws a mail that has not gone out; a mail being sent right now cannot be stopped. */
    public QueuedMail cancel(long id) {
        QueuedMail mail = mail(id);
        if (!mail.isCancellable()) {
            throw new RejectedInput(Problem.of("status", "outbox.cancel.not-possible", mail.getStatus().name()));
        }
        mail.cancel();
        return flushed(mail);
    }

    /** A job that claimed the mail in the meantime wins; the administrator is told to look again. */
    private QueuedMail flushed(QueuedMail mail) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentChange("mail", mail.getId());
        }
        return mail;
    }

    /** Starts the send-mails job on this server now, unless it is already running (MAIL-2). */
    public long sendNow() {
        return scheduler.startUnlessRunning();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<QueuedMail> mail, MailFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.recipient() != null && !filter.recipient().isBlank()) {
            where.add(cb.like(cb.lower(mail.get("recipient")),
                    "%" + escaped(filter.recipient().strip().toLowerCase(Locale.ROOT)) + "%", '\\'));
        }
        if (filter.kind() != null) {
            where.add(cb.equal(mail.get("kind"), filter.kind()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(mail.get("status"), filter.status()));
        }
        if (filter.from() != null) {
            Instant from = filter.from().atStartOfDay(BRUSSELS).toInstant();
            where.add(cb.greaterThanOrEqualTo(mail.<Instant>get("createdAt"), from));
        }
        if (filter.to() != null) {
            Instant to = filter.to().plusDays(1).atStartOfDay(BRUSSELS).toInstant();
            where.add(cb.lessThan(mail.<Instant>get("createdAt"), to));
        }
        return where.toArray(Predicate[]::new);
    }

    /** A typed "%" or "_" is searched for as such, not as a wildcard. */
    static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
