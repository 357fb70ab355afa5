package be.eloket.test;

import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.entity.MailStatus;
import be.eloket.mail.entity.QueuedMail;
import be.eloket.mail.model.Mail;
import be.eloket.platform.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Queues mails the way a use case does: inside a transaction of its own (REQUIRED). */
@Stateless
@PermitAll
@RunAs(Role.Names.ADMINISTRATOR)
public class TestMails {

    @EJB
    Outbox outbox;

    @PersistenceContext
    EntityManager em;

    /** The change that queued a mail failed: its transaction rolls back. */
    @ApplicationException(rollback = true)
    public static class ChangeFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public static Mail removalNotice(String recipient, String name, String facilityName, Locale language) {
        return Mail.of(recipient, name, language, MailKind.CONTACT_REMOVED,
                Map.of("name", name, "facilityName", facilityName));
    }

    public List<Long> queue(List<Mail> mails) {
        List<Long> ids = new ArrayList<>();
        for (Mail mail : mails) {
            ids.add(outbox.queue(mail).getId());
        }
        return ids;
    }

    public long queue(Mail mail) {
        return queue(List.of(mail)).get(0);
    }

    /** Queues {@code mail}, then fails: nothing may remain of it. */
    public void queueThenFail(Mail mail) {
        outbox.queue(mail);
        throw new ChangeFailed();
    }

    public QueuedMail stored(long id) {
        return em.find(QueuedMail.class, id);
    }

    public long countTo(String recipient) {
        return em.createQuery("select count(m) from QueuedMail m where m.recipient = :r", Long.class)
                .setParameter("r", recipient).getSingleResult();
    }

    /** The mails queued to {@code recipient}, oldest first. */
    public List<QueuedMail> queuedTo(String recipient) {
        return em.createQuery("select m from QueuedMail m where m.recipient = :r order by m.id", QueuedMail.class)
                .setParameter("r", recipient).getResultList();
    }

    /** The token in the confirmation link of the newest confirmation mail queued to {@code recipient}. */
    public String confirmationToken(String recipient) {
        List<QueuedMail> queued = queuedTo(recipient).stream()
                .filter(mail -> mail.getKind() == MailKind.CONTACT_CONFIRMATION).toList();
        String data = queued.get(queued.size() - 1).getTemplateData();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(data);
        return token.find() ? token.group(1) : null;
    }

    /** Runs the send-mails job until no mail is queued or being sent any more. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendAllQueued() {
        Jobs.runUntil(() -> outbox.sendNow(), () -> em.createQuery(
                        "select count(m) from QueuedMail m where m.status in :open", Long.class)
                .setParameter("open", List.of(MailStatus.QUEUED, MailStatus.SENDING))
                .getSingleResult() == 0, java.time.Duration.ofSeconds(60));
    }

    /** The queued mails whose recipient starts with {@code prefix}, in the order they were queued. */
    public List<QueuedMail> storedTo(String prefix) {
        return em.createQuery("select m from QueuedMail m where m.recipient like :p order by m.id", QueuedMail.class)
                .setParameter("p", prefix + "%").getResultList();
    }

    public long countWithStatus(String recipientPrefix, MailStatus status) {
        return em.createQuery("select count(m) from QueuedMail m where m.recipient like :p and m.status = :s", Long.class)
                .setParameter("p", recipientPrefix + "%").setParameter("s", status).getSingleResult();
    }

    public long countWithStatus(List<Long> ids, MailStatus status) {
        return em.createQuery("select count(m) from QueuedMail m where m.id in :ids and m.status = :s", Long.class)
                .setParameter("ids", ids).setParameter("s", status).getSingleResult();
    }
}
