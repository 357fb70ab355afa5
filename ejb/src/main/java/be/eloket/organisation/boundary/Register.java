package be.eloket.organisation.boundary;

import be.eloket.account.control.Enrolments;
import be.eloket.account.entity.Account;
import be.eloket.account.model.NewAccount;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.organisation.control.FacilityRecords;
import be.eloket.organisation.entity.Facility;
import be.eloket.organisation.model.NewFacility;
import be.eloket.platform.Constraints;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The facility register (BO-8), administrators only: a facility is added with its themes and,
 * optionally, its first user; it is renamed, closed and reopened. Nothing is ever deleted: a closed
 * facility keeps its history, readable in the backoffice. Every change is audited (SEC-5).
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class Register {

    private static final Logger LOG = System.getLogger(Register.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @Inject
    Enrolments enrolments;

    @Inject
    FacilityRecords records;

    @Inject
    Event<Audited> audited;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** The themes a facility can be given: the active ones, by code. */
    public List<Theme> activeThemes() {
        return em.createQuery("select t from Theme t where t.active = true order by t.code, t.id", Theme.class).getResultList();
    }

    /**
     * Adds {@code draft} to the register and, when it names a first user, makes that account and
     * queues its invitation. Refuses with every problem at once, storing nothing: the facility's
     * own rules, a number the register holds already, a theme that is unknown or deactivated, no
     * theme, the first user's rules (an e-mail address that has an account), no e-mail address at
     * all. Answers the new facility's id.
     */
    public long create(NewFacility draft) {
        draft.strip();
        List<Problem> problems = new ArrayList<>(constraints.problemsOf(draft, ""));
        if (draft.getNumber() != null && numberTaken(draft.getNumber())) {
            problems.add(Problem.of("number", "register.number.taken", draft.getNumber()));
        }
        List<Theme> themes = activeThemes(draft.getThemeIds(), problems);
        NewAccount firstUser = draft.firstUser();
        if (firstUser != null) {
            problems.addAll(enrolments.problemsOf(firstUser, "user-"));
        }
        String email = draft.getEmail() != null ? draft.getEmail() : firstUser == null ? null : firstUser.getEmail();
        if (email == null) {
            problems.add(Problem.of("email", "register.email.required"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Facility facility = records.add(draft.getName(), draft.getNumber(), email, themes);
        if (firstUser != null) {
            Account account = new Account(firstUser.getEmail(), null, firstUser.getDisplayName(), Role.FACILITY_USER);
            account.setFacility(facility);
            enrolments.enrol(account, firstUser.locale(), false);
        }
        LOG.log(Level.INFO, "Facility {0} ({1}) added to the register by {2}{3}", facility.getId(), facility.getNumber(),
                caller(), firstUser == null ? "" : "; its first user invited");
        return facility.getId();
    }

    /** The facility's new name, under the same rules as every facility name. */
    public void rename(long facilityId, String name) {
        String stripped = name == null ? null : name.strip();
        List<Problem> problems = constraints.problemsOfValue(Facility.class, "name", stripped, "name");
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        records.rename(locked(facilityId), stripped);
    }

    /**
     * Closes the facility: its users can no longer log in and their sessions end at their next
     * request, it gets no new conversation, it is left out of the missing-contacts report. Its
     * conversations, contact persons and accounts stay as they are.
     */
    public void close(long facilityId) {
        Facility facility = locked(facilityId);
        if (!facility.isClosed()) {
            facility.close(clock.instant());
            audited.fire(new Audited(facilityId, SubjectKind.FACILITY, facilityId, "CLOSED",
                    List.of(new FieldChange("active", "true", "false"))));
            LOG.log(Level.INFO, "Facility {0} closed by {1}", facilityId, caller());
        }
    }

    /** Opens a closed facility again: its users log in with their accounts as they were. */
    public void reopen(long facilityId) {
        Facility facility = locked(facilityId);
        if (facility.isClosed()) {
            facility.reopen();
            audited.fire(new Audited(facilityId, SubjectKind.FACILITY, facilityId, "REOPENED",
                    List.of(new FieldChange("active", "false", "true"))));
            LOG.log(Level.INFO, "Facility {0} reopened by {1}", facilityId, caller());
        }
    }

    private boolean numberTaken(String number) {
        return !em.createQuery("select f.id from Facility f where f.number = :number", Long.class)
                .setParameter("number", number).setMaxResults(1).getResultList().isEmpty();
    }

    /** The themes of {@code themeIds}; at least one, each active (a deactivated theme starts nothing new). */
    private List<Theme> activeThemes(List<Long> themeIds, List<Problem> problems) {
        List<Theme> themes = new ArrayList<>();
        for (Long themeId : new LinkedHashSet<>(themeIds)) {
            Theme theme = themeId == null ? null : em.find(Theme.class, themeId);
            if (theme == null || !theme.isActive()) {
                problems.add(Problem.of("themeIds", "register.themes.unknown"));
                return themes;
            }
            themes.add(theme);
        }
        if (themes.isEmpty()) {
            problems.add(Problem.of("themeIds", "register.themes.required"));
        }
        return themes;
    }

    private Facility locked(long facilityId) {
        Facility facility = em.find(Facility.class, facilityId, LockModeType.PESSIMISTIC_WRITE);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        return facility;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
