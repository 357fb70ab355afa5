package be.eloket.mail.model;

import be.eloket.mail.entity.MailKind;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * A mail to queue: to whom, in which language, of which kind, with the values its templates
 * need. {@code threadId} groups the notifications about one conversation in mail clients
 * (MAIL-6); null for mails that belong to no conversation. A {@code bulk} mail, one of thousands a
 * mass action queues at once, goes out after every other mail that is due (BO-9).
 */
public record Mail(String recipient, String recipientName, Locale language, MailKind kind,
                   Map<String, Object> data, String threadId, boolean bulk) implements Serializable {

    public Mail {
        data = Map.copyOf(data);
    }

    public static Mail of(String recipient, String recipientName, Locale language, MailKind kind, Map<String, Object> data) {
        return new Mail(recipient, recipientName, language, kind, data, null, false);
    }

    public Mail inThread(String threadId) {
        return new Mail(recipient, recipientName, language, kind, data, threadId, bulk);
    }

    /** This mail as one of a mass action's: sent after the other due mails. */
    public Mail inBulk(boolean inBulk) {
        return new Mail(recipient, recipientName, language, kind, data, threadId, inBulk);
    }
}
