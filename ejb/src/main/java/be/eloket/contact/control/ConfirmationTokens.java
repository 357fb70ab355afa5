package be.eloket.contact.control;

import be.eloket.contact.entity.ConfirmationToken;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.platform.SecretTokens;
import be.eloket.platform.SingleUseLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and finds confirmation links (CP-6): 256 random bits, of which only the SHA-256 is
 * stored; a new link for a person replaces the ones before it.
 */
@ApplicationScoped
public class ConfirmationTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "eloket.contact.confirmation-days", defaultValue = "14")
    long validDays;

    /** A new link for {@code person}; earlier open links stop working. Answers the raw token. */
    public Issued issue(ContactPerson person, Instant now) {
        em.createNamedQuery(ConfirmationToken.REVOKE_OPEN)
                .setParameter("now", now)
                .setParameter("person", person)
                .executeUpdate();
        String token = SecretTokens.newToken();
        Instant expires = now.plus(Duration.ofDays(validDays));
        em.persist(new ConfirmationToken(person, SecretTokens.hashOf(token), now, expires));
        return new Issued(token, expires);
    }

    /** Uses {@code link} up if it is still valid at {@code now}; answers whether this call did (SEC-8). */
    public boolean consume(ConfirmationToken link, Instant now) {
        return SingleUseLinks.consume(em, ConfirmationToken.class, link.getId(), now);
    }

    public Optional<ConfirmationToken> find(String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(ConfirmationToken.BY_HASH, ConfirmationToken.class)
                .setParameter("hash", SecretTokens.hashOf(token))
                .getResultStream()
                .findFirst();
    }

    /** Removes every link of a person that is being removed. */
    public void forget(ContactPerson person) {
        em.createNamedQuery(ConfirmationToken.DELETE_OF).setParameter("person", person).executeUpdate();
    }

    /** A link just made: the raw token (for the mail only) and when it stops working. */
    public record Issued(String token, Instant expiresAt) {
    }
}
