package be.eloket.organisation.model;

import be.eloket.organisation.entity.RefusedLine;
import java.io.Serializable;

/** What one line of a register file comes to (BO-9): what it does to its facility, whether it invites a user, why it is refused. */
public record LineOutcome(Kind kind, boolean invited, RefusedLine refusal) implements Serializable {

    public enum Kind { CREATED, CHANGED, UNCHANGED, REFUSED }

    public static LineOutcome refused(RefusedLine refusal) {
        return new LineOutcome(Kind.REFUSED, false, refusal);
    }
}
