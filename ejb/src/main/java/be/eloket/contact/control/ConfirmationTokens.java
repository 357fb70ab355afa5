package be.eloket.contact.control;

import be.eloket.contact.entity.ConfirmationToken;
import be.eloket.contact.entity.ContactPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and finds confirmation links (CP-6): 256 random bits, of which only the SHA-256 is
 * stored; a new link for a person replaces the ones before it.
 */
@ApplicationScoped
public class ConfirmationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expires = now.plus(Duration.ofDays(validDays));
        em.persist(new ConfirmationToken(person, hashOf(token), now, expires));
        return new Issued(token, expires);
    }

    public Optional<ConfirmationToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(ConfirmationToken.BY_HASH, ConfirmationToken.class)
                .setParameter("hash", hashOf(token.strip()))
                .getResultStream()
                .findFirst();
    }

    /** Removes every link of a person that is being removed. */
    public void forget(ContactPerson person) {
        em.createNamedQuery(ConfirmationToken.DELETE_OF).setParameter("person", person).executeUpdate();
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A link just made: the raw token (for the mail only) and when it stops working. */
    public record Issued(String token, Instant expiresAt) {
    }
}
