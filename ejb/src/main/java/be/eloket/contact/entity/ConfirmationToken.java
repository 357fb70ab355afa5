package be.eloket.contact.entity;

import jakarta.persistence.Column;
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
@NamedQuery(name = ConfirmationToken.BY_HASH, query = "select t from ConfirmationToken t where t.tokenHash = :hash")
@NamedQuery(name = ConfirmationToken.REVOKE_OPEN, query = "update ConfirmationToken t set t.revokedAt = :now"
        + " where t.contactPerson = :person and t.usedAt is null and t.revokedAt is null")
@NamedQuery(name = ConfirmationToken.DELETE_OF, query = "delete from ConfirmationToken t where t.contactPerson = :person")
public class ConfirmationToken {

    public static final String BY_HASH = "ConfirmationToken.byHash";
    public static final String REVOKE_OPEN = "ConfirmationToken.revokeOpen";
    public static final String DELETE_OF = "ConfirmationToken.deleteOf";

    /** What a link is worth when it is used. */
    public enum State { VALID, USED, REPLACED, EXPIRED }

    @Id
    @SequenceGenerator(name = "confirmation_token_seq", sequenceName = "confirmation_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "confirmation_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_person_id")
    private ContactPerson contactPerson;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ConfirmationToken() {
        // for JPA
    }

    public ConfirmationToken(ContactPerson contactPerson, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.contactPerson = contactPerson;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public ContactPerson getContactPerson() {
        return contactPerson;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (revokedAt != null) {
            return State.REPLACED;
        }
        return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
    }

    public void use(Instant now) {
        usedAt = now;
    }
}
