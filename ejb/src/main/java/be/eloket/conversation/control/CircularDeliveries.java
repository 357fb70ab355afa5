package be.eloket.conversation.control;

import be.eloket.account.entity.Account;
import be.eloket.conversation.entity.Circular;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.StoredContent;
import be.eloket.conversation.model.UploadRef;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Leases;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
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
 * The writes of a circular (BO-10), each a transaction of its own: the circular with the
 * facilities it goes to, committed before its job starts; then one facility at a time, its
 * conversation together with the mark that the facility is handled, so that a job that dies
 * leaves every facility either handled or waiting, never half. A facility is claimed by a
 * conditional update of its row before anything is written: a second server that reaches the
 * same facility (the first was thought dead) waits for that row and then finds it handled.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CircularDeliveries {

    @PersistenceContext
    EntityManager em;

    @EJB
    Postings postings;

    @EJB
    ParkedUploads parkedUploads;

    @Inject
    @ConfigProperty(name = "eloket.circular.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records a checked circular under {@code themeId} with its accepted {@code files} to every
     * facility that has the theme, RUNNING on this server, and discards the parked uploads the
     * files came from; refuses it (nothing stored) when none of the facilities is open.
     */
    public long create(long themeId, String title, String text, long authorAccountId, List<AttachmentPolicy.Accepted> files,
                       List<UploadRef> parked) {
        Theme theme = em.find(Theme.class, themeId);
        Account author = em.find(Account.class, authorAccountId);
        Instant now = clock.instant();
        Circular circular = new Circular(theme, title, text, author.getId(), author.getDisplayName(), now, Leases.NODE,
                leaseEnd(now));
        em.persist(circular);
        em.flush();
        // Closed facilities are listed too, as refused: the sender sees whom the circular did not reach.
        int recipients = em.createNativeQuery("insert into circular_recipient (circular_id, facility_id)"
                        + " select ?1, ft.facility_id from facility_theme ft where ft.theme_id = ?2")
                .setParameter(1, circular.getId()).setParameter(2, theme.getId()).executeUpdate();
        Long open = em.createQuery("select count(f) from Facility f join f.themes t where t = :theme and f.closedAt is null",
                Long.class).setParameter("theme", theme).getSingleResult();
        if (open == 0) {
            throw new RejectedInput(List.of(Problem.of("theme", "new-message.theme.no-facilities")));
        }
        for (int i = 0; i < files.size(); i++) {
            AttachmentPolicy.Accepted file = files.get(i);
            em.createNativeQuery("insert into circular_attachment (circular_id, position, file_name, media_type, content_id)"
                            + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, circular.getId()).setParameter(2, i).setParameter(3, file.fileName())
                    .setParameter(4, file.mediaType()).setParameter(5, file.content().id()).executeUpdate();
        }
        parkedUploads.discard(authorAccountId, parked);
        circular.addressedTo(recipients);
        return circular.getId();
    }

    /** What every facility of a circular receives: its theme, title, text, author and files, read once per job. */
    public record Letter(long themeId, String title, String text, long authorAccountId, AttachmentPolicy.Checked files) {
    }

    /** The letter of circular {@code circularId}, its files as checked when it was sent. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Letter letterOf(long circularId) {
        Circular circular = em.find(Circular.class, circularId);
        List<?> rows = em.createNativeQuery("select a.file_name, a.media_type, c.id, c.sha256, c.size_bytes from circular_attachment a"
                        + " join stored_content c on c.id = a.content_id where a.circular_id = ?1 order by a.position")
                .setParameter(1, circularId).getResultList();
        AttachmentPolicy.Checked files = new AttachmentPolicy.Checked(rows.stream().map(Object[].class::cast)
                .map(row -> new AttachmentPolicy.Accepted((String) row[0], (String) row[1], new StoredContent(
                        ((Number) row[2]).longValue(), ((String) row[3]).strip(), ((Number) row[4]).longValue())))
                .toList(), List.of());
        return new Letter(circular.getTheme().getId(), circular.getTitle(), circular.getBody(), circular.getAuthorAccountId(),
                files);
    }

    /**
     * Starts the conversation of circular {@code circularId} with {@code facilityId}, or records
     * why it cannot (closed meanwhile, or without the theme, or the theme takes no new conversations
     * any more); nothing when the facility is handled already. The notifications go through the outbox with the conversation (MSG-16).
     */
    public void deliver(long circularId, long facilityId, Letter letter) {
        Instant now = clock.instant();
        if (!claim(circularId, facilityId, now)) {
            return;
        }
        Facility facility = em.find(Facility.class, facilityId);
        if (facility.isClosed()) {
            record(circularId, facilityId, null, "circular.refused.closed", null);
        } else if (facility.themeForNewConversation(letter.themeId()).isEmpty()) {
            record(circularId, facilityId, null, "circular.refused.theme", null);
        } else {
            Sent sent = postings.departmentStarts(facilityId, letter.themeId(), letter.title(), letter.text(), letter.files(),
                    letter.authorAccountId(), circularId);
            record(circularId, facilityId, sent.conversationId(), null, null);
        }
    }

    /** Records that the conversation with {@code facilityId} could not be started, for {@code problem}: after {@link #deliver} failed and rolled back. */
    public void refuse(long circularId, long facilityId, Problem problem) {
        if (claim(circularId, facilityId, clock.instant())) {
            record(circularId, facilityId, null, problem.messageKey(),
                    problem.arguments().isEmpty() ? null : String.valueOf(problem.arguments().get(0)));
        }
    }

    private boolean claim(long circularId, long facilityId, Instant now) {
        return em.createNativeQuery("update circular_recipient set handled_at = ?1 where circular_id = ?2 and facility_id = ?3"
                        + " and handled_at is null")
                .setParameter(1, Timestamp.from(now)).setParameter(2, circularId).setParameter(3, facilityId)
                .executeUpdate() == 1;
    }

    private void record(long circularId, long facilityId, Long conversationId, String refusal, String argument) {
        // Two statements: a null bound in a native query is sent as text, which a bigint column refuses.
        if (conversationId != null) {
            em.createNativeQuery("update circular_recipient set conversation_id = ?1 where circular_id = ?2 and facility_id = ?3")
                    .setParameter(1, conversationId).setParameter(2, circularId).setParameter(3, facilityId).executeUpdate();
        } else {
            em.createNativeQuery("update circular_recipient set refusal = ?1, refusal_argument = ?2 where circular_id = ?3"
                            + " and facility_id = ?4")
                    .setParameter(1, refusal).setParameter(2, argument).setParameter(3, circularId).setParameter(4, facilityId)
                    .executeUpdate();
        }
    }

    /** The circulars whose server died, now this server's. */
    public List<Long> takeOverLapsed() {
        Instant now = clock.instant();
        return Leases.takeOverLapsed(em, "circular", now, leaseEnd(now));
    }

    /** Renews this server's lease of a circular; false when another server took it over. */
    public boolean renew(long circularId) {
        return Leases.renew(em, "circular", circularId, leaseEnd(clock.instant()));
    }

    /** Ends a circular whose every facility is handled. */
    public void finish(long circularId) {
        em.createNativeQuery("update circular set status = 'DONE', finished_at = ?1, lease_owner = null, lease_until = null,"
                        + " version = version + 1 where id = ?2 and status = 'RUNNING' and not exists"
                        + " (select 1 from circular_recipient r where r.circular_id = ?3 and r.handled_at is null)")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, circularId).setParameter(3, circularId).executeUpdate();
    }

    private Instant leaseEnd(Instant now) {
        return now.plus(Duration.ofSeconds(leaseSeconds));
    }
}
