package be.eloket.mail.control;

import jakarta.mail.internet.MimeMessage;

/** A claimed mail ready to send, or, when {@code message} is null, why it cannot be built. */
public record OutgoingMail(long mailId, MimeMessage message, String problem) {

    public OutgoingMail(long mailId, MimeMessage message) {
        this(mailId, message, null);
    }
}
