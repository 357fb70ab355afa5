package be.eloket.contact.entity;

import be.eloket.platform.SingleUseLink;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The link in a confirmation mail (CP-6). Only the SHA-256 of the random token is stored, so the
 * table alone cannot confirm anybody; the link works once, until it expires or is replaced.
 */
@Entity
@Table(name = "confirmation_token")
@NamedQuery(name = ConfirmationToken.DELETE_OF, query = "delete from ConfirmationToken t where t.contactPerson = :person")
public class ConfirmationToken {

    public static final String DELETE_OF = "ConfirmationToken.deleteOf";

    @Id
    @SequenceGenerator(name = "confirmation_token_seq", sequenceName = "confirmation_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "confirmation_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_person_id")
    private ContactPerson contactPerson;

    @Embedded
    private SingleUseLink link;

    protected ConfirmationToken() {
        // for JPA
    }

    public ConfirmationToken(ContactPerson contactPerson, SingleUseLink link) {
        this.contactPerson = contactPerson;
        this.link = link;
    }

    public ContactPerson getContactPerson() {
        return contactPerson;
    }

    public Instant getExpiresAt() {
        return link.getExpiresAt();
    }

    public Long getId() {
        return id;
    }

    public SingleUseLink.State stateAt(Instant now) {
        return link.stateAt(now);
    }
}
