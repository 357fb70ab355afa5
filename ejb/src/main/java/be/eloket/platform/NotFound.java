package be.eloket.platform;

import jakarta.ejb.ApplicationException;

/**
 * The object does not exist <em>for this caller</em>. Another facility's object answers exactly
 * like a missing one (SEC-2), so that ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found", null, false, false);
    }
}
