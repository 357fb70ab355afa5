package be.eloket.contact.boundary;

import be.eloket.account.entity.Role;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.contact.entity.MissingContact;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Conditions;
import be.eloket.platform.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The department's view of the facilities' contact persons (BO-5): who they are and whether they
 * confirmed, and (+) the report of the facilities whose themes have no confirmed contact person
 * yet, so that the department can chase them. What a facility does with its own contact persons
 * goes through {@link ContactPersons}.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class ContactCoverage {

    /**
     * Per facility, each active theme that no confirmed contact person of that facility covers.
     * Plain SQL for both H2 and PostgreSQL: the NOT EXISTS with a boolean that EclipseLink would
     * write as "= 1" (refused by H2) and the paging in the database (OFFSET … FETCH).
     */
    private static final String MISSING = " from facility f"
            + " join facility_theme ft on ft.facility_id = f.id"
            + " join theme t on t.id = ft.theme_id"
            + " where t.active = true"
            + " and (lower(f.name) like ?1 escape '\\' or lower(f.number) like ?1 escape '\\')"
            + " and not exists (select 1 from contact_person p join contact_person_theme pt on pt.contact_person_id = p.id"
            + " where p.facility_id = f.id and pt.theme_id = t.id and p.confirmed = true)";

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
        Query query = missing("select f.id, f.name, f.number, t.id, t.name_nl, t.name_en", facility,
                " order by f.name, f.number, f.id, t.name_nl, t.id offset ?2 rows fetch next ?3 rows only");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter(2, first).setParameter(3, pageSize).getResultList();
        return rows.stream().map(row -> new MissingContact(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                ((Number) row[3]).longValue(), (String) row[4], (String) row[5])).toList();
    }

    public long missingCount(String facility) {
        return ((Number) missing("select count(*)", facility, "").getSingleResult()).longValue();
    }

    /** The report's lines, of the facilities whose name or number contains {@code facility} when it is given. */
    private Query missing(String select, String facility, String order) {
        return em.createNativeQuery(select + MISSING + order)
                .setParameter(1, facility == null || facility.isBlank() ? "%" : Conditions.pattern(facility));
    }
}
