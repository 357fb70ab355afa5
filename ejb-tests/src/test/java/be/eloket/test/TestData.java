package be.eloket.test;

import be.eloket.account.boundary.Accounts;
import be.eloket.account.entity.Role;
import be.eloket.organisation.entity.Facility;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Creates the data each test needs, with unique names, so that tests never share or depend on
 * each other's rows (and run the same on a database that already holds earlier runs).
 */
@Stateless
@PermitAll
@RunAs(Role.Names.ADMINISTRATOR)
public class TestData {

    public static final String PASSWORD = "Test-wachtwoord-1";

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A facility with valid organisation data and {@code themeCount} new themes of its own. */
    public long facility(String name, int themeCount) {
        Team team = new Team("Team " + unique());
        em.persist(team);
        Facility facility = new Facility(name, "T-" + unique());
        facility.setEmail("info-" + unique() + "@voorziening.example");
        facility.setPhone("+32 2 553 35 00");
        facility.setUrl("https://www.voorziening.example");
        for (int i = 1; i <= themeCount; i++) {
            Theme theme = new Theme("T" + unique(), "Thema " + i + " " + unique(), "Theme " + i);
            theme.setDefaultTeam(team);
            theme.getTeams().add(team);
            em.persist(theme);
            facility.getThemes().add(theme);
        }
        em.persist(facility);
        em.flush();
        return facility.getId();
    }

    /** A facility user of {@code facilityId}; answers the username (password {@link #PASSWORD}). */
    public String facilityUser(long facilityId, String displayName) {
        String username = "user-" + unique() + "@voorziening.example";
        accounts.createFacilityUser(facilityId, username, displayName, PASSWORD);
        return username;
    }

    /** A case handler or administrator; answers the username (password {@link #PASSWORD}). */
    public String departmentStaff(Role role, String displayName) {
        String username = "staff-" + unique() + "@zorg.example";
        accounts.createDepartmentStaff(username, displayName, PASSWORD, role);
        return username;
    }

    /** The facility as stored now. */
    public Facility storedFacility(long facilityId) {
        Facility facility = em.find(Facility.class, facilityId);
        em.refresh(facility);
        return facility;
    }
}
