package be.eloket.demo;

import be.eloket.account.boundary.Accounts;
import be.eloket.account.entity.Account;
import be.eloket.contact.model.ContactRow;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Fills an empty database with the demo facilities, themes, teams and accounts that the README
 * lists, and gives each facility a confirmed contact person for two of its themes and a handful
 * of conversations in every state ({@link DemoConversations}), so that the portal shows something
 * on first run. Only in development mode: the system
 * property {@code eloket.demo-data=true} switches it on; production never sets it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@RunAs(Role.Names.ADMINISTRATOR)
public class DemoData {

    /** The password of every demo account (README). */
    public static final String PASSWORD = "Welkom123!";

    private static final Logger LOG = System.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    DemoConversations conversations;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("eloket.demo-data") || alreadyLoaded()) {
            return;
        }
        Team ouderenzorg = team("Team Ouderenzorg", "ouderenzorg@zorg.example");
        Team infrastructuur = team("Team Infrastructuur", "infrastructuur@zorg.example");
        Team kinderopvang = team("Team Kinderopvang", "kinderopvang@zorg.example");
        Team erkenningen = team("Team Erkenningen", "erkenningen@zorg.example");
        Team subsidies = team("Team Subsidies", "subsidies@zorg.example");

        Theme woonzorg = theme("WZC", "Woonzorgcentra", "Residential care centres", ouderenzorg, infrastructuur);
        Theme opvang = theme("KO", "Kinderopvang", "Childcare", kinderopvang);
        Theme erkenning = theme("ERK", "Erkenningen", "Accreditations", erkenningen);
        Theme subsidie = theme("SUB", "Subsidies", "Subsidies", subsidies, infrastructuur);

        Facility linde = facility("WZC De Linde", "0412.345.601", "+32 9 123 45 67",
                "info@delinde.example", "https://www.delinde.example", woonzorg, erkenning, subsidie);
        Facility zonnetje = facility("Kinderdagverblijf Het Zonnetje", "0498.765.402", "03 234 56 78",
                "onthaal@zonnetje.example", "https://zonnetje.example", opvang, erkenning, subsidie);
        Facility horizon = facility("Dagcentrum De Horizon", "0654.321.903", "+32 16 33 44 55",
                "secretariaat@horizon.example", null, woonzorg, opvang, erkenning, subsidie);
        em.flush();

        accounts.createFacilityUser(linde.getId(), "an.peeters@delinde.example", "An Peeters", PASSWORD);
        accounts.createFacilityUser(linde.getId(), "jan.janssens@delinde.example", "Jan Janssens", PASSWORD);
        accounts.createFacilityUser(zonnetje.getId(), "sofie.maes@zonnetje.example", "Sofie Maes", PASSWORD);
        accounts.createFacilityUser(zonnetje.getId(), "tom.claes@zonnetje.example", "Tom Claes", PASSWORD);
        accounts.createFacilityUser(horizon.getId(), "lies.wouters@horizon.example", "Lies Wouters", PASSWORD);
        accounts.createFacilityUser(horizon.getId(), "pieter.goossens@horizon.example", "Pieter Goossens", PASSWORD);

        caseHandler("els.vermeulen@zorg.example", "Els Vermeulen", ouderenzorg);
        caseHandler("koen.desmet@zorg.example", "Koen De Smet", infrastructuur);
        caseHandler("nathalie.jacobs@zorg.example", "Nathalie Jacobs", kinderopvang);
        caseHandler("bart.mertens@zorg.example", "Bart Mertens", erkenningen);
        caseHandler("ines.willems@zorg.example", "Ines Willems", subsidies);
        accounts.createDepartmentStaff("admin@zorg.example", "Beheerder e-loket", PASSWORD, Role.ADMINISTRATOR);

        // Each facility keeps one theme without a confirmed contact person: a task on its home page.
        conversations.create(linde.getId(), new ContactRow(null, "Claes", "Marleen", "kwaliteit@delinde.example",
                "+32 9 123 45 60", List.of(woonzorg.getId(), erkenning.getId())));
        conversations.create(zonnetje.getId(), new ContactRow(null, "Vos", "Hilde", "verantwoordelijke@zonnetje.example",
                "03 234 56 79", List.of(opvang.getId(), subsidie.getId())));
        conversations.create(horizon.getId(), new ContactRow(null, "Dubois", "Karel", "coordinatie@horizon.example",
                "+32 16 33 44 56", List.of(woonzorg.getId(), opvang.getId(), erkenning.getId())));
        LOG.log(Level.INFO, "Demo data loaded: 3 facilities, 4 themes, 5 teams, 12 accounts, 3 contact persons,"
                + " 12 conversations");
    }

    private boolean alreadyLoaded() {
        return !em.createQuery("select t.id from Theme t where t.code = 'WZC'").getResultList().isEmpty();
    }

    private Team team(String name, String email) {
        Team team = new Team(name);
        team.setEmail(email);
        em.persist(team);
        return team;
    }

    private Theme theme(String code, String nameNl, String nameEn, Team defaultTeam, Team... otherTeams) {
        Theme theme = new Theme(code, nameNl, nameEn);
        theme.setDefaultTeam(defaultTeam);
        theme.getTeams().add(defaultTeam);
        theme.getTeams().addAll(List.of(otherTeams));
        em.persist(theme);
        return theme;
    }

    private Facility facility(String name, String number, String phone, String email, String url, Theme... themes) {
        Facility facility = new Facility(name, number);
        facility.setPhone(phone);
        facility.setEmail(email);
        facility.setUrl(url);
        facility.getThemes().addAll(List.of(themes));
        em.persist(facility);
        return facility;
    }

    private void caseHandler(String username, String name, Team team) {
        long id = accounts.createDepartmentStaff(username, name, PASSWORD, Role.CASE_HANDLER);
        em.find(Account.class, id).setTeam(team);
    }
}
