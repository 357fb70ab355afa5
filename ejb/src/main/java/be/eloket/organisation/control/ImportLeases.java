package be.eloket.organisation.control;

import be.eloket.platform.Leases;
import jakarta.annotation.security.PermitAll;
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
 * Which server runs an import (BO-9), claimed in the import's own row with conditional updates,
 * as the outbox claims mails (MAIL-3), never through the batch runtime's repository: the import
 * is RUNNING with a lease that its job renews with every chunk; a lease that ran out belongs to a
 * server that died, and another takes the import over and resumes it after its last chunk. Each
 * claim is a transaction of its own, committed before the job that acts on it starts.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportLeases {

    /** This server, as the cluster names it. */
    public static final String NODE = Leases.NODE;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "eloket.register-import.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    private final Clock clock = Clock.systemUTC();

    /**
     * Marks a previewed import RUNNING on this server, started by {@code caller}; answers whether
     * it did: false when it is not (or no longer) previewed, or another import runs (the database
     * holds at most one RUNNING import).
     */
    public boolean start(long importId, String caller) {
        Instant now = clock.instant();
        return em.createNativeQuery("update register_import set status = 'RUNNING', started_by = ?1, started_at = ?2,"
                        + " lease_owner = ?3, lease_until = ?4, version = version + 1 where id = ?5 and status = 'PREVIEWED'"
                        + " and not exists (select 1 from register_import r where r.status = 'RUNNING')")
                .setParameter(1, caller).setParameter(2, Timestamp.from(now)).setParameter(3, NODE).setParameter(4, Timestamp.from(leaseEnd(now)))
                .setParameter(5, importId)
                .executeUpdate() == 1;
    }

    /** The running imports whose lease ran out, now this server's: their server died. */
    public List<Long> takeOverLapsed() {
        Instant now = clock.instant();
        return Leases.takeOverLapsed(em, "register_import", now, leaseEnd(now));
    }

    /** Ends an import whose job applied every line. */
    public void finish(long importId) {
        em.createNativeQuery("update register_import set status = 'DONE', finished_at = ?1, lease_owner = null,"
                        + " lease_until = null, version = version + 1 where id = ?2 and status = 'RUNNING' and next_line >= line_count")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, importId).executeUpdate();
    }

    /** The language of an import's mails. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String language(long importId) {
        return em.createQuery("select i.language from RegisterImport i where i.id = :id", String.class)
                .setParameter("id", importId).getSingleResult();
    }

    /** The end of a lease taken or renewed at {@code now}. */
    public Instant leaseEnd(Instant now) {
        return now.plus(Duration.ofSeconds(leaseSeconds));
    }
}
