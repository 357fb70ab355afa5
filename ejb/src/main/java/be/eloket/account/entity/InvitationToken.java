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
public class InvitationToken {

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

    public InvitationToken(Account account, SingleUseLink link) {
        this.account = account;
        this.link = link;
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
