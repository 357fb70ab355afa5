package be.eloket.web.backoffice;

import be.eloket.mail.entity.MailKind;
import be.eloket.mail.entity.MailStatus;
import be.eloket.mail.model.MailFilter;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The outbox's filters as they are being typed (MAIL-5): "Filteren" makes them the list's {@link
 * MailFilter}.
 */
public class MailFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String recipient;
    private MailKind kind;
    private MailStatus status;
    private LocalDate from;
    private LocalDate to;

    public MailFilter filter() {
        return new MailFilter(recipient, kind, status, from, to);
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public MailKind getKind() {
        return kind;
    }

    public void setKind(MailKind kind) {
        this.kind = kind;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
