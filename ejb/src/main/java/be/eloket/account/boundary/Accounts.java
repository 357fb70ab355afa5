package be.eloket.account.boundary;

import be.eloket.account.control.PasswordHashes;
import be.eloket.account.entity.Account;
import be.eloket.account.entity.ActiveAccount;
import be.eloket.account.entity.Role;
import be.eloket.audit.entity.Audited;
import be.eloket.audit.entity.FieldChange;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** Accounts of facility and department staff. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashes passwordHashes;

    @Inject
    Event<Audited> audited;

    /**
     * The logged-in person, looked up by the name the identity store accepted. Called right after
     * login, so it is open to every authenticated role.
     */
    @RolesAllowed({Role.Names.FACILITY_USER, Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
    public ActiveAccount active(String username) {
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", Account.normalised(username))
                .getResultStream()
                .filter(Account::isActive)
                .findFirst()
                .orElseThrow(() -> new NotFound("account", username));
        Facility facility = account.getFacility();
        return new ActiveAccount(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(),
                facility == null ? null : facility.getId(),
                facility == null ? null : facility.getName());
    }

    /** The usernames (lower-case e-mail addresses) of the active accounts of a facility (CP-10). */
    @RolesAllowed(Role.Names.FACILITY_USER)
    public Set<String> usernamesOf(long facilityId) {
        return Set.copyOf(em.createQuery("select a.username from Account a where a.facility.id = :facility and a.active = true",
                        String.class)
                .setParameter("facility", facilityId)
                .getResultList());
    }

    /**
     * Creates a facility user of {@code facilityId}. Used by the demo data and the tests until the
     * account administration of the backoffice exists.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long createFacilityUser(long facilityId, String username, String displayName, String password) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        Account account = new Account(username, passwordHashes.of(password), displayName, Role.FACILITY_USER);
        account.setFacility(facility);
        em.persist(account);
        em.flush();
        created(facilityId, account);
        return account.getId();
    }

    /** Creates a case handler or administrator. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long createDepartmentStaff(String username, String displayName, String password, Role role) {
        if (!role.isDepartmentStaff()) {
            throw new IllegalArgumentException("not a department role: " + role);
        }
        Account account = new Account(username, passwordHashes.of(password), displayName, role);
        em.persist(account);
        em.flush();
        created(null, account);
        return account.getId();
    }

    /** SEC-5: who the account is for and what it may do; never its password or hash. */
    private void created(Long facilityId, Account account) {
        audited.fire(new Audited(facilityId, SubjectKind.ACCOUNT, account.getId(), "CREATED", List.of(
                new FieldChange("username", null, account.getUsername()),
                new FieldChange("displayName", null, account.getDisplayName()),
                new FieldChange("role", null, account.getRole().name()))));
    }
}
