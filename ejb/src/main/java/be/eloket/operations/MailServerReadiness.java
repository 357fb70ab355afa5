package be.eloket.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Properties;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the SMTP server of the mail session accepts a connection (OPS-4), as the
 * customer asked. Nothing is lost while it does not: the outbox keeps every mail and the job
 * delivers it later (MAIL-3); the check tells operators that mails wait.
 */
@Readiness
@ApplicationScoped
public class MailServerReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/mail/eloket")
    Session session;

    @Override
    public HealthCheckResponse call() {
        // A copy with short time-outs: a probe that hangs is worse than one that says DOWN.
        Properties properties = new Properties();
        properties.putAll(session.getProperties());
        properties.put("mail.smtp.connectiontimeout", "3000");
        properties.put("mail.smtp.timeout", "3000");
        try (Transport transport = Session.getInstance(properties).getTransport("smtp")) {
            transport.connect();
            return HealthCheckResponse.named("mail").up().build();
        } catch (MessagingException e) {
            return HealthCheckResponse.named("mail").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
