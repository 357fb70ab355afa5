package be.eloket.test;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 at the port where the test server's mail session
 * sends (eloket.test.smtp-port, 3125 by default, handed to the server as ELOKET_SMTP_PORT). It
 * lives inside the test deployment so that tests can read what arrived, and stop and start it to
 * play an outage.
 * Recipients at {@value #REFUSING_DOMAIN} are refused with "550 5.1.1", as a real server
 * refuses an unknown mailbox.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailCatcher {

    private static final int PORT = Integer.getInteger("eloket.test.smtp-port", 3125);
    public static final String REFUSING_DOMAIN = "weigert.example";

    private GreenMail greenMail;

    @PostConstruct
    void start() {
        if (PORT == 0) {
            // The cluster tests run their SMTP server in the test JVM, where it outlives a node.
            return;
        }
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        refuseUnknownMailboxes(greenMail.getManagers());
    }

    @PreDestroy
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** The SMTP server goes away: connections are refused. */
    public synchronized void down() {
        greenMail.stop();
    }

    /** The SMTP server is back (GreenMail forgets its mails when stopped). */
    public synchronized void up() {
        greenMail.start();
        refuseUnknownMailboxes(greenMail.getManagers());
    }

    /** Forgets every mail and mailbox, as a fresh server: a benchmark round starts empty. */
    public synchronized void clear() {
        down();
        up();
    }

    /** Every mail delivered to any mailbox. */
    public synchronized List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Every mail delivered to the mailbox of {@code address}, in order of arrival. */
    public synchronized List<MimeMessage> to(String address) {
        // By mailbox, i.e. by SMTP envelope: the To header could name anyone.
        return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList();
    }

    /**
     * GreenMail accepts every recipient; real servers refuse unknown mailboxes at RCPT TO. Its
     * SMTP manager has the hook for that but no setting, so the test server gets one that uses it.
     */
    private static void refuseUnknownMailboxes(Managers managers) {
        try {
            Field smtpManager = Managers.class.getDeclaredField("smtpManager");
            smtpManager.setAccessible(true);
            smtpManager.set(managers, new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress recipient) {
                    return recipient.getEmail().toLowerCase(Locale.ROOT).endsWith("@" + REFUSING_DOMAIN)
                            ? "550 5.1.1 Mailbox unavailable" : null;
                }
            });
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make GreenMail refuse mailboxes", e);
        }
    }
}
