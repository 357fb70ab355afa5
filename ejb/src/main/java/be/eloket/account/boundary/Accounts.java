package be.eloket.account.boundary;

import be.eloket.account.control.Enrolments;
import be.eloket.account.control.InvitationTokens;
import be.eloket.account.control.PasswordHashes;
import be.eloket.account.entity.Account;
import be.eloket.account.model.AccountFilter;
import be.eloket.account.model.AccountLine;
import be.eloket.account.model.ActiveAccount;
import be.eloket.account.model.Choice;
import be.eloket.account.model.LoginRefusal;
import be.eloket.account.model.NewAccount;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.mail.entity.MailKind;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Conditions;
import be.eloket.platform.FirstPages;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Team;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accounts of facility and department staff. Administrators list, make, deactivate, reactivate
 * them and reset their passwords (BO-7); an account made or reset here gets an invitation mail
 * with a single-use link instead of a password.
 */
@Stateless
public class Accounts {

    private static final Logger LOG = System.getLogger(Accounts.class.getName());

    private static final String LINE = "select new be.eloket.account.model.AccountLine(a.id, a.username, a.displayName,"
            + " a.role, f.name, t.name, a.active, a.passwordHash)"
            + " from Account a left join a.facility f left join a.team t";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashes passwordHashes;

    @Inject
    InvitationTokens tokens;

    @Inject
    Enrolments enrolments;

