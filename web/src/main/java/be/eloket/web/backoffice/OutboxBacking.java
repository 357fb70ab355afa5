package be.eloket.web.backoffice;

import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailAttempt;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.entity.MailStatus;
import be.eloket.mail.entity.QueuedMail;
import be.eloket.mail.model.MailFilter;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.RejectedInput;
import be.eloket.web.PagedRows;
import be.eloket.web.Problems;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** /backoffice/outbox.xhtml, the outbox monitor of the administrators (BO-6, MAIL-7). */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Outbox outbox;

    private final MailFilterForm form = new MailFilterForm();

    /** The filter the list shows: the one of the last "Filteren", not what is being typed. */
    private MailFilter filter = MailFilter.none();
    private final PagedRows<QueuedMail> mails = new PagedRows<>(
            (first, pageSize) -> outbox.find(filter, first, pageSize), () -> outbox.count(filter), QueuedMail::getId);
    private Map<MailStatus, Long> counts;

    private QueuedMail mail;
    private List<MailAttempt> attempts;

    @PostConstruct
    void load() {
        counts = outbox.countsPerStatus();
    }

    public void filter() {
        filter = form.filter();
        load();
    }

    public MailFilterForm getForm() {
        return form;
    }

    public void show(long id) {
        mail = outbox.mail(id);
        attempts = outbox.attempts(id);
    }

    public void retry() {
        try {
            outbox.retry(mail.getId());
            Problems.globalInfo("outbox.retried", mail.getRecipient());
        } catch (ConcurrentChange e) {
            Problems.globalError("outbox.changed-meanwhile");
        } catch (RejectedInput e) {
            Problems.show(e, "outbox.not-changed");
        }
        refresh();
    }

    public void cancel() {
        try {
            outbox.cancel(mail.getId());
            Problems.globalInfo("outbox.cancelled", mail.getRecipient());
        } catch (ConcurrentChange e) {
            Problems.globalError("outbox.changed-meanwhile");
        } catch (RejectedInput e) {
            Problems.show(e, "outbox.not-changed");
        }
        refresh();
    }

    public void sendNow() {
        outbox.sendNow();
        Problems.globalInfo("outbox.send-now.started");
        load();
    }

    private void refresh() {
        show(mail.getId());
        load();
    }

    public PagedRows<QueuedMail> getMails() {
        return mails;
    }

    public Map<MailStatus, Long> getCounts() {
        return counts;
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public MailKind[] getKinds() {
        return MailKind.values();
    }

    public QueuedMail getMail() {
        return mail;
    }

    public List<MailAttempt> getAttempts() {
        return attempts;
    }
}
