package be.eloket.audit.model;

import be.eloket.audit.entity.SubjectKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** One line of the audit trail as the pages show it: the entry with the name of its facility. */
public record AuditLine(long id, Instant at, String actor, Long facilityId, String facilityName, SubjectKind subjectKind,
                        long subjectId, String action, String changes) implements Serializable {

    public long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }

    /** The action written by the bundle's key rule: {@code CONFIRMATION_RESENT} becomes {@code confirmation-resent}. */
    public String getActionKey() {
        return action.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether no account made the change (the public confirmation link, the server itself). */
    public boolean isBySystem() {
        return "system".equals(actor);
    }
}
