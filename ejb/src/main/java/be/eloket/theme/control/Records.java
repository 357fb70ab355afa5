package be.eloket.theme.control;

import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the administrators' registers (themes, teams, case handlers, the themes of a facility)
 * do alike: find a record or answer {@link NotFound}, refuse a save on a version that moved on
 * ({@link ConcurrentChange}), and audit a record deactivated or made active again (SEC-5).
 */
@ApplicationScoped
public class Records {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Audited> audited;

    public <T> T find(Class<T> type, long id, String what) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFound(what, id);
        }
        return found;
    }

    public void checkVersion(long stored, long asRead, String what, Object id) {
        if (stored != asRead) {
            throw new ConcurrentChange(what, id);
        }
    }

    /** A save committed since the version check still surfaces, as the same clear refusal. */
    public void flush(String what, Object id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange(what, id);
        }
    }

    public void activeChanged(SubjectKind kind, long id, boolean active) {
        audited.fire(new Audited(null, kind, id, active ? "REACTIVATED" : "DEACTIVATED",
                List.of(new FieldChange("active", Boolean.toString(!active), Boolean.toString(active)))));
    }

    /** The single number a native count query with one id parameter answers. */
    public long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    /** The ids a native query answers. */
    public Set<Long> ids(String sql) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(sql).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    /** A typed value without its surrounding spaces; an empty value is no value. */
    public static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
