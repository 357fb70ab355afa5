package be.eloket.organisation.control;

import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.organisation.entity.Facility;
import be.eloket.theme.entity.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The register's changes to a facility, each stored and audited the same way whoever makes it:
 * an administrator on its page (BO-8) or the register import (BO-9). The caller has checked them.
 */
@ApplicationScoped
public class FacilityRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Audited> audited;

    public Facility add(String name, String number, String email, Collection<Theme> themes) {
        Facility facility = new Facility(name, number);
        facility.setEmail(email);
        facility.getThemes().addAll(themes);
        // Its id comes from the sequence at once; the row is written with the transaction's others.
        em.persist(facility);
        audited.fire(new Audited(facility.getId(), SubjectKind.FACILITY, facility.getId(), "CREATED", List.of(
                new FieldChange("name", null, name),
                new FieldChange("number", null, number),
                new FieldChange("email", null, email),
                new FieldChange("themes", null, codes(themes)))));
        return facility;
    }

    public void rename(Facility facility, String name) {
        String before = facility.getName();
        if (!before.equals(name)) {
            facility.rename(name);
            audited.fire(new Audited(facility.getId(), SubjectKind.FACILITY, facility.getId(), "UPDATED",
                    List.of(new FieldChange("name", before, name))));
        }
    }

    /** Adds {@code themes} to the facility's; never removes one. */
    public void addThemes(Facility facility, Collection<Theme> themes) {
        List<Theme> before = List.copyOf(facility.getThemes());
        List<Theme> added = themes.stream().filter(theme -> !before.contains(theme)).distinct().toList();
        if (!added.isEmpty()) {
            facility.getThemes().addAll(added);
            audited.fire(new Audited(facility.getId(), SubjectKind.FACILITY, facility.getId(), "THEMES_CHANGED", List.of(
                    new FieldChange("themes", codes(before), codes(facility.getThemes())))));
        }
    }

    private static String codes(Collection<Theme> themes) {
        return themes.stream().map(Theme::getCode).sorted().collect(Collectors.joining(", "));
    }
}
