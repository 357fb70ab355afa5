package be.eloket.account.entity;

import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A person who can log in: facility staff (bound to one facility) or department staff. The
 * password hash never leaves this entity's table: it is read by the identity store only. An
 * account made through the backoffice has no password until its holder chooses one (BO-7).
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    private boolean active = true;

    /** When the account was deactivated; null while it is active. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    /** Raised when the account is deactivated or its password reset: older sessions end. */
    @Column(name = "credential_generation")
    private long credentialGeneration;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String passwordHash, String displayName, Role role) {
        this.username = normalised(username);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    /** Usernames are e-mail addresses, compared without regard to case. */
    public static String normalised(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Facility getFacility() {
        return facility;
    }

    public void setFacility(Facility facility) {
        this.facility = facility;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public long getVersion() {
        return version;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        if (active) {
            reactivate();
        } else if (this.active) {
            deactivate(Instant.now());
        }
    }

    /** Whether the holder has chosen a password: an invited or reset account has none. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    public long getCredentialGeneration() {
        return credentialGeneration;
    }

    /** The holder chose a password through an invitation link. */
    public void choosePassword(String hash) {
        this.passwordHash = hash;
    }

    /** The password stops working at once, and so does every session logged in with it. */
    public void resetPassword() {
        passwordHash = null;
        credentialGeneration++;
    }

    /** No more logins; the sessions of the account end on their next request. */
    public void deactivate(Instant now) {
        active = false;
        deactivatedAt = now;
        credentialGeneration++;
    }

    public void reactivate() {
        active = true;
        deactivatedAt = null;
    }
}
