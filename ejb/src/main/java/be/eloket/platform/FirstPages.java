package be.eloket.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.queries.ReadQuery;

/**
 * Reads one page of a list, paged in the database. The first page, the one every list opens on,
 * is read through a named query that carries its row limit.
 * <p>
 * Why: EclipseLink keeps each JPQL statement parsed and prepared (its SQL written) without a row
 * limit and hands every query a copy; setting the limit on the copy discards that preparation, so
 * the SQL of a list was written anew on every request (3 % of "Mijn berichten", benchmark P2 in
 * docs/benchmarks.md). A named query whose own limit is set before it is first prepared keeps its SQL, as
 * long as nothing changes it before it runs (no {@code setMaxResults} or {@code setFirstResult},
 * no hint): EclipseLink binds the limit as a parameter. One is registered per statement the first
 * time it is asked for; there are as many as combinations of filters. Later pages go the
 * ordinary way.
 */
public final class FirstPages {

    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private FirstPages() {
    }

    public static <T> List<T> read(EntityManager em, String jpql, Class<T> type, Map<String, Object> parameters, int first,
                                   int pageSize) {
        TypedQuery<T> query = first == 0 ? firstPage(em, jpql, type, pageSize) : null;
        if (query == null) {
            query = em.createQuery(jpql, type).setFirstResult(first).setMaxResults(pageSize);
        }
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static <T> TypedQuery<T> firstPage(EntityManager em, String jpql, Class<T> type, int pageSize) {
        String name = "first page of " + pageSize + ": " + jpql;
        if (!REGISTERED.contains(name)) {
            synchronized (REGISTERED) {
                if (!REGISTERED.contains(name)) {
                    TypedQuery<T> definition = em.createQuery(jpql, type);
                    definition.unwrap(ReadQuery.class).setMaxRows(pageSize);
                    em.getEntityManagerFactory().addNamedQuery(name, definition);
                    REGISTERED.add(name);
                }
            }
        }
        try {
            return em.createNamedQuery(name, type);
        } catch (IllegalArgumentException unknown) {
            // EclipseLink keeps its named queries in a plain map: a reader that meets it while
            // another statement is being added may miss one. That request takes the ordinary way.
            return null;
        }
    }
}
