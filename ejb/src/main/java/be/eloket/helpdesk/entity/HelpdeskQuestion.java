package be.eloket.helpdesk.entity;

import be.eloket.platform.EmailAddress;
import be.eloket.platform.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * A question a facility user asked the technical helpdesk through "Hulp nodig?" (MSG-15): who
 * asked, the address the helpdesk answers to, and the question as typed (plain text).
 */
@Entity
@Table(name = "helpdesk_question")
public class HelpdeskQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_QUESTION = 5000;

    @Id
    @SequenceGenerator(name = "helpdesk_question_seq", sequenceName = "helpdesk_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "helpdesk_question_seq")
    private Long id;

    @Column(name = "facility_id")
    private long facilityId;

    @Column(name = "account_id")
    private long accountId;

    @NotBlank(message = "{helpdesk.email.required}")
    @EmailAddress
    private String email;

    @NotBlank(message = "{helpdesk.question.required}")
    @Size(max = MAX_QUESTION, message = "{helpdesk.question.too-long}")
    @PlainText(multiLine = true)
    private String question;

    @Column(name = "asked_at")
    private Instant askedAt;

    @Enumerated(EnumType.STRING)
    private QuestionStatus status = QuestionStatus.OPEN;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The username of the administrator who marked it answered. */
    @Column(name = "answered_by")
    private String answeredBy;

    @Version
    private long version;

    protected HelpdeskQuestion() {
        // for JPA
    }

    /** A new, open question; surrounding spaces of the address and the question are not kept. */
    public HelpdeskQuestion(long facilityId, long accountId, String email, String question, Instant askedAt) {
        this.facilityId = facilityId;
        this.accountId = accountId;
        this.email = stripped(email);
        this.question = stripped(question);
        this.askedAt = askedAt;
    }

    /** Blank is missing: only {@code @NotBlank} reports it, not the format rule as well. */
    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getFacilityId() {
        return facilityId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public long getVersion() {
        return version;
    }

    /** The helpdesk answered it (by mail, outside the e-loket). */
    public void answered(String by, Instant at) {
        status = QuestionStatus.ANSWERED;
        answeredBy = by;
        answeredAt = at;
    }
}
