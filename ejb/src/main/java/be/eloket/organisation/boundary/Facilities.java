package be.eloket.organisation.boundary;

import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Conditions;
import be.eloket.platform.FirstPages;
import be.eloket.platform.NotFound;
import be.eloket.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The department's register of facilities (BO-5): administrators find a facility by name or
 * number and open it. What the facility keeps itself goes through {@link Organisations}.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class Facilities {

    @PersistenceContext
    EntityManager em;

    /**
     * One page of the facilities whose name or number contains {@code text} (any case; all when
     * blank), by name, paged in the database.
     */
    public List<Facility> find(String text, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        return FirstPages.read(em, "select f from Facility f where " + where(text, parameters)
                + " order by f.name, f.number, f.id", Facility.class, parameters, first, pageSize);
    }

    public long count(String text) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(f) from Facility f where " + where(text, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The facility with its organisation data and its themes (active or not), by Dutch name. */
    public Facility facility(long facilityId) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        facility.getThemes().size();
        return facility;
    }

    /** Name or number: one search field, as the department knows a facility by either. */
    private static String where(String text, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        Conditions.containsAny(where, parameters, "text", text, "f.name", "f.number");
        return where.toString();
    }
}
