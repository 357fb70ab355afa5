package be.eloket.contact.control;

import be.eloket.contact.entity.ConfirmationToken;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.platform.SingleUseLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links of confirmation mails (CP-6), with the rules of every {@link SingleUseLinks
 * single-use link}; a new link for a person replaces the ones before it.
 */
@ApplicationScoped
public class ConfirmationTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "eloket.contact.confirmation-days", defaultValue = "14")
    long validDays;

    /** The first link of a person added in this transaction: nothing to revoke, and no query (BO-9). */
    public SingleUseLinks.Issued issueFirst(ContactPerson person, Instant now) {
        SingleUseLinks.Issued issued = SingleUseLinks.issue(now, validDays);
        em.persist(new ConfirmationToken(person, issued.link()));
        return issued;
    }

    /** A new link for {@code person}; earlier open links stop working. */
    public SingleUseLinks.Issued issue(ContactPerson person, Instant now) {
        SingleUseLinks.revokeOpen(em, ConfirmationToken.class, "contactPerson", person, now);
        SingleUseLinks.Issued issued = SingleUseLinks.issue(now, validDays);
        em.persist(new ConfirmationToken(person, issued.link()));
        return issued;
    }

    /** Uses {@code link} up if it is still valid at {@code now}; answers whether this call did (SEC-8). */
    public boolean consume(ConfirmationToken link, Instant now) {
        return SingleUseLinks.consume(em, ConfirmationToken.class, link.getId(), now);
    }

    public Optional<ConfirmationToken> find(String token) {
        return SingleUseLinks.find(em, ConfirmationToken.class, token);
    }

    /** Removes every link of a person that is being removed. */
    public void forget(ContactPerson person) {
        em.createNamedQuery(ConfirmationToken.DELETE_OF).setParameter("person", person).executeUpdate();
    }
}
