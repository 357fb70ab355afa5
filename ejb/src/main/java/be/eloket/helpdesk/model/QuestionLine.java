package be.eloket.helpdesk.model;

import be.eloket.helpdesk.entity.QuestionStatus;
import java.io.Serializable;
import java.time.Instant;

/** A helpdesk question as the backoffice shows it (BO-6): who asked, for which facility, and where it stands. */
public record QuestionLine(long id, Instant askedAt, String facilityName, String facilityNumber, String askedBy,
                           String email, String question, QuestionStatus status, Instant answeredAt, String answeredBy)
        implements Serializable {

    /** How much of the question the list shows. */
    public static final int SUMMARY = 80;

    public long getId() {
        return id;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public String getFacilityNumber() {
        return facilityNumber;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public String getEmail() {
        return email;
    }

    public String getQuestion() {
        return question;
    }

    /** The start of the question, for the list. */
    public String getSummary() {
        return question.length() <= SUMMARY ? question : question.substring(0, SUMMARY - 1).stripTrailing() + "…";
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == QuestionStatus.OPEN;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
