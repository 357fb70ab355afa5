package be.eloket.audit.model;

import be.eloket.audit.entity.SubjectKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One line of the audit trail as the pages show it: the entry with the name of its facility. */
public record AuditLine(long id, Instant at, String actor, Long facilityId, String facilityName, SubjectKind subjectKind,
                        long subjectId, String action, List<FieldChange> changes) implements Serializable {

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

    public List<FieldChange> getChanges() {
        return changes;
    }

    /** The changes with the code's field names ("phone: before → after; …"), as logs and tests read them. */
    public String changesText() {
        return changes.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
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
