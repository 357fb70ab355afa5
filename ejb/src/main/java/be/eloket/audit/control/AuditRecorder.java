package be.eloket.audit.control;

import be.eloket.audit.entity.AuditEntry;
import be.eloket.audit.model.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;

/**
 * The one place that writes the audit trail (SEC-5). It observes the changes the components fire
 * and writes an entry in the transaction of the change ({@code MANDATORY}, {@code IN_PROGRESS}):
 * a change that rolls back leaves no entry, and an entry is never written without its change.
 * The actor is the caller of the boundary; an unauthenticated caller (the public confirmation
 * page, timers) is "system".
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditRecorder {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    public void recordChange(@Observes(during = TransactionPhase.IN_PROGRESS) Audited change) {
        em.persist(new AuditEntry(clock.instant(), actor(), change.facilityId(), change.subjectKind(), change.subjectId(),
                change.action(), change.changes()));
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }
}
