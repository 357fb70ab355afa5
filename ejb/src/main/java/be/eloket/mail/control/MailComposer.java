package be.eloket.mail.control;

import be.eloket.mail.entity.QueuedMail;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The processor of the send-mails job: turns a claimed mail into a MIME message, multipart
 * alternative (plain text, then HTML), with the Message-ID it got when it was queued and, for
 * conversation notifications, In-Reply-To and References to the conversation's thread id
 * (MAIL-5, MAIL-6). Every mail carries what receiving servers require or expect of a machine's
 * mail (MAIL-8): From (the mail session's configured sender, with the department's display name),
 * Date, and {@code Auto-Submitted: auto-generated} (RFC 3834), so that out-of-office replies and
 * other robots do not answer it; Reply-To only where a person reads the answers. Values users
 * typed reach headers only through Jakarta Mail's encoders and with line breaks removed, so they
 * can never add a header.
 */
@Dependent
@Named("mailComposer")
public class MailComposer implements ItemProcessor {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Resource(lookup = "java:jboss/mail/eloket")
    Session session;

    @Inject
    MailTemplates templates;

    @Inject
    @ConfigProperty(name = "eloket.mail.from-name", defaultValue = "e-loket Departement Zorg")
    String fromName;

    @Override
    public Object processItem(Object item) {
        QueuedMail mail = (QueuedMail) item;
        try {
            return new OutgoingMail(mail.getId(), compose(mail));
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            // A mail that cannot even be built never will be: fail it, do not block the others.
            return new OutgoingMail(mail.getId(), null, "cannot compose: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    MimeMessage compose(QueuedMail mail) throws MessagingException, UnsupportedEncodingException {
        Map<String, Object> data = JSON.fromJson(mail.getTemplateData(), Map.class);
        RenderedMail rendered = templates.render(mail.getKind(), mail.getLanguage(), data);

        MimeMessage message = new FixedIdMessage(session, mail.getMessageId());
        message.setFrom(new InternetAddress(sender(), fromName, "UTF-8"));
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        String replyTo = mail.getKind().replyTo() == null ? null : (String) data.get(mail.getKind().replyTo());
        if (replyTo != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo, true)});
        }
        message.setRecipient(MimeMessage.RecipientType.TO, mail.getRecipientName() == null
                ? new InternetAddress(mail.getRecipient(), true)
                : new InternetAddress(mail.getRecipient(), MailTemplates.singleLine(mail.getRecipientName()), "UTF-8"));
        message.setSubject(rendered.subject(), "UTF-8");
        if (mail.getThreadId() != null) {
            message.setHeader("In-Reply-To", mail.getThreadId());
            message.setHeader("References", mail.getThreadId());
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** The address of the mail session ({@code from} in configure-mail-session.cli, ELOKET_MAIL_FROM). */
    private String sender() throws MessagingException {
        String address = session.getProperty("mail.from");
        if (address == null || address.isBlank()) {
            throw new MessagingException("the mail session has no sender address (mail.from)");
        }
        return address;
    }

    /** Keeps the Message-ID given at queue time: a resend after a crash carries the same one. */
    static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
