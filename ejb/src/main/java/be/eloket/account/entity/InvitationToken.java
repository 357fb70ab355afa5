package be.eloket.account.entity;

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
 * The link in an invitation or password-reset mail (BO-7), with the rules of a contact's
 * confirmation link: only the SHA-256 of the random token is stored; it works once, until it
 * expires or a newer link replaces it.
 */
@Entity
@Table(name = "invitation_token")
@NamedQuery(name = InvitationToken.BY_HASH, query = "select t from InvitationToken t where t.link.tokenHash = :hash")
@NamedQuery(name = InvitationToken.REVOKE_OPEN, query = "update InvitationToken t set t.link.revokedAt = :now"
        + " where t.account = :account and t.link.usedAt is null and t.link.revokedAt is null")
public class InvitationToken {

    public static final String BY_HASH = "InvitationToken.byHash";
    public static final String REVOKE_OPEN = "InvitationToken.revokeOpen";

    @Id
    @SequenceGenerator(name = "invitation_token_seq", sequenceName = "invitation_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Embedded
    private SingleUseLink link;

    protected InvitationToken() {
        // for JPA
    }

    public InvitationToken(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.link = new SingleUseLink(tokenHash, createdAt, expiresAt);
    }

    public Account getAccount() {
        return account;
    }

    public Long getId() {
        return id;
    }

    public SingleUseLink.State stateAt(Instant now) {
        return link.stateAt(now);
    }
}
