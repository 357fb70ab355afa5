package be.eloket.platform;

import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Uses up a {@link SingleUseLink} with one conditional UPDATE, as the outbox claims its mails
 * (SEC-8): of two requests that use one link at the same moment, on one server or two, the
 * database lets one change the row and the other finds it used. Reading the link and then writing
 * it would let both see it valid and both act on it.
 */
public final class SingleUseLinks {

    private SingleUseLinks() {
    }

    /**
     * Uses up the link of the {@code entity} row {@code id} (an entity with an embedded
     * {@code link}) if it is still valid at {@code now}; answers whether this call did.
     */
    public static boolean consume(EntityManager em, Class<?> entity, long id, Instant now) {
        return em.createQuery("update " + entity.getSimpleName() + " t set t.link.usedAt = :now where t.id = :id"
                        + " and t.link.usedAt is null and t.link.revokedAt is null and t.link.expiresAt > :now")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }
}
