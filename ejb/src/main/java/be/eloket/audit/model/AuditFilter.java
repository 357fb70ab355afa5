package be.eloket.audit.model;

import be.eloket.audit.entity.SubjectKind;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of the audit trail (SEC-5); null or blank means "any". Actor and facility name are
 * case-insensitive "contains"; the dates are whole days in Europe/Brussels, both included.
 */
public record AuditFilter(String actor, Long facilityId, String facilityName, SubjectKind subjectKind, LocalDate from,
                          LocalDate to) implements Serializable {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public AuditFilter withActor(String value) {
        return new AuditFilter(value, facilityId, facilityName, subjectKind, from, to);
    }

    public AuditFilter withFacility(Long value) {
        return new AuditFilter(actor, value, facilityName, subjectKind, from, to);
    }

    public AuditFilter withFacilityName(String value) {
        return new AuditFilter(actor, facilityId, value, subjectKind, from, to);
    }

    public AuditFilter withSubjectKind(SubjectKind value) {
        return new AuditFilter(actor, facilityId, facilityName, value, from, to);
    }

    public AuditFilter between(LocalDate fromDay, LocalDate toDay) {
        return new AuditFilter(actor, facilityId, facilityName, subjectKind, fromDay, toDay);
    }
}
