package be.eloket.account.control;

import be.eloket.account.entity.Account;
import be.eloket.account.model.NewAccount;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.model.Mail;
import be.eloket.platform.Constraints;
import be.eloket.platform.Problem;
import be.eloket.platform.SingleUseLinks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a person gets an account (BO-7): the rules of a new account, the account stored and audited,
 * and the invitation mail with a single-use link to choose a password. The accounts page, the
 * facility register (BO-8) and the register import (BO-9) enrol people through here.
 */
@ApplicationScoped
public class Enrolments {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @Inject
    InvitationTokens tokens;

    @Inject
    Event<Audited> audited;

    @EJB
    Outbox outbox;

    private final Clock clock = Clock.systemUTC();

    /**
     * What is wrong with {@code account} (stripped first), each problem's field prefixed with
     * {@code prefix}: its own rules, and an e-mail address that already has an account.
     */
    public List<Problem> problemsOf(NewAccount account, String prefix) {
        account.strip();
        List<Problem> problems = new ArrayList<>(constraints.problemsOf(account, prefix));
        if (account.getEmail() != null && exists(account.getEmail())) {
            problems.add(Problem.of(prefix + "email", "accounts.email.taken"));
        }
        return problems;
    }

    public boolean exists(String username) {
        return !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", Account.normalised(username))
                .getResultList().isEmpty();
    }

    /**
     * Stores {@code account} and audits who it is for and what it may do (SEC-5); never its password
     * or hash. Its id comes from the sequence at once; the row is written with the transaction's others.
     */
    public Account store(Account account) {
        em.persist(account);
        List<FieldChange> fields = new ArrayList<>(List.of(
                new FieldChange("username", null, account.getUsername()),
                new FieldChange("displayName", null, account.getDisplayName()),
                new FieldChange("role", null, account.getRole().name())));
        if (account.getTeam() != null) {
            fields.add(new FieldChange("team", null, account.getTeam().getName()));
        }
        audited.fire(new Audited(account.getFacility() == null ? null : account.getFacility().getId(), SubjectKind.ACCOUNT,
                account.getId(), "CREATED", fields));
        return account;
    }

    /**
     * Stores a new account without password and queues its invitation (BO-7), as one of a mass
     * action's mails when {@code bulk} (BO-9).
     */
    public Account enrol(Account account, Locale language, boolean bulk) {
        store(account);
        queue(account, MailKind.ACCOUNT_INVITATION, language, tokens.issueFirst(account, clock.instant()), bulk);
        return account;
    }

    /** Queues the mail of {@code kind} with a new single-use link to choose a password; earlier links stop working. */
    public void invite(Account account, MailKind kind, Locale language) {
        queue(account, kind, language, tokens.issue(account, clock.instant()), false);
    }

    private void queue(Account account, MailKind kind, Locale language, SingleUseLinks.Issued link, boolean bulk) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", account.getDisplayName());
        data.put("username", account.getUsername());
        if (account.getFacility() != null) {
            data.put("facilityName", account.getFacility().getName());
        }
        data.put("invitationPath", "/invitation.xhtml?token=" + link.token());
        data.put("expiresOn", DAY.format(link.expiresAt().atZone(BRUSSELS)));
        outbox.queue(Mail.of(account.getUsername(), account.getDisplayName(), language, kind, data).inBulk(bulk));
    }
}
