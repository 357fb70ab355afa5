package be.eloket.account.boundary;

import be.eloket.account.entity.Account;
import be.eloket.platform.AdvisoryLocks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Slows down password guessing (SEC-6, SEC-8): after {@value #ACCOUNT_LIMIT} attempts within a
 * minute for one account, or {@value #ADDRESS_LIMIT} from one address, that did not log in, further
 * attempts are refused until the minute has passed, whatever the password. The address limit is
 * higher because all staff of a facility often share one public address; one person mistyping
 * must not lock out colleagues. Failures are logged with the username and address, never the
 * password.
 * <p>
 * The attempts are rows of {@code login_attempt}, so the limit holds across every server of the
 * cluster. An attempt is written, under a lock on its account and address, before the password
 * is checked, so that parallel guesses wait for each other and each counts: ten at once for one
 * account get {@value #ACCOUNT_LIMIT} checks. A login that succeeds takes its attempt back.
 */
@Stateless
@PermitAll
public class LoginAttempts {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Logger LOG = System.getLogger(LoginAttempts.class.getName());

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * Starts an attempt for {@code username} from {@code address}: answers its id when its password
     * may be checked now, nothing when too many attempts came before it within the minute.
     */
    public OptionalLong begin(String username, String address) {
        String user = keyOfUser(username);
        String from = keyOfAddress(address);
        // Account before address, always: two attempts never wait for each other crosswise.
        AdvisoryLocks.lock(em, user);
        AdvisoryLocks.lock(em, from);
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        em.createNativeQuery("delete from login_attempt where attempted_at < ?1").setParameter(1, windowStart).executeUpdate();
        if (recent(user, windowStart) >= ACCOUNT_LIMIT || recent(from, windowStart) >= ADDRESS_LIMIT) {
            LOG.log(Level.WARNING, "Login for {0} from {1} refused: too many failed attempts", Account.normalised(username), address);
            return OptionalLong.empty();
        }
        record(user, now);
        return OptionalLong.of(record(from, now));
    }

    public void failed(String username, String address) {
        LOG.log(Level.WARNING, "Failed login for {0} from {1}", Account.normalised(username), address);
    }

    /** The person logged in: the account's failures are forgiven, and attempt {@code attemptId} no longer counts for its address. */
    public void succeeded(String username, long attemptId) {
        em.createNativeQuery("delete from login_attempt where attempt_key = ?1 or id = ?2")
                .setParameter(1, keyOfUser(username))
                .setParameter(2, attemptId)
                .executeUpdate();
    }

    private long recent(String key, Timestamp windowStart) {
        return ((Number) em.createNativeQuery("select count(*) from login_attempt where attempt_key = ?1 and attempted_at >= ?2")
                .setParameter(1, key)
                .setParameter(2, windowStart)
                .getSingleResult()).longValue();
    }

    private long record(String key, Instant now) {
        return ((Number) em.createNativeQuery("insert into login_attempt (attempt_key, attempted_at) values (?1, ?2) returning id")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(now))
                .getSingleResult()).longValue();
    }

    private static String keyOfUser(String username) {
        return "user:" + Account.normalised(username);
    }

    private static String keyOfAddress(String address) {
        return "address:" + address;
    }
}
