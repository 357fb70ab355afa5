package be.eloket.mail.model;

import be.eloket.mail.entity.MailKind;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * A mail to queue: to whom, in which language, of which kind, with the values its templates
 * need. {@code threadId} groups the notifications about one conversation in mail clients
 * (MAIL-6); null for mails that belong to no conversation.
 */
public record Mail(String recipient, String recipientName, Locale language, MailKind kind,
                   Map<String, Object> data, String threadId) implements Serializable {

    public Mail {
        data = Map.copyOf(data);
    }

    public static Mail of(String recipient, String recipientName, Locale language, MailKind kind, Map<String, Object> data) {
        return new Mail(recipient, recipientName, language, kind, data, null);
    }

    public Mail inThread(String threadId) {
        return new Mail(recipient, recipientName, language, kind, data, threadId);
    }
}
