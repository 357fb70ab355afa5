package be.eloket.platform;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Long work that one server of the cluster does at a time (an import of the register, a
 * circular), claimed in the work's own row with conditional updates, as the outbox claims mails
 * (MAIL-3), never through the batch runtime's repository: the row is RUNNING with a lease that the
 * work renews as it goes; a lease that ran out belongs to a server that died, and another takes
 * the work over. The row's table has the columns {@code status}, {@code lease_owner},
 * {@code lease_until} and {@code version}.
 */
public final class Leases {

    /** This server, as the cluster names it. */
    public static final String NODE = System.getProperty("jboss.node.name", "eloket");

    private Leases() {
    }

    /** The RUNNING rows of {@code table} whose lease ran out before {@code now}, now this server's until {@code until}. */
    public static List<Long> takeOverLapsed(EntityManager em, String table, Instant now, Instant until) {
        List<Long> lapsed = ((List<?>) em.createNativeQuery("select id from " + table + " where status = 'RUNNING'"
                        + " and (lease_until is null or lease_until < ?1)")
                .setParameter(1, Timestamp.from(now)).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return lapsed.stream().filter(id -> em.createNativeQuery("update " + table + " set lease_owner = ?1,"
                        + " lease_until = ?2, version = version + 1 where id = ?3 and status = 'RUNNING'"
                        + " and (lease_until is null or lease_until < ?4)")
                .setParameter(1, NODE).setParameter(2, Timestamp.from(until)).setParameter(3, id).setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1).toList();
    }

    /**
     * Renews this server's lease of row {@code id} until {@code until}; false when another server
     * took the work over (this one was thought dead) or it ended. The row stays locked until the
     * caller's transaction ends.
     */
    public static boolean renew(EntityManager em, String table, long id, Instant until) {
        return em.createNativeQuery("update " + table + " set lease_until = ?1, version = version + 1"
                        + " where id = ?2 and status = 'RUNNING' and lease_owner = ?3")
                .setParameter(1, Timestamp.from(until)).setParameter(2, id).setParameter(3, NODE)
                .executeUpdate() == 1;
    }
}
