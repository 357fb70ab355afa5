package be.eloket.account.boundary;

import be.eloket.account.entity.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing (SEC-6): after {@value #ACCOUNT_LIMIT} failed logins within a minute
 * for one account, or {@value #ADDRESS_LIMIT} from one address, further attempts are refused until
 * the minute has passed, whatever the password. The address limit is higher because all staff of
 * a facility often share one public address; one person mistyping must not lock out colleagues.
 * Failures are logged with the username and address, never the password.
 * <p>
 * Kept in memory per server: in a cluster a guesser spread over the nodes gets at most
 * {@value #ACCOUNT_LIMIT} tries per account per node per minute, which still defeats guessing at speed.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginAttempts {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Logger LOG = System.getLogger(LoginAttempts.class.getName());

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Whether another attempt for {@code username} from {@code address} may be checked now. */
    public boolean allowed(String username, String address) {
        boolean allowed = recentFailures(keyOfUser(username)) < ACCOUNT_LIMIT
                && recentFailures(keyOfAddress(address)) < ADDRESS_LIMIT;
        if (!allowed) {
            LOG.log(Level.WARNING, "Login for {0} from {1} refused: too many failed attempts", Account.normalised(username), address);
        }
        return allowed;
    }

    public void failed(String username, String address) {
        LOG.log(Level.WARNING, "Failed login for {0} from {1}", Account.normalised(username), address);
        record(keyOfUser(username));
        record(keyOfAddress(address));
    }

    public void succeeded(String username) {
        failures.remove(keyOfUser(username));
    }

    private int recentFailures(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant windowStart = clock.instant().minus(WINDOW);
            while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
                times.pollFirst();
            }
            if (times.isEmpty()) {
                // Forget quiet keys, so that the map does not grow with every address ever seen.
                failures.remove(key, times);
            }
            return times.size();
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > ADDRESS_LIMIT) {
                times.pollFirst();
            }
        }
    }

    private static String keyOfUser(String username) {
        return "user:" + Account.normalised(username);
    }

    private static String keyOfAddress(String address) {
        return "address:" + address;
    }
}
