package be.eloket.contact.entity;

import java.util.List;

/**
 * Fired (as a CDI event, inside the transaction of the change) for every change of a contact
 * person, so that the audit trail (SEC-5) records it in one place. Never carries a token.
 */
public record ContactChange(long facilityId, long contactPersonId, Kind kind, List<String> changedFields) {

    public enum Kind { ADDED, CHANGED, REMOVED, CONFIRMED, CONFIRMATION_RESENT }
}
