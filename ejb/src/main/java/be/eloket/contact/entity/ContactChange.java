package be.eloket.contact.entity;

import be.eloket.audit.entity.FieldChange;
import java.util.List;

/**
 * Fired (as a CDI event, inside the transaction of the change) for every change of a contact
 * person, so that the audit trail (SEC-5) records it in one place. {@code values} holds the data
 * fields (name, e-mail, phone, themes) before → after. Never carries a token.
 */
public record ContactChange(long facilityId, long contactPersonId, Kind kind, List<String> changedFields,
                            List<FieldChange> values) {

    public enum Kind { ADDED, CHANGED, REMOVED, CONFIRMED, CONFIRMATION_RESENT }

    /** A change whose values are not at hand: only the names of the fields are recorded. */
    public ContactChange(long facilityId, long contactPersonId, Kind kind, List<String> changedFields) {
        this(facilityId, contactPersonId, kind, changedFields, changedFields.stream().map(FieldChange::of).toList());
    }
}
