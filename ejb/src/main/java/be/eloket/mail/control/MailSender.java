package be.eloket.mail.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer of the send-mails job: sends the chunks of a step over one SMTP connection of the
 * WildFly mail session and records every outcome (MAIL-2, MAIL-4, MAIL-6). A mail the server
 * refuses for good (5xx, bad address) fails alone; the connection stays in use for the others.
 * When the server cannot be reached or answers 4xx, the mail is retried later with a growing delay.
 */
@Dependent
@Named("mailSender")
public class MailSender extends AbstractItemWriter {

    private static final Logger LOG = System.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/eloket")
    Session session;

    @Inject
    JobContext job;

    @EJB
    MailClaims claims;

    @EJB
    MailMetrics metrics;

    /**
     * The connection of this step, kept from chunk to chunk: opening one costs more than sending
     * a mail (greeting, EHLO, with a real relay also TLS and login); opened for every chunk, it took
     * most of the job's time in the P3 benchmark. Closed when the step ends.
     */
    private Transport transport;

    /**
     * Whether the connection must be checked before the next mail. Angus Mail's isConnected()
     * asks the server (NOOP), a round trip: done once per chunk, since the connection lay idle
     * while the previous chunk was recorded, and after a failure, which may have broken it.
     */
    private boolean suspect;

    @Override
    public void writeItems(List<Object> items) {
        List<SendOutcome> outcomes = new ArrayList<>(items.size());
        suspect = true;
        try {
            for (Object item : items) {
                OutgoingMail mail = (OutgoingMail) item;
                if (mail.message() == null) {
                    outcomes.add(SendOutcome.failed(mail.mailId(), SendOutcome.Result.PERMANENT_FAILURE, mail.problem()));
                    continue;
                }
                try {
                    connection().sendMessage(mail.message(), mail.message().getAllRecipients());
                    outcomes.add(SendOutcome.sent(mail.mailId()));
                } catch (MessagingException e) {
                    suspect = true;
                    SendOutcome.Result result = classify(e);
                    LOG.log(Level.WARNING, "Mail {0} not sent ({1}): {2}", mail.mailId(), result, e.getMessage());
                    outcomes.add(SendOutcome.failed(mail.mailId(), result, describe(e)));
                }
            }
        } finally {
            claims.record(OutboxReader.claimant(job), outcomes);
            metrics.count(outcomes);
        }
    }

    @Override
    public void close() {
        close(transport);
        transport = null;
    }

    /** The open connection, opened anew when there is none or a check finds it gone. */
    private Transport connection() throws MessagingException {
        if (transport != null && suspect && !transport.isConnected()) {
            close(transport);
            transport = null;
        }
        suspect = false;
        if (transport == null) {
            withTimeouts(session);
            Transport opened = session.getTransport("smtp");
            opened.connect();
            transport = opened;
        }
        return transport;
    }

    /**
     * Permanent: an SMTP reply code 5xx, or an address that cannot be one. Everything else (no
     * connection, time-out, 4xx, refused login that an operator can fix) is worth another try.
     */
    static SendOutcome.Result classify(MessagingException failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            int code = smtpReturnCode(cause);
            if (code >= 500 && code < 600) {
                return SendOutcome.Result.PERMANENT_FAILURE;
            }
            if (code >= 400 && code < 500) {
                return SendOutcome.Result.TEMPORARY_FAILURE;
            }
            if (cause instanceof AddressException) {
                return SendOutcome.Result.PERMANENT_FAILURE;
            }
        }
        if (failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0 && !(failure instanceof AuthenticationFailedException)) {
            return SendOutcome.Result.PERMANENT_FAILURE;
        }
        return SendOutcome.Result.TEMPORARY_FAILURE;
    }

    /** The reply code of Angus Mail's SMTP exceptions, read without compiling against Angus. */
    private static int smtpReturnCode(Throwable cause) {
        try {
            Method returnCode = cause.getClass().getMethod("getReturnCode");
            return (Integer) returnCode.invoke(cause);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return -1;
        }
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != cause) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < 1500; cause = next(cause)) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    /** Without them Jakarta Mail waits for ever on a server that accepts but does not answer. */
    private static void withTimeouts(Session session) {
        session.getProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
        session.getProperties().putIfAbsent("mail.smtp.timeout", "30000");
        session.getProperties().putIfAbsent("mail.smtp.writetimeout", "30000");
    }

    private static void close(Transport transport) {
        if (transport != null && transport.isConnected()) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.DEBUG, "Closing the SMTP connection failed: {0}", e.getMessage());
            }
        }
    }
}
