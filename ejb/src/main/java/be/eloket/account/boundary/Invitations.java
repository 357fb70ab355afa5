package be.eloket.account.boundary;

import be.eloket.account.control.InvitationTokens;
import be.eloket.account.control.PasswordHashes;
import be.eloket.account.entity.Account;
import be.eloket.account.entity.InvitationToken;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.SingleUseLink;
import be.eloket.platform.SingleUseLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public page behind the link of an invitation or reset mail (BO-7): the holder of the
 * account chooses a password. Opening the link only looks it up; the password is set by a POST,
 * once, while the link is valid and the account active.
 */
@Stateless
@PermitAll
public class Invitations {

    /** The shortest password accepted: length is what makes a password hard to guess. */
    public static final int MINIMUM_LENGTH = 12;
    /** PBKDF2 hashes anything, but nobody types more; a limit keeps hashing cheap. */
    public static final int MAXIMUM_LENGTH = 128;

    private static final Logger LOG = System.getLogger(Invitations.class.getName());

    @Inject
    InvitationTokens tokens;

    @Inject
    PasswordHashes passwordHashes;

    @Inject
    Event<Audited> audited;

    private final Clock clock = Clock.systemUTC();

    /** What the link is worth now and for whom, without changing anything. */
    public Outcome check(String token) {
        return tokens.find(token).map(this::outcomeOf).orElseGet(Outcome::unknown);
    }

    /**
     * Sets the password of the link's account and uses the link up. A password that breaks the
     * rules (at least {@value #MINIMUM_LENGTH} characters, not the e-mail address, typed the same
     * twice) is refused with field problems and changes nothing; so does any link that is not
     * valid, answering what it is worth.
     */
    public Outcome choosePassword(String token, String password, String repeated) {
        Optional<InvitationToken> found = tokens.find(token);
        if (found.isEmpty()) {
            LOG.log(Level.INFO, "Password chosen with an unknown invitation link");
            return Outcome.unknown();
        }
        InvitationToken link = found.get();
        Outcome outcome = outcomeOf(link);
        if (!outcome.isValid()) {
            return outcome;
        }
        Account account = link.getAccount();
        checked(account, password, repeated);
        Instant now = clock.instant();
        if (!tokens.consume(link, now)) {
            // Another request chose a password through this link a moment ago: it set the password.
            return new Outcome(false, SingleUseLink.State.USED, outcome.name(), outcome.username());
        }
        account.choosePassword(passwordHashes.of(password));
        tokens.revoke(account, now);
        audited.fire(new Audited(account.getFacility() == null ? null : account.getFacility().getId(), SubjectKind.ACCOUNT,
                account.getId(), "PASSWORD_CHOSEN", List.of(FieldChange.of("password"))));
        LOG.log(Level.INFO, "Account {0} chose its password through its invitation link", account.getId());
        return new Outcome(true, null, outcome.name(), outcome.username());
    }

    private static void checked(Account account, String password, String repeated) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(Problem.of("password", "invitation.password.required"));
        } else if (password.length() < MINIMUM_LENGTH) {
            problems.add(Problem.of("password", "invitation.password.too-short", MINIMUM_LENGTH));
        } else if (password.length() > MAXIMUM_LENGTH) {
            problems.add(Problem.of("password", "invitation.password.too-long", MAXIMUM_LENGTH));
        } else if (containsName(password, account.getUsername()) || password.chars().distinct().count() < 4) {
            problems.add(Problem.of("password", "invitation.password.too-easy"));
        }
        if (problems.isEmpty() && !password.equals(repeated)) {
            problems.add(Problem.of("repeated", "invitation.repeated.different"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
    }

    /** A password built on the person's own address is the first thing a guesser tries. */
    private static boolean containsName(String password, String username) {
        String name = username.substring(0, username.indexOf('@'));
        return name.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(name);
    }

    private Outcome outcomeOf(InvitationToken link) {
        Account account = link.getAccount();
        SingleUseLink.State state = link.stateAt(clock.instant());
        if (state == SingleUseLink.State.VALID && !account.isActive()) {
            state = SingleUseLink.State.REPLACED;
        }
        return new Outcome(false, state, account.getDisplayName(), account.getUsername());
    }

    /**
     * Whether the password was set now ({@code done}), else what the link is worth; {@code name}
     * and {@code username} only for known links.
     */
    public record Outcome(boolean done, SingleUseLink.State state, String name, String username)
            implements SingleUseLinks.Outcome, Serializable {

        static Outcome unknown() {
            return new Outcome(false, null, null, null);
        }

        public boolean isPasswordSet() {
            return done;
        }

        public String getName() {
            return name;
        }

        public String getUsername() {
            return username;
        }
    }
}
