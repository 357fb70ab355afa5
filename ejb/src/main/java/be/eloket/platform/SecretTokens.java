package be.eloket.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in the links of mails (a contact's confirmation, an account's invitation): 256
 * random bits, URL-safe, of which only the SHA-256 is ever stored, so that the tables alone open
 * no link.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** A new raw token: for the mail only, never stored or logged. */
    public static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whether {@code token} can be one of ours at all (a cheap check before any query). */
    public static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= 100;
    }

    /** The SHA-256 of the token in hexadecimal: what the tables keep. */
    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
