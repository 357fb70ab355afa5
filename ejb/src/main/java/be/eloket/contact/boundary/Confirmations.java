package be.eloket.contact.boundary;

import be.eloket.audit.model.Audited;
import be.eloket.contact.control.ConfirmationTokens;
import be.eloket.contact.control.ContactChange;
import be.eloket.contact.entity.ConfirmationToken;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.platform.SingleUseLink;
import be.eloket.platform.SingleUseLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The public confirmation page behind the link in the mail (CP-6). Opening the link only looks
 * the token up; confirming takes a POST, so mail scanners that fetch links confirm nothing.
 */
@Stateless
@PermitAll
public class Confirmations {

    private static final Logger LOG = System.getLogger(Confirmations.class.getName());

    @Inject
    ConfirmationTokens tokens;

    @Inject
    Event<Audited> changes;

    private final Clock clock = Clock.systemUTC();

    /** What the link is worth now and for whom, without changing anything. */
    public Outcome check(String token) {
        return tokens.find(token).map(this::outcomeOf).orElseGet(Outcome::unknown);
    }

    /** Confirms the person of a valid link and uses the link up; anything else changes nothing. */
    public Outcome confirm(String token) {
        Optional<ConfirmationToken> found = tokens.find(token);
        if (found.isEmpty()) {
            LOG.log(Level.INFO, "Confirmation with an unknown link");
            return Outcome.unknown();
        }
        ConfirmationToken link = found.get();
        Outcome outcome = outcomeOf(link);
        if (outcome.state() == SingleUseLink.State.VALID) {
            Instant now = clock.instant();
            if (!tokens.consume(link, now)) {
                // Another request used the link a moment ago (a double click, a mail scanner): it confirmed.
                return new Outcome(false, SingleUseLink.State.USED, outcome.name(), outcome.facilityName());
            }
            ContactPerson person = link.getContactPerson();
            person.confirm(now);
            changes.fire(ContactChange.audited(person.getFacility().getId(), person.getId(), ContactChange.Kind.CONFIRMED, List.of()));
            return new Outcome(true, null, outcome.name(), outcome.facilityName());
        }
        return outcome;
    }

    private Outcome outcomeOf(ConfirmationToken link) {
        ContactPerson person = link.getContactPerson();
        return new Outcome(false, link.stateAt(clock.instant()), person.fullName(), person.getFacility().getName());
    }

    /**
     * Whether the person was confirmed now ({@code done}), else what the link is worth;
     * {@code name} and {@code facilityName} only for known links.
     */
    public record Outcome(boolean done, SingleUseLink.State state, String name, String facilityName)
            implements SingleUseLinks.Outcome, Serializable {

        static Outcome unknown() {
            return new Outcome(false, null, null, null);
        }

        public boolean isConfirmed() {
            return done;
        }

        public String getName() {
            return name;
        }

        public String getFacilityName() {
            return facilityName;
        }
    }
}
