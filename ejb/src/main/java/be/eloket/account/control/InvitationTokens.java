package be.eloket.account.control;

import be.eloket.account.entity.Account;
import be.eloket.account.entity.InvitationToken;
import be.eloket.platform.SingleUseLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links of invitation and reset mails (BO-7), with the rules of every {@link SingleUseLinks
 * single-use link}; a new link for an account replaces the ones before it.
 */
@ApplicationScoped
public class InvitationTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "eloket.account.invitation-days", defaultValue = "7")
    long validDays;

    /** A new link for {@code account}; earlier open links stop working. */
    public SingleUseLinks.Issued issue(Account account, Instant now) {
        revoke(account, now);
        SingleUseLinks.Issued issued = SingleUseLinks.issue(now, validDays);
        em.persist(new InvitationToken(account, issued.link()));
        return issued;
    }

    /**
     * The first link of an account made in this transaction: nothing to revoke, and no query (which
     * would write out the transaction's pending rows one by one in a mass import, BO-9).
     */
    public SingleUseLinks.Issued issueFirst(Account account, Instant now) {
        SingleUseLinks.Issued issued = SingleUseLinks.issue(now, validDays);
        em.persist(new InvitationToken(account, issued.link()));
        return issued;
    }

    /** Every open link of {@code account} stops working. */
    public void revoke(Account account, Instant now) {
        SingleUseLinks.revokeOpen(em, InvitationToken.class, "account", account, now);
    }

    /** Uses {@code link} up if it is still valid at {@code now}; answers whether this call did (SEC-8). */
    public boolean consume(InvitationToken link, Instant now) {
        return SingleUseLinks.consume(em, InvitationToken.class, link.getId(), now);
    }

    public Optional<InvitationToken> find(String token) {
        return SingleUseLinks.find(em, InvitationToken.class, token);
    }
}
