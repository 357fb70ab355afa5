package be.eloket.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * What the user asked for breaks a rule; nothing was stored (the transaction rolls back).
 * Carries every problem found, not just the first, so that the page can mark each field at once.
 */
@ApplicationException(rollback = true)
public class RejectedInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public RejectedInput(List<Problem> problems) {
        super(problems.size() + " problem(s) in the input", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public RejectedInput(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
