package be.eloket.helpdesk.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The same account or e-mail address asked {@value Helpdesk#QUESTIONS_PER_MINUTE} questions within
 * the last minute (SEC-6); this one was neither stored nor mailed. The person may ask again after
 * the minute.
 */
@ApplicationException(rollback = true)
public class TooManyQuestions extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManyQuestions(long accountId) {
        super("too many helpdesk questions from account " + accountId, null, false, false);
    }
}
