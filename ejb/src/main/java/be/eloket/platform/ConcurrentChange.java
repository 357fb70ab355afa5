package be.eloket.platform;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same data after this user opened it (optimistic locking, ORG-4, CP-3).
 * Nothing of this save was stored; the user must reload and redo the change.
 */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange(String what, Object id) {
        super(what + " " + id + " was changed by someone else", null, false, false);
    }
}
