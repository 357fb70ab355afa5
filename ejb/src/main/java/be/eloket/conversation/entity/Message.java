package be.eloket.conversation.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One message of a conversation. Facility, direction, reference, theme and the other party are
 * copied from the conversation so that the lists page and filter on this table alone (MSG-3).
 * The body is plain text, shown escaped (SEC-4).
 */
@Entity
@Table(name = "message")
public class Message implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @Column(name = "facility_id")
    private long facilityId;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    private String reference;

    @Column(name = "theme_id")
    private long themeId;

    private String title;

    private String body;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "author_account_id")
    private Long authorAccountId;

    private String counterpart;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** When someone of the department first opened the conversation of this message of a facility (BO-2). */
    @Column(name = "department_read_at")
    private Instant departmentReadAt;

    protected Message() {
        // for JPA
    }

    public Message(Conversation conversation, Direction direction, String title, String body, String authorName,
                   Long authorAccountId, String counterpart, Instant sentAt) {
        this.conversation = conversation;
        this.facilityId = conversation.getFacility().getId();
        this.direction = direction;
        this.reference = conversation.getReference();
        this.themeId = conversation.getTheme().getId();
        this.title = title;
        this.body = body;
        this.authorName = authorName;
        this.authorAccountId = authorAccountId;
        this.counterpart = counterpart;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public long getFacilityId() {
        return facilityId;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getReference() {
        return reference;
    }

    public long getThemeId() {
        return themeId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getAuthorName() {
        return authorName;
    }

    /** For a received message the sender (team or case handler), for a sent one the addressee. */
    public String getCounterpart() {
        return counterpart;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return direction == Direction.RECEIVED && readAt == null;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Instant getDepartmentReadAt() {
        return departmentReadAt;
    }
}
