package be.eloket.account.control;

import be.eloket.account.entity.Account;
import be.eloket.account.entity.InvitationToken;
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
 * Issues and finds the links of invitation and reset mails (BO-7): 256 random bits of which only
 * the SHA-256 is stored; a new link for an account replaces the ones before it.
 */
@ApplicationScoped
public class InvitationTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "eloket.account.invitation-days", defaultValue = "7")
    long validDays;

    /** A new link for {@code account}; earlier open links stop working. Answers the raw token. */
    public Issued issue(Account account, Instant now) {
        revoke(account, now);
        String token = SecretTokens.newToken();
        Instant expires = now.plus(Duration.ofDays(validDays));
        em.persist(new InvitationToken(account, SecretTokens.hashOf(token), now, expires));
        return new Issued(token, expires);
    }

    /** Every open link of {@code account} stops working. */
    public void revoke(Account account, Instant now) {
        em.createNamedQuery(InvitationToken.REVOKE_OPEN)
                .setParameter("now", now)
                .setParameter("account", account)
                .executeUpdate();
    }

    /** Uses {@code link} up if it is still valid at {@code now}; answers whether this call did (SEC-8). */
    public boolean consume(InvitationToken link, Instant now) {
        return SingleUseLinks.consume(em, InvitationToken.class, link.getId(), now);
    }

    public Optional<InvitationToken> find(String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(InvitationToken.BY_HASH, InvitationToken.class)
                .setParameter("hash", SecretTokens.hashOf(token))
                .getResultStream()
                .findFirst();
    }

    /** A link just made: the raw token (for the mail only) and when it stops working. */
    public record Issued(String token, Instant expiresAt) {
    }
}
