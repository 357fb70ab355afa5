package be.eloket.conversation.entity;

import be.eloket.theme.entity.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A message of the department to every facility of a theme (BO-10): written once, sent by a
 * batch job as one conversation per facility, each of which points back to it. Who it goes to is
 * fixed when it is sent, in {@code circular_recipient}, which also records per facility the
 * conversation it started or why it could not. RUNNING until every facility is handled, by the
 * server that holds its lease ({@link be.eloket.platform.Leases}).
 */
@Entity
@Table(name = "circular")
public class Circular {

    /** RUNNING while facilities wait for it, DONE when every one is handled. */
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";

    @Id
    @SequenceGenerator(name = "circular_seq", sequenceName = "circular_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circular_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    private String title;

    private String body;

    @Column(name = "author_account_id")
    private long authorAccountId;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String status = RUNNING;

    @Column(name = "recipient_count")
    private int recipientCount;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Version
    private long version;

    protected Circular() {
        // for JPA
    }

    public Circular(Theme theme, String title, String body, long authorAccountId, String authorName, Instant createdAt,
                    String leaseOwner, Instant leaseUntil) {
        this.theme = theme;
        this.title = title;
        this.body = body;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.leaseOwner = leaseOwner;
        this.leaseUntil = leaseUntil;
    }

    public Long getId() {
        return id;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getStatus() {
        return status;
    }

    public int getRecipientCount() {
        return recipientCount;
    }

    /** The facilities it goes to, counted once they are recorded. */
    public void addressedTo(int recipients) {
        this.recipientCount = recipients;
    }
}
