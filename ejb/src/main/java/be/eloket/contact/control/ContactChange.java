package be.eloket.contact.control;

import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import java.util.List;

/**
 * What the audit trail (SEC-5) records of a change of a contact person: fired as an {@link Audited}
 * event inside the transaction of the change, {@code values} holding the data fields (name,
 * e-mail, phone, themes) before and after. Never carries a token.
 */
public final class ContactChange {

    public enum Kind { ADDED, CHANGED, REMOVED, CONFIRMED, CONFIRMATION_RESENT }

    private ContactChange() {
    }

    public static Audited audited(long facilityId, long contactPersonId, Kind kind, List<FieldChange> values) {
        return new Audited(facilityId, SubjectKind.CONTACT_PERSON, contactPersonId, kind.name(), values);
    }
}
