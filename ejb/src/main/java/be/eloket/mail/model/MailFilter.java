package be.eloket.mail.model;

import be.eloket.mail.entity.MailKind;
import be.eloket.mail.entity.MailStatus;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of the outbox monitor (BO-6); null means "any". Recipient is a case-insensitive
 * "contains"; the dates are whole days in Europe/Brussels, both included.
 */
public record MailFilter(String recipient, MailKind kind, MailStatus status, LocalDate from, LocalDate to)
        implements Serializable {

    public static MailFilter none() {
        return new MailFilter(null, null, null, null, null);
    }
}
