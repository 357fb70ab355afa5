package be.eloket.organisation.boundary;

import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.organisation.entity.Facility;
import be.eloket.organisation.model.FacilityThemes;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.Conditions;
import be.eloket.platform.FirstPages;
import be.eloket.platform.NotFound;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The department's register of facilities (BO-5): administrators find a facility by name or
 * number, open it, and set which themes apply to it (BO-4). What the facility keeps itself goes
 * through {@link Organisations}.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class Facilities {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Audited> audited;

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

    /** A facility with the ids of the themes that apply to it. */
    public FacilityThemes facilityThemes(long facilityId) {
        return facilityThemesOf(facility(facilityId));
    }

    /**
     * Sets the themes that apply to a facility. Removing a theme leaves its conversations and
     * contact persons as they are: the facility keeps reading them, it only no longer starts new
     * ones under it. Refuses with {@link ConcurrentChange} when the themes are no longer
     * {@code themeIdsAsRead}.
     */
    public FacilityThemes saveFacilityThemes(long facilityId, Collection<Long> themeIdsAsRead, Collection<Long> themeIds) {
        Facility facility = em.find(Facility.class, facilityId, LockModeType.PESSIMISTIC_WRITE);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        List<Theme> before = List.copyOf(facility.getThemes());
        if (!idsOf(before).equals(new HashSet<>(themeIdsAsRead))) {
            throw new ConcurrentChange("themes of facility", facilityId);
        }
        List<Theme> after = new ArrayList<>();
        for (Long themeId : new LinkedHashSet<>(themeIds)) {
            after.add(theme(themeId));
        }
        if (!idsOf(before).equals(idsOf(after))) {
            facility.getThemes().clear();
            facility.getThemes().addAll(after);
            em.flush();
            audited.fire(new Audited(facilityId, SubjectKind.FACILITY, facilityId, "THEMES_CHANGED", List.of(
                    new FieldChange("themes", codes(before), codes(after)))));
        }
        return facilityThemesOf(facility);
    }

    private static FacilityThemes facilityThemesOf(Facility facility) {
        return new FacilityThemes(facility.getId(), facility.getName(), facility.getNumber(),
                facility.getThemes().stream().map(Theme::getId).sorted().toList());
    }

    private static Set<Long> idsOf(Collection<Theme> themes) {
        return themes.stream().map(Theme::getId).collect(Collectors.toSet());
    }

    private static String codes(Collection<Theme> themes) {
        return themes.stream().map(Theme::getCode).sorted().collect(Collectors.joining(", "));
    }

    private Theme theme(long themeId) {
        Theme theme = em.find(Theme.class, themeId);
        if (theme == null) {
            throw new NotFound("theme", themeId);
        }
        return theme;
    }

    /** Name or number: one search field, as the department knows a facility by either. */
    private static String where(String text, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        Conditions.containsAny(where, parameters, "text", text, "f.name", "f.number");
        return where.toString();
    }
}
