package be.eloket.audit.model;

import be.eloket.audit.entity.SubjectKind;
import java.util.List;

/**
 * A change to record in the audit trail (SEC-5), fired as a CDI event inside the transaction of
 * the change by components that have no event of their own.
 */
public record Audited(Long facilityId, SubjectKind subjectKind, long subjectId, String action, List<FieldChange> changes) {
}
