package be.eloket.platform;

import jakarta.persistence.EntityManager;

/**
 * Serialises work on one thing across every server of the cluster with a PostgreSQL advisory lock
 * held until the end of the current transaction (SEC-8): a count and the row that it limits,
 * written by one request after the other, never by two at once. The key is hashed to the lock's
 * number; two keys that share one only wait for each other, nothing else.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Waits until this transaction holds the lock of {@code key}. */
    public static void lock(EntityManager em, String key) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                .setParameter(1, key)
                .getSingleResult();
    }
}
