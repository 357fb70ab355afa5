package be.eloket.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Properties;

/**
 * Whether the SMTP relay of the mail session accepts a connection now, for the metric
 * {@code eloket_mail_relay_up} (OPS-6). It is no readiness check: while the relay is away the
 * outbox keeps every mail and the job delivers it later (MAIL-3), so a mail outage must not take
 * a server out of the load balancer; operators watch this metric and the age of the oldest
 * queued mail instead.
 */
@ApplicationScoped
public class MailRelay {

    @Resource(lookup = "java:jboss/mail/eloket")
    Session session;

    public boolean answers() {
        // A copy with short time-outs: a scrape that hangs is worse than one that says 0.
        Properties properties = new Properties();
        properties.putAll(session.getProperties());
        properties.put("mail.smtp.connectiontimeout", "3000");
        properties.put("mail.smtp.timeout", "3000");
        try (Transport transport = Session.getInstance(properties).getTransport("smtp")) {
            transport.connect();
            return true;
        } catch (MessagingException e) {
            return false;
        }
    }
}
