package be.eloket.organisation.boundary;

import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.Constraints;
import be.eloket.platform.NotFound;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Theme;
import be.eloket.theme.model.ThemeName;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.stream.Stream;

/**
 * "Mijn organisatie": a facility reads and keeps up to date its own organisation data (ORG-1..4).
 * Every method takes the facility of the logged-in user, which the web tier holds server-side;
 * ids of anything else answer {@link NotFound}.
 */
@Stateless
@RolesAllowed(Role.Names.FACILITY_USER)
public class Organisations {

    private static final Logger LOG = System.getLogger(Organisations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @Inject
    Event<Audited> audited;

    /** The organisation data of {@code facilityId}, detached, to show or to edit. */
    public Facility organisation(long facilityId) {
        return existing(facilityId);
    }

    /**
     * The active themes that apply to the facility, by Dutch name. One statement, the default
     * teams joined in: through {@code Facility.getThemes()} it took one for the facility, one for
     * its themes and one for every default team among them. For the home page, the composer and
     * the theme page ({@link #theme}); "Mijn berichten", the page most opened, needs only the
     * names ({@link #themeNames}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Theme> themes(long facilityId) {
        // Theme is the query's first variable: EclipseLink fetch-joins only from that one.
        return em.createQuery("select t from Theme t left join fetch t.defaultTeam, Facility f join f.themes ft"
                        + " where f.id = :facility and ft = t and t.active = :active order by t.nameNl", Theme.class)
                .setParameter("facility", facilityId)
                .setParameter("active", true)
                .getResultList();
    }

    /**
     * The names of the active themes that apply to the facility, by Dutch name: what the theme
     * filters of "Mijn berichten" offer (MSG-3, MSG-4), read without the entities and their teams.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ThemeName> themeNames(long facilityId) {
        return em.createQuery("select new be.eloket.theme.model.ThemeName(t.id, t.nameNl, t.nameEn)"
                        + " from Facility f join f.themes t where f.id = :facility and t.active = :active order by t.nameNl",
                        ThemeName.class)
                .setParameter("facility", facilityId)
                .setParameter("active", true)
                .getResultList();
    }

    /**
     * One of the facility's themes, for its theme page (MSG-14). A theme of another facility, an
     * inactive one or an id that does not exist answers {@link NotFound} (SEC-2).
     */
    public Theme theme(long facilityId, long themeId) {
        return themes(facilityId).stream()
                .filter(theme -> theme.getId() == themeId)
                .findFirst()
                .orElseThrow(() -> {
                    LOG.log(Level.WARNING, "Facility {0} asked for theme {1}, which is not one of its active themes", facilityId, themeId);
                    return new NotFound("theme", themeId);
                });
    }

    /**
     * Stores the phone, e-mail and web address of {@code changed} (ORG-2). Refuses with every
     * problem at once when a value is not valid (ORG-3), and with {@link ConcurrentChange} when
     * someone saved the facility since {@code changed} was read (ORG-4). Name and number are
     * never taken from the caller: they are read-only in the portal.
     */
    public Facility update(long facilityId, Facility changed) {
        if (changed.getId() == null || changed.getId() != facilityId) {
            LOG.log(Level.WARNING, "Facility {0} tried to change facility {1}", facilityId, changed.getId());
            throw new NotFound("facility", changed.getId());
        }
        changed.setPhone(blankToNull(changed.getPhone()));
        changed.setEmail(blankToNull(changed.getEmail()));
        changed.setUrl(blankToNull(changed.getUrl()));
        constraints.check(changed);

        Facility stored = existing(facilityId);
        if (stored.getVersion() != changed.getVersion()) {
            throw new ConcurrentChange("facility", facilityId);
        }
        List<FieldChange> values = Stream.of(
                        new FieldChange("phone", stored.getPhone(), changed.getPhone()),
                        new FieldChange("email", stored.getEmail(), changed.getEmail()),
                        new FieldChange("url", stored.getUrl(), changed.getUrl()))
                .filter(FieldChange::changed).toList();
        stored.setPhone(changed.getPhone());
        stored.setEmail(changed.getEmail());
        stored.setUrl(changed.getUrl());
        // A save committed between the check above and this update still bumps the version:
        // flushing here makes it surface now, as the same clear refusal.
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentChange("facility", facilityId);
        }
        if (!values.isEmpty()) {
            audited.fire(new Audited(facilityId, SubjectKind.FACILITY, facilityId, "UPDATED", values));
        }
        return stored;
    }

    private Facility existing(long facilityId) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        return facility;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
