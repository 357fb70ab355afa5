package be.eloket.contact.boundary;

import be.eloket.contact.entity.ContactPerson;
import be.eloket.contact.model.MissingContact;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Conditions;
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
 * The department's view of the facilities' contact persons (BO-5): who they are and whether they
 * confirmed, and (+) the report of the facilities whose themes have no confirmed contact person
 * yet, so that the department can chase them. What a facility does with its own contact persons
 * goes through {@link ContactPersons}.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class ContactCoverage {

    @PersistenceContext
    EntityManager em;

    /** The facility's contact persons, confirmed or not, by name, each with its themes. */
    public List<ContactPerson> persons(long facilityId) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        List<ContactPerson> persons = em.createQuery("select p from ContactPerson p where p.facility = :facility"
                        + " order by p.lastName, p.firstName, p.id", ContactPerson.class)
                .setParameter("facility", facility)
                .getResultList();
        persons.forEach(person -> person.getThemes().size());
        return persons;
    }

    /**
     * One page of the report: each facility (its name or number containing {@code facility}, any
     * case; all when blank) with each of its active themes that lacks a confirmed contact person,
     * by facility name and theme, paged in the database.
     */
    public List<MissingContact> missing(String facility, int first, int pageSize) {
        return missing("select new be.eloket.contact.model.MissingContact(f.id, f.name, f.number, t.id, t.nameNl, t.nameEn)",
                facility, " order by f.name, f.number, f.id, t.nameNl, t.id", MissingContact.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long missingCount(String facility) {
        return missing("select count(t)", facility, "", Long.class).getSingleResult();
    }

    /** The report's lines, of the facilities whose name or number contains {@code facility} when it is given. */
    private <T> TypedQuery<T> missing(String select, String facility, String order, Class<T> type) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(ContactPerson.UNCOVERED_THEMES);
        Conditions.containsAny(where, parameters, "facility", facility, "f.name", "f.number");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