    @Inject
    Event<Audited> audited;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * The logged-in person, looked up by the name the identity store accepted. Called right after
     * login, so it is open to every authenticated role.
     */
    @RolesAllowed({Role.Names.FACILITY_USER, Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
    public ActiveAccount active(String username) {
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", Account.normalised(username))
                .getResultStream()
                .filter(Account::isActive)
                .findFirst()
                .orElseThrow(() -> new NotFound("account", username));
        Facility facility = account.getFacility();
        return new ActiveAccount(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(),
                facility == null ? null : facility.getId(),
                facility == null ? null : facility.getName());
    }

    /** The usernames (lower-case e-mail addresses) of the active accounts of a facility (CP-10). */
    @RolesAllowed(Role.Names.FACILITY_USER)
    public Set<String> usernamesOf(long facilityId) {
        return Set.copyOf(em.createQuery("select a.username from Account a where a.facility.id = :facility and a.active = true",
                        String.class)
                .setParameter("facility", facilityId)
                .getResultList());
    }

    /**
     * Creates a facility user of {@code facilityId} with a known password, without invitation: for
     * the demo data and the tests. The backoffice makes accounts with {@link #invite}.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long createFacilityUser(long facilityId, String username, String displayName, String password) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        Account account = new Account(username, passwordHashes.of(password), displayName, Role.FACILITY_USER);
        account.setFacility(facility);
        return enrolments.store(account).getId();
    }

    /** Creates a case handler or administrator with a known password: demo data and tests only. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long createDepartmentStaff(String username, String displayName, String password, Role role) {
        if (!role.isDepartmentStaff()) {
            throw new IllegalArgumentException("not a department role: " + role);
        }
        return enrolments.store(new Account(username, passwordHashes.of(password), displayName, role)).getId();
    }

    /**
     * Whether the session of {@code username}, logged in when the account's credential generation
     * was what this answers, may go on: null when the account is gone, deactivated or has no
     * password (reset), or its facility is closed. Asked on every page request of a logged-in
     * person (BO-7, BO-8).
     */
    @RolesAllowed({Role.Names.FACILITY_USER, Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Long credentialGeneration(String username) {
        return em.createQuery("select a.credentialGeneration from Account a left join a.facility f where a.username = :username"
                        + " and a.active = true and a.passwordHash is not null and f.closedAt is null", Long.class)
                .setParameter("username", Account.normalised(username))
                // A list, not a stream: without a transaction (SUPPORTS) the entity manager lives
                // only for this query, and a list is read in full before it goes.
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * After a refused login, why: the account is deactivated (BO-7) or its facility is closed
     * (BO-8), the password being right; otherwise the e-mail address or the password is wrong.
     * Only the right password earns the reason: anyone else learns nothing about which accounts
     * exist.
     */
    @PermitAll
    public LoginRefusal whyRefused(String username, String password) {
        if (username == null || password == null) {
            return LoginRefusal.WRONG_CREDENTIALS;
        }
        List<Object[]> accounts = em.createQuery("select a.active, a.passwordHash, f.closedAt from Account a left join a.facility f"
                        + " where a.username = :username and a.passwordHash is not null", Object[].class)
                .setParameter("username", Account.normalised(username))
                .getResultList();
        if (accounts.isEmpty()) {
            // The identity store checked no hash for this name, as for no other unknown one: one
            // check here makes the refusal take as long as an active account's (SEC-8).
            passwordHashes.matchesNothing(password);
            return LoginRefusal.WRONG_CREDENTIALS;
        }
        Object[] account = accounts.get(0);
        boolean deactivated = !((Boolean) account[0]);
        boolean closed = account[2] != null;
        // A password the identity store refused for an account it could log in is wrong; others are checked here.
        if (!deactivated && !closed || !passwordHashes.matches(password, (String) account[1])) {
            return LoginRefusal.WRONG_CREDENTIALS;
        }
        return deactivated ? LoginRefusal.DEACTIVATED : LoginRefusal.FACILITY_CLOSED;
    }

    /** One page of the accounts matching {@code filter}, by name, paged in the database (BO-7). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<AccountLine> find(AccountFilter filter, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        return FirstPages.read(em, LINE + " where " + where(filter, parameters)
                + " order by a.displayName, a.id", AccountLine.class, parameters, first, pageSize);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long count(AccountFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(a) from Account a left join a.facility f"
                + " where " + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(AccountFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        // One text field finds a person by name or e-mail address.
        Conditions.containsAny(where, parameters, "name", filter.name(), "a.displayName", "a.username");
        Conditions.equal(where, parameters, "a.role", "role", filter.role());
        Conditions.contains(where, parameters, "f.name", "facility", filter.facility());
        if (filter.active() != null) {
            // Active is the absence of a deactivation time (BO-6): the time is what is stored.
            where.append(filter.active() ? " and a.deactivatedAt is null" : " and a.deactivatedAt is not null");
        }
        return where.toString();
    }

    /** The active teams, by name: whom a new case handler may belong to. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<Choice> teams() {
        return em.createQuery("select t from Team t where t.active = true order by t.name, t.id", Team.class)
                .getResultStream().map(team -> new Choice(team.getId(), team.getName())).toList();
    }

    /**
     * Makes the account of {@code account} and queues its invitation mail with a single-use link
     * to choose a password (BO-7). Refuses with every problem at once, storing nothing: a missing
     * or malformed e-mail address, one that already has an account, a missing name or role, a
     * facility user without facility. Answers the new account's id.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long invite(NewAccount account) {
        List<Problem> problems = new ArrayList<>(enrolments.problemsOf(account, ""));
        Facility facility = null;
        Team team = null;
        if (account.getRole() == Role.FACILITY_USER) {
            if (account.getFacilityId() == null) {
                problems.add(Problem.of("facilityId", "accounts.facility.required"));
            } else if ((facility = em.find(Facility.class, account.getFacilityId())) == null) {
                throw new NotFound("facility", account.getFacilityId());
            }
        }
        if (account.getRole() == Role.CASE_HANDLER && account.getTeamId() != null) {
            team = em.find(Team.class, account.getTeamId());
            if (team == null || !team.isActive()) {
                problems.add(Problem.of("teamId", "accounts.team.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Account made = new Account(account.getEmail(), null, account.getDisplayName(), account.getRole());
        made.setFacility(facility);
        made.setTeam(team);
        enrolments.enrol(made, account.locale(), false);
        LOG.log(Level.INFO, "Account {0} ({1}) made by {2}; invitation queued", made.getId(), made.getRole(), caller());
        return made.getId();
    }

    /**
     * The account can no longer log in; its sessions end on their next request, its open
     * invitation links stop working. An administrator cannot deactivate their own account.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void deactivate(long accountId) {
        Account account = account(accountId);
        if (account.getUsername().equals(Account.normalised(caller()))) {
            throw new RejectedInput(Problem.of("active", "accounts.deactivate.self"));
        }
        if (!account.isActive()) {
            return;
        }
        Instant now = clock.instant();
        account.deactivate(now);
        tokens.revoke(account, now);
        audited.fire(new Audited(facilityIdOf(account), SubjectKind.ACCOUNT, account.getId(), "DEACTIVATED",
                List.of(new FieldChange("active", "true", "false"))));
        LOG.log(Level.INFO, "Account {0} deactivated by {1}", account.getId(), caller());
    }

    /** The account can log in again (with its password, if it has one). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void reactivate(long accountId) {
        Account account = account(accountId);
        if (account.isActive()) {
            return;
        }
        account.reactivate();
        audited.fire(new Audited(facilityIdOf(account), SubjectKind.ACCOUNT, account.getId(), "REACTIVATED",
                List.of(new FieldChange("active", "false", "true"))));
        LOG.log(Level.INFO, "Account {0} reactivated by {1}", account.getId(), caller());
    }

    /**
     * Clears the password at once (its sessions end on their next request, earlier links stop
     * working) and queues a mail with a new single-use link to choose another, in {@code language}.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void resetPassword(long accountId, Locale language) {
        Account account = account(accountId);
        if (!account.isActive()) {
            throw new RejectedInput(Problem.of("active", "accounts.reset.inactive"));
        }
        account.resetPassword();
        enrolments.invite(account, MailKind.ACCOUNT_PASSWORD_RESET, language);
        audited.fire(new Audited(facilityIdOf(account), SubjectKind.ACCOUNT, account.getId(), "PASSWORD_RESET",
                List.of(FieldChange.of("password"))));
        LOG.log(Level.INFO, "Password of account {0} reset by {1}; mail queued", account.getId(), caller());
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFound("account", accountId);
        }
        return account;
    }

    private static Long facilityIdOf(Account account) {
        return account.getFacility() == null ? null : account.getFacility().getId();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
