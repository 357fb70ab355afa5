package be.eloket.helpdesk.model;

import be.eloket.helpdesk.entity.QuestionStatus;
import java.io.Serializable;

/**
 * The filters of the helpdesk questions list (BO-6); null or blank means "any". The facility is a
 * case-insensitive "contains" on its name or number.
 */
public record QuestionFilter(QuestionStatus status, String facility) implements Serializable {

    public static QuestionFilter any() {
        return new QuestionFilter(null, null);
    }

    public QuestionFilter withStatus(QuestionStatus value) {
        return new QuestionFilter(value, facility);
    }

    public QuestionFilter withFacility(String value) {
        return new QuestionFilter(status, value);
    }
}
