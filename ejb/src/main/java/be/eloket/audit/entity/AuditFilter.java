package be.eloket.audit.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of the audit trail (SEC-5); null or blank means "any". The actor is a
 * case-insensitive "contains"; the dates are whole days in Europe/Brussels, both included.
 */
public record AuditFilter(String actor, Long facilityId, SubjectKind subjectKind, LocalDate from, LocalDate to)
        implements Serializable {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter withActor(String value) {
        return new AuditFilter(value, facilityId, subjectKind, from, to);
    }

    public AuditFilter withFacility(Long value) {
        return new AuditFilter(actor, value, subjectKind, from, to);
    }

    public AuditFilter withSubjectKind(SubjectKind value) {
        return new AuditFilter(actor, facilityId, value, from, to);
    }

    public AuditFilter between(LocalDate fromDay, LocalDate toDay) {
        return new AuditFilter(actor, facilityId, subjectKind, fromDay, toDay);
    }
}
