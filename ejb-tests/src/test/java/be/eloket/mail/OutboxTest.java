package be.eloket.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailAttempt;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.entity.MailStatus;
import be.eloket.mail.entity.QueuedMail;
import be.eloket.mail.model.Mail;
import be.eloket.test.AsAdministrator;
import be.eloket.test.InServerTest;
import be.eloket.test.Jobs;
import be.eloket.test.MailCatcher;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The outbox and the send-mails job against a real SMTP server (GreenMail). */
class OutboxTest extends InServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @EJB
    TestMails mails;

    @EJB
    Outbox outbox;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    MailCatcher smtp;

    private static String address(String who) {
        return who + "-" + TestData.unique() + "@voorziening.example";
    }

    private long sendNow() {
        try {
            return asAdministrator.call(() -> outbox.sendNow());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void sendAll(List<Long> ids) {
        Jobs.runUntil(this::sendNow, () -> mails.countWithStatus(ids, MailStatus.SENT) == ids.size(), TIMEOUT);
    }

    @Test
    @DisplayName("MAIL-5 a queued mail arrives with its recipient, subject, text and HTML parts and its Message-ID")
    void queuedMailIsDelivered() throws Exception {
        String to = address("an");
        long id = mails.queue(TestMails.removalNotice(to, "An Peeters", "WZC De Linde", Locale.forLanguageTag("nl")));

        sendAll(List.of(id));

        List<MimeMessage> arrived = smtp.to(to);
        assertEquals(1, arrived.size());
        MimeMessage mail = arrived.get(0);
        assertEquals("U bent geen contactpersoon meer voor WZC De Linde", mail.getSubject());
        assertTrue(mail.getHeader("To")[0].contains("An Peeters"));
        assertEquals(mails.stored(id).getMessageId(), mail.getMessageID());
        Multipart parts = (Multipart) mail.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"));
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"));
        assertTrue(html.isMimeType("text/html"));
        assertTrue(((String) text.getContent()).contains("WZC De Linde heeft u in het e-loket verwijderd als contactpersoon"));
        assertTrue(((String) html.getContent()).contains("<p>Beste An Peeters,</p>"));
        QueuedMail stored = mails.stored(id);
        assertEquals(MailStatus.SENT, stored.getStatus());
        assertEquals(1, stored.getAttempts());
    }

    @Test
    @DisplayName("MAIL-5 an English mail is rendered from the English templates")
    void englishMail() {
        String to = address("sofie");
        long id = mails.queue(TestMails.removalNotice(to, "Sofie Maes", "Het Zonnetje", Locale.ENGLISH));

        sendAll(List.of(id));

        assertEquals("You are no longer a contact person for Het Zonnetje", subjectOf(smtp.to(to).get(0)));
    }

    @Test
    @DisplayName("MAIL-1 a change that rolls back queues no mail and nothing is sent")
    void rolledBackChangeSendsNothing() {
        String to = address("rollback");
        assertThrows(TestMails.ChangeFailed.class,
                () -> mails.queueThenFail(TestMails.removalNotice(to, "Jan", "WZC", Locale.forLanguageTag("nl"))));

        assertEquals(0, mails.countTo(to));
        Jobs.awaitEnd(sendNow(), TIMEOUT);
        assertEquals(List.of(), smtp.to(to));
    }

    @Test
    @DisplayName("MAIL-1 queueing a mail outside a transaction is refused")
    void queueNeedsTheCallersTransaction() {
        String to = address("loose");
        assertThrows(EJBTransactionRequiredException.class,
                () -> outbox.queue(TestMails.removalNotice(to, "Jan", "WZC", Locale.forLanguageTag("nl"))));
        assertEquals(0, mails.countTo(to));
    }

    @Test
    @DisplayName("MAIL-4 with the mail server down, 50 mails are retried and all delivered exactly once when it is back")
    void outageLosesNothing() {
        List<String> recipients = IntStream.range(0, 50).mapToObj(i -> address("storing" + i)).toList();
        smtp.down();
        List<Long> ids;
        try {
            ids = mails.queue(recipients.stream()
                    .map(to -> TestMails.removalNotice(to, "Contact", "WZC Storing", Locale.forLanguageTag("nl"))).toList());
            Jobs.awaitEnd(sendNow(), TIMEOUT);

            assertEquals(0, mails.countWithStatus(ids, MailStatus.SENT));
            QueuedMail first = mails.stored(ids.get(0));
            assertEquals(MailStatus.QUEUED, first.getStatus(), "a connection failure is retried");
            assertEquals(1, first.getAttempts());
            assertTrue(first.getLastError().contains("Connect"), first.getLastError());
        } finally {
            smtp.up();
        }

        sendAll(ids);

        for (String to : recipients) {
            assertEquals(1, smtp.to(to).size(), to);
        }
    }

    @Test
    @DisplayName("MAIL-6 a recipient the server refuses with 5xx fails at once and does not block the others")
    void permanentRefusalFailsAlone() throws Exception {
        String good1 = address("goed1");
        String good2 = address("goed2");
        String refused = "onbekend-" + TestData.unique() + "@" + MailCatcher.REFUSING_DOMAIN;
        List<Long> ids = mails.queue(List.of(
                TestMails.removalNotice(good1, "Goed Een", "WZC", Locale.forLanguageTag("nl")),
                TestMails.removalNotice(refused, "Kapot Adres", "WZC", Locale.forLanguageTag("nl")),
                TestMails.removalNotice(good2, "Goed Twee", "WZC", Locale.forLanguageTag("nl"))));

        Jobs.runUntil(this::sendNow, () -> mails.countWithStatus(List.of(ids.get(0), ids.get(2)), MailStatus.SENT) == 2, TIMEOUT);

        assertEquals(1, smtp.to(good1).size());
        assertEquals(1, smtp.to(good2).size());
        QueuedMail failed = mails.stored(ids.get(1));
        assertEquals(MailStatus.FAILED, failed.getStatus(), "never retried");
        assertEquals(1, failed.getAttempts());
        assertTrue(failed.getLastError().contains("550"), failed.getLastError());
        List<MailAttempt> attempts = asAdministrator.call(() -> outbox.attempts(ids.get(1)));
        assertEquals(1, attempts.size());
        assertEquals(MailAttempt.Outcome.FAILED, attempts.get(0).getOutcome());
    }

    @Test
    @DisplayName("MAIL-3 two job executions started at the same moment over 200 mails deliver each mail once")
    void concurrentExecutionsSendOnce() {
        List<String> recipients = IntStream.range(0, 200).mapToObj(i -> address("samen" + i)).toList();
        List<Long> ids = mails.queue(recipients.stream()
                .map(to -> TestMails.removalNotice(to, "Contact", "WZC Samen", Locale.forLanguageTag("nl"))).toList());

        Properties small = new Properties();
        small.setProperty("chunkSize", "10");
        long first = BatchRuntime.getJobOperator().start("send-mails", small);
        long second = BatchRuntime.getJobOperator().start("send-mails", small);

        assertEquals(BatchStatus.COMPLETED, Jobs.awaitEnd(first, TIMEOUT));
        assertEquals(BatchStatus.COMPLETED, Jobs.awaitEnd(second, TIMEOUT));
        assertEquals(200, mails.countWithStatus(ids, MailStatus.SENT));
        List<String> twice = new ArrayList<>();
        for (String to : recipients) {
            if (smtp.to(to).size() != 1) {
                twice.add(to + " x" + smtp.to(to).size());
            }
        }
        assertEquals(List.of(), twice, "each mail arrives exactly once");
    }

    @Test
    @DisplayName("MAIL-3 a page that runs out in the middle of a chunk: the next page holds no mail still being sent, each arrives once")
    void chunkAcrossPagesSendsOnce() {
        List<String> recipients = IntStream.range(0, 100).mapToObj(i -> address("pagina" + i)).toList();
        List<Long> ids = mails.queue(recipients.stream()
                .map(to -> TestMails.removalNotice(to, "Contact", "WZC Pagina", Locale.forLanguageTag("nl"))).toList());

        // 7 does not divide 20: the third chunk takes the last 6 mails of the first page, then
        // claims the second page while those 6 are still being sent.
        Properties sizes = new Properties();
        sizes.setProperty("chunkSize", "7");
        sizes.setProperty("pageSize", "20");
        assertEquals(BatchStatus.COMPLETED, Jobs.awaitEnd(BatchRuntime.getJobOperator().start("send-mails", sizes), TIMEOUT));

        assertEquals(100, mails.countWithStatus(ids, MailStatus.SENT));
        List<String> notOnce = new ArrayList<>();
        for (String to : recipients) {
            if (smtp.to(to).size() != 1) {
                notOnce.add(to + " x" + smtp.to(to).size());
            }
        }
        assertEquals(List.of(), notOnce, "each mail arrives exactly once");
    }

    @Test
    @DisplayName("MAIL-2 BO-9 mails of a mass action go out after every other due mail: a mail queued after 30 bulk invitations arrives before all of them")
    void bulkMailsGoLast() throws Exception {
        List<String> bulk = IntStream.range(0, 30).mapToObj(i -> address("bulk" + i)).toList();
        mails.queue(bulk.stream().map(to -> TestMails.removalNotice(to, "Contact", "WZC Massa", Locale.forLanguageTag("nl"))
                .inBulk(true)).toList());
        String urgent = address("dringend");
        mails.queue(TestMails.removalNotice(urgent, "Contact", "WZC Dringend", Locale.forLanguageTag("nl")));

        Properties sizes = new Properties();
        sizes.setProperty("chunkSize", "5");
        sizes.setProperty("pageSize", "5");
        assertEquals(BatchStatus.COMPLETED, Jobs.awaitEnd(BatchRuntime.getJobOperator().start("send-mails", sizes), TIMEOUT));

        List<String> ours = new ArrayList<>();
        for (jakarta.mail.internet.MimeMessage mail : smtp.received()) {
            String to = ((jakarta.mail.internet.InternetAddress) mail.getAllRecipients()[0]).getAddress();
            if (to.equals(urgent) || bulk.contains(to)) {
                ours.add(to);
            }
        }
        assertEquals(31, ours.size(), "every mail once");
        assertEquals(urgent, ours.get(0), "the mail that is not bulk first: " + ours);
    }

    @Test
    @DisplayName("MAIL-5 a line break typed into a name or subject value cannot add a mail header")
    void headerInjectionIsNeutralised() throws Exception {
        String to = address("crlf");
        String evil = "Jan\r\nBcc: spion@kwaad.example\r\nX-Evil: ja";
        long id = mails.queue(Mail.of(to, evil, Locale.forLanguageTag("nl"), MailKind.CONTACT_REMOVED,
                Map.of("name", evil, "facilityName", "WZC\r\nBcc: spion@kwaad.example")));

        sendAll(List.of(id));

        MimeMessage mail = smtp.to(to).get(0);
        assertNull(mail.getHeader("Bcc"));
        assertNull(mail.getHeader("X-Evil"));
        assertEquals(1, mail.getAllRecipients().length);
        assertEquals(List.of(), smtp.to("spion@kwaad.example"));
        assertTrue(subjectOf(mail).startsWith("U bent geen contactpersoon meer voor WZC Bcc: spion"), subjectOf(mail));
    }

    @Test
    @DisplayName("MAIL-6 notifications about one conversation carry In-Reply-To and References to the same thread id")
    void conversationThreading() throws Exception {
        String to = address("draad");
        Map<String, Object> data = Map.of("name", "Jan", "facilityName", "WZC", "themeName", "Erkenningen",
                "reference", "BER-2026-000777", "messagePath", "/facility/message.xhtml?id=1");
        List<Long> ids = mails.queue(List.of(
                Mail.of(to, "Jan", Locale.forLanguageTag("nl"), MailKind.MESSAGE_NOTIFICATION, data).inThread("BER-2026-000777"),
                Mail.of(to, "Jan", Locale.forLanguageTag("nl"), MailKind.MESSAGE_NOTIFICATION, data).inThread("BER-2026-000777")));

        sendAll(ids);

        List<MimeMessage> arrived = smtp.to(to);
        assertEquals(2, arrived.size());
        String thread = Outbox.threadIdOf("BER-2026-000777");
        for (MimeMessage mail : arrived) {
            assertEquals(thread, mail.getHeader("In-Reply-To")[0]);
            assertEquals(thread, mail.getHeader("References")[0]);
        }
        assertTrue(!arrived.get(0).getMessageID().equals(arrived.get(1).getMessageID()), "every mail its own Message-ID");
    }

    @Test
    @DisplayName("MAIL-4 a mail that keeps failing is marked failed after the configured number of tries, with its error")
    void givesUpAfterMaxAttempts() {
        String to = address("opgeven");
        smtp.down();
        long id;
        try {
            id = mails.queue(TestMails.removalNotice(to, "Jan", "WZC", Locale.forLanguageTag("nl")));
            Jobs.runUntil(this::sendNow, () -> mails.stored(id).getStatus() == MailStatus.FAILED, TIMEOUT);
        } finally {
            smtp.up();
        }
        QueuedMail failed = mails.stored(id);
        assertEquals(4, failed.getAttempts(), "eloket.mail.max-attempts is 4 in the tests");
        assertTrue(failed.getLastError() != null && !failed.getLastError().isBlank());
    }

    @Test
    @DisplayName("BO-6 an administrator retries a failed mail and it is delivered; a cancelled mail is never sent")
    void retryAndCancel() throws Exception {
        String retried = address("opnieuw");
        String cancelled = address("geannuleerd");
        smtp.down();
        long failedId;
        try {
            failedId = mails.queue(TestMails.removalNotice(retried, "Jan", "WZC", Locale.forLanguageTag("nl")));
            Jobs.runUntil(this::sendNow, () -> mails.stored(failedId).getStatus() == MailStatus.FAILED, TIMEOUT);
        } finally {
            smtp.up();
        }
        long cancelledId = mails.queue(TestMails.removalNotice(cancelled, "Piet", "WZC", Locale.forLanguageTag("nl")));
        asAdministrator.call(() -> outbox.cancel(cancelledId));
        asAdministrator.call(() -> outbox.retry(failedId));

        sendAll(List.of(failedId));

        assertEquals(1, smtp.to(retried).size());
        assertEquals(MailStatus.CANCELLED, mails.stored(cancelledId).getStatus());
        Jobs.awaitEnd(sendNow(), TIMEOUT);
        assertEquals(List.of(), smtp.to(cancelled));
    }

    @Test
    @DisplayName("MAIL-8 every kind of mail arrives with From 'e-loket Departement Zorg' <the configured sender>, Date, its Message-ID and Auto-Submitted: auto-generated; only the helpdesk question has a Reply-To, the person who asked")
    void everyKindIsAcceptedByReceivingServers() throws Exception {
        String asker = address("vrager");
        Map<MailKind, Map<String, Object>> data = new EnumMap<>(MailKind.class);
        data.put(MailKind.CONTACT_CONFIRMATION, Map.of("name", "An Peeters", "facilityName", "WZC De Linde",
                "confirmPath", "confirm.xhtml?token=x", "expiresOn", "21/12/2026", "themes", List.of("Woonzorgcentra")));
        data.put(MailKind.CONTACT_CHANGED, Map.of("name", "An Peeters", "facilityName", "WZC De Linde",
                "changedFields", List.of("phone")));
        data.put(MailKind.CONTACT_ADDRESS_CHANGED, Map.of("name", "An Peeters", "facilityName", "WZC De Linde",
                "newEmail", "nieuw@delinde.example"));
        data.put(MailKind.CONTACT_REMOVED, Map.of("name", "An Peeters", "facilityName", "WZC De Linde"));
        data.put(MailKind.MESSAGE_NOTIFICATION, Map.of("name", "An Peeters", "facilityName", "WZC De Linde",
                "messagePath", "facility/message.xhtml?id=1", "reference", "BER-2026-1", "themeName", "Woonzorgcentra"));
        data.put(MailKind.HELPDESK_QUESTION, Map.of("senderEmail", asker, "facilityName", "WZC De Linde",
                "question", "Ik kan niet inloggen."));
        data.put(MailKind.ACCOUNT_INVITATION, Map.of("name", "An Peeters", "username", "an@delinde.example",
                "facilityName", "WZC De Linde", "invitationPath", "invitation.xhtml?token=x", "expiresOn", "14/12/2026"));
        data.put(MailKind.ACCOUNT_PASSWORD_RESET, Map.of("name", "An Peeters", "username", "an@delinde.example",
                "invitationPath", "invitation.xhtml?token=x", "expiresOn", "14/12/2026"));
        assertEquals(EnumSet.allOf(MailKind.class), data.keySet(), "a mail of every kind");
        Map<MailKind, String> recipients = new EnumMap<>(MailKind.class);
        List<Long> ids = new ArrayList<>();
        data.forEach((kind, values) -> {
            recipients.put(kind, address(kind.template()));
            ids.add(mails.queue(Mail.of(recipients.get(kind), "An Peeters", Locale.forLanguageTag("nl"), kind, values)));
        });

        sendAll(ids);

        for (MailKind kind : data.keySet()) {
            List<MimeMessage> arrived = smtp.to(recipients.get(kind));
            assertEquals(1, arrived.size(), kind + " arrived once");
            MimeMessage mail = asReceived(arrived.get(0));
            String[] from = mail.getHeader("From");
            assertTrue(from != null && from.length == 1, kind + " has one From header");
            InternetAddress sender = (InternetAddress) mail.getFrom()[0];
            assertEquals("e-loket@zorg.example", sender.getAddress(), kind + " is from the configured sender");
            assertEquals("e-loket Departement Zorg", sender.getPersonal(), kind + " carries the department's name");
            assertTrue(mail.getSentDate() != null, kind + " has a Date header");
            assertTrue(mail.getMessageID() != null && mail.getMessageID().matches("<[^<>@\\s]+@[^<>@\\s]+>"),
                    kind + " has a Message-ID: " + mail.getMessageID());
            assertArrayEquals(new String[] {"auto-generated"}, mail.getHeader("Auto-Submitted"), kind + " is marked auto-generated");
            String[] replyTo = mail.getHeader("Reply-To");
            if (kind == MailKind.HELPDESK_QUESTION) {
                assertEquals(asker, ((InternetAddress) mail.getReplyTo()[0]).getAddress(), "the helpdesk answers the person who asked");
                assertTrue(((String) ((Multipart) mail.getContent()).getBodyPart(0).getContent())
                        .contains("Beantwoord deze e-mail om " + asker + " rechtstreeks te antwoorden."));
            } else {
                assertNull(replyTo, kind + " has no Reply-To: nobody reads replies to it");
                assertTrue(((String) ((Multipart) mail.getContent()).getBodyPart(0).getContent()).contains("U kunt er niet op antwoorden."),
                        kind + " says it cannot be answered");
            }
        }
    }

    /** The mail as a receiving server reads it: parsed anew from the bytes that came over SMTP. */
    private static MimeMessage asReceived(MimeMessage arrived) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        arrived.writeTo(bytes);
        return new MimeMessage(jakarta.mail.Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
