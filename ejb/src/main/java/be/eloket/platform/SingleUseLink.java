package be.eloket.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The secret of a link in a mail that works once (a contact's confirmation, an account's
 * invitation): only the SHA-256 of its token ({@link SecretTokens}), when it was made, until when
 * it works, and when it was used or replaced by a newer one.
 */
@Embeddable
public class SingleUseLink {

    /** What a link is worth when it is used. */
    public enum State { VALID, USED, REPLACED, EXPIRED }

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** Set when a newer link replaced this one (or what it opens is gone). */
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected SingleUseLink() {
        // for JPA
    }

    public SingleUseLink(String tokenHash, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
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
}
