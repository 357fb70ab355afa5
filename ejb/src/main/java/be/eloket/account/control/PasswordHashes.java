package be.eloket.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hashes passwords exactly as the login's identity store verifies them: PBKDF2 with HMAC-SHA256,
 * 210 000 iterations and a 32-byte salt (OWASP's advice). The web tier's identity store
 * definition takes the same {@link #PARAMETERS}, so the two cannot drift apart.
 */
@ApplicationScoped
public class PasswordHashes {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of no one's password, verified where no account's hash is, so that both take as long. */
    private String decoy;

    @PostConstruct
    void initialise() {
        hash.initialize(Arrays.stream(new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE})
                .map(parameter -> parameter.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1])));
        decoy = of(UUID.randomUUID().toString());
    }

    /**
     * Spends the time of checking {@code password} against a stored hash, for a login whose
     * username has none (SEC-8): a refusal then takes as long whether the account exists or not,
     * and its time tells nothing about which accounts exist.
     */
    public void matchesNothing(String password) {
        hash.verify(password.toCharArray(), decoy);
    }

    public String of(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether {@code password} is the one {@code storedHash} was made of. */
    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }
}
