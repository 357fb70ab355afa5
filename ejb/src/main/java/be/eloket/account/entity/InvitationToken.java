package be.eloket.account.entity;

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
 * The link in an invitation or password-reset mail (BO-7), with the rules of a contact's
 * confirmation link: only the SHA-256 of the random token is stored; it works once, until it
 * expires or a newer link replaces it.
 */
@Entity
@Table(name = "invitation_token")
@NamedQuery(name = InvitationToken.BY_HASH, query = "select t from InvitationToken t where t.tokenHash = :hash")
@NamedQuery(name = InvitationToken.REVOKE_OPEN, query = "update InvitationToken t set t.revokedAt = :now"
        + " where t.account = :account and t.usedAt is null and t.revokedAt is null")
public class InvitationToken {

    public static final String BY_HASH = "InvitationToken.byHash";
    public static final String REVOKE_OPEN = "InvitationToken.revokeOpen";

    /** What a link is worth when it is used. */
    public enum State { VALID, USED, REPLACED, EXPIRED }

    @Id
    @SequenceGenerator(name = "invitation_token_seq", sequenceName = "invitation_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

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

    protected InvitationToken() {
        // for JPA
    }

    public InvitationToken(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Account getAccount() {
        return account;
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
