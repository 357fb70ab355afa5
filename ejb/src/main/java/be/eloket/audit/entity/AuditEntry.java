package be.eloket.audit.entity;

import be.eloket.audit.model.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of the audit trail (SEC-5): who did what to which subject, when, and the data fields
 * before → after, stored structured ({@link FieldChanges}). Written once, never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "recorded_at")
    private Instant at;

    private String actor;

    @Column(name = "facility_id")
    private Long facilityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private SubjectKind subjectKind;

    @Column(name = "subject_id")
    private long subjectId;

    private String action;

    @Convert(converter = FieldChanges.class)
    @Column(name = "field_changes")
    private List<FieldChange> changes;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String actor, Long facilityId, SubjectKind subjectKind, long subjectId, String action,
                      List<FieldChange> changes) {
        this.at = at;
        this.actor = actor;
        this.facilityId = facilityId;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.action = action;
        this.changes = List.copyOf(changes);
    }

    public Long getId() {
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

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    /** The data fields before → after, in the order they were given. */
    public List<FieldChange> getChanges() {
        return changes;
    }
}
