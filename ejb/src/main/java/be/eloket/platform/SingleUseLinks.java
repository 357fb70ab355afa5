package be.eloket.platform;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What every kind of single-use link (a contact's confirmation, an account's invitation) does
 * alike: make one, find it by its token, replace the open ones of an owner, and use it up. The
 * entities hold their {@link SingleUseLink} as the embedded field {@code link}; each boundary
 * keeps only its own action (confirming, choosing a password).
 */
public final class SingleUseLinks {

    private SingleUseLinks() {
    }

    /** A new link valid for {@code days} from {@code now}: the raw token (for the mail only) and what is stored. */
    public static Issued issue(Instant now, long days) {
        String token = SecretTokens.newToken();
        return new Issued(token, new SingleUseLink(SecretTokens.hashOf(token), now, now.plus(Duration.ofDays(days))));
    }

    /** The {@code entity} row whose link was made from {@code token}; nothing for a token that cannot be one. */
    public static <T> Optional<T> find(EntityManager em, Class<T> entity, String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return em.createQuery("select t from " + entity.getSimpleName() + " t where t.link.tokenHash = :hash", entity)
                .setParameter("hash", SecretTokens.hashOf(token))
                .getResultStream()
                .findFirst();
    }

    /** Every open link of {@code owner} (the entity's field {@code ownerField}) stops working: a newer one replaces them. */
    public static void revokeOpen(EntityManager em, Class<?> entity, String ownerField, Object owner, Instant now) {
        em.createQuery("update " + entity.getSimpleName() + " t set t.link.revokedAt = :now where t." + ownerField
                        + " = :owner and t.link.usedAt is null and t.link.revokedAt is null")
                .setParameter("now", now)
                .setParameter("owner", owner)
                .executeUpdate();
    }

    /**
     * Uses up the link of the {@code entity} row {@code id} if it is still valid at {@code now};
     * answers whether this call did. One conditional UPDATE, as the outbox claims its mails
     * (SEC-8): of two requests that use one link at the same moment, on one server or two, the
     * database lets one change the row and the other finds it used. Reading the link and then
     * writing it would let both see it valid and both act on it.
     */
    public static boolean consume(EntityManager em, Class<?> entity, long id, Instant now) {
        return em.createQuery("update " + entity.getSimpleName() + " t set t.link.usedAt = :now where t.id = :id"
                        + " and t.link.usedAt is null and t.link.revokedAt is null and t.link.expiresAt > :now")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** A link just made: the raw token, which only the mail carries, and the link to store. */
    public record Issued(String token, SingleUseLink link) {

        public Instant expiresAt() {
            return link.getExpiresAt();
        }
    }

    /**
     * What a request through a link came to: {@code done} (this request did what the link is
     * for), an unknown link, or the {@code state} of a known link that did nothing now.
     */
    public interface Outcome {

        boolean done();

        /** Null when done or unknown. */
        SingleUseLink.State state();

        default boolean isUnknown() {
            return !done() && state() == null;
        }

        default boolean isValid() {
            return state() == SingleUseLink.State.VALID;
        }

        default boolean isUsed() {
            return state() == SingleUseLink.State.USED;
        }

        default boolean isReplaced() {
            return state() == SingleUseLink.State.REPLACED;
        }

        default boolean isExpired() {
            return state() == SingleUseLink.State.EXPIRED;
        }
    }
}
