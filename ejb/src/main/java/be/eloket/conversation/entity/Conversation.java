package be.eloket.conversation.entity;

import be.eloket.account.entity.Account;
import be.eloket.organisation.entity.Facility;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread of messages between one facility and the department about one theme, kept together
 * by its reference number (MSG-5), routed to a team or a case handler (MSG-11), with the
 * facility's people to notify of every reaction (MSG-8).
 */
@Entity
@Table(name = "conversation")
public class Conversation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "conversation_seq", sequenceName = "conversation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_seq")
    private Long id;

    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne
    @JoinColumn(name = "case_handler_id")
    private Account caseHandler;

    @Enumerated(EnumType.STRING)
    private ConversationStatus status = ConversationStatus.OPEN;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_message_at")
    private Instant lastMessageAt;

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ConversationContact> contacts = new ArrayList<>();

    /** The circular that started it (BO-10), if any. */
    @Column(name = "circular_id")
    private Long circularId;

    @Version
    private long version;

    protected Conversation() {
        // for JPA
    }

    public Conversation(Facility facility, Theme theme, Instant now) {
        this.facility = facility;
        this.theme = theme;
        this.createdAt = now;
        this.lastMessageAt = now;
    }

    /** BER-2026-000123: the year it started and its number, unique across every server. */
    public void numbered() {
        reference = "BER-%d-%06d".formatted(createdAt.atZone(ZoneId.of("Europe/Brussels")).getYear(), id);
    }

    /** Started by circular {@code circularId} (BO-10); null for a conversation of its own. */
    public void partOf(Long circularId) {
        this.circularId = circularId;
    }

    public Long getCircularId() {
        return circularId;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Facility getFacility() {
        return facility;
    }

    public Theme getTheme() {
        return theme;
    }

    public Team getTeam() {
        return team;
    }

    public Account getCaseHandler() {
        return caseHandler;
    }

    /** Routes the conversation to a team, or to one case handler (who then has it, MSG-11). */
    public void routeTo(Team team, Account caseHandler) {
        this.team = team;
        this.caseHandler = caseHandler;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public void setStatus(ConversationStatus status) {
        this.status = status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    public void touched(Instant at) {
        lastMessageAt = at;
    }

    public List<ConversationContact> getContacts() {
        return contacts;
    }

    /** The name the facility sees for the department side: the case handler, else the team. */
    public String routedToName() {
        if (caseHandler != null) {
            return caseHandler.getDisplayName();
        }
        return team == null ? "Departement Zorg" : team.getName();
    }
}
