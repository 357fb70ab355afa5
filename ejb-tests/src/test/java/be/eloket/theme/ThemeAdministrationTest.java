package be.eloket.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.audit.boundary.AuditTrail;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.AuditFilter;
import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.model.ContactRow;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.boundary.Inbox;
import be.eloket.conversation.boundary.NewMessages;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.Draft;
import be.eloket.conversation.model.MessageFilter;
import be.eloket.conversation.model.MessageLine;
import be.eloket.organisation.boundary.Facilities;
import be.eloket.organisation.model.FacilityThemes;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import be.eloket.theme.boundary.TeamAdministration;
import be.eloket.theme.boundary.ThemeAdministration;
import be.eloket.theme.model.CaseHandlerRow;
import be.eloket.theme.model.TeamRow;
import be.eloket.theme.model.ThemeRow;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The administrators' themes, teams, case handlers and facility themes, at the boundary (BO-4, SEC-5). */
class ThemeAdministrationTest extends InServerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @EJB
    ThemeAdministration administration;

    @EJB
    TeamAdministration teamAdministration;

    @EJB
    Facilities register;

    @EJB
    AuditTrail auditTrail;

    @EJB
    Conversations conversations;

    @EJB
    ContactPersons contactPersons;

    @EJB
    Inbox inbox;

    @EJB
    NewMessages newMessages;

    @EJB
    AsAdministrator asAdmin;

    @EJB
    AsCaseHandler asCaseHandler;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    @Test
    @DisplayName("BO-4 an administrator creates, renames, deactivates and reactivates a theme; each change is audited")
    void createRenameDeactivate() throws Exception {
        TeamRow team = newTeam("Team Thema " + TestData.unique());
        String code = "TH-" + TestData.unique();

        ThemeRow created = newTheme(code, team);
        assertEquals(code, stored(created.getId()).getCode());
        assertEquals(team.getId(), stored(created.getId()).getDefaultTeamId());
        assertEquals(List.of(team.getId()), stored(created.getId()).getTeamIds(), "the default team answers the theme too");

        ThemeRow rename = stored(created.getId());
        rename.setNameNl("  Nieuwe naam  ");
        asAdmin.call(() -> administration.saveTheme(rename));
        assertEquals("Nieuwe naam", stored(created.getId()).getNameNl());

        asAdmin.call(() -> {
            administration.setThemeActive(created.getId(), stored(created.getId()).getVersion(), false);
            return null;
        });
        assertFalse(stored(created.getId()).isActive());
        asAdmin.call(() -> {
            administration.setThemeActive(created.getId(), stored(created.getId()).getVersion(), true);
            return null;
        });
        assertTrue(stored(created.getId()).isActive());

        List<String> trail = trailOf(SubjectKind.THEME, created.getId());
        assertEquals(4, trail.size(), trail.toString());
        assertTrue(trail.get(3).startsWith("CREATED code: — → " + code), trail.get(3));
        assertTrue(trail.get(3).contains("defaultTeam: — → " + team.getName()), trail.get(3));
        assertTrue(trail.get(2).startsWith("UPDATED nameNl: Thema " + code + " → Nieuwe naam"), trail.get(2));
        assertEquals("DEACTIVATED active: true → false", trail.get(1));
        assertEquals("REACTIVATED active: false → true", trail.get(0));
        assertTrue(trailOf(SubjectKind.TEAM, team.getId()).get(0).startsWith("CREATED name: — → " + team.getName()));
    }

    @Test
    @DisplayName("BO-4 a duplicate theme code and a missing name are refused beside their fields, and nothing is stored")
    void duplicateCodeRefused() throws Exception {
        TeamRow team = newTeam("Team Dubbel " + TestData.unique());
        String code = "DUB-" + TestData.unique();
        newTheme(code, team);
        long themesBefore = asAdmin.call(() -> administration.themes()).size();
        long auditBefore = asAdmin.call(() -> auditTrail.count(AuditFilter.any()));

        ThemeRow twin = new ThemeRow();
        twin.setCode(code.toLowerCase(Locale.ROOT));
        twin.setNameNl(" ");
        twin.setNameEn("Twin");
        twin.setDefaultTeamId(team.getId());
        RejectedInput refused = assertThrows(RejectedInput.class, () -> asAdmin.call(() -> administration.saveTheme(twin)));

        Set<String> problems = refused.problems().stream().map(p -> p.field() + " " + p.messageKey()).collect(Collectors.toSet());
        assertEquals(Set.of("code themes.code.duplicate", "nameNl theme.name.required"), problems);
        assertEquals(themesBefore, asAdmin.call(() -> administration.themes()).size());
        assertEquals(auditBefore, asAdmin.call(() -> auditTrail.count(AuditFilter.any())), "SEC-5 a refused change leaves no audit row");

        ThemeRow noTeam = new ThemeRow();
        noTeam.setCode("NT-" + TestData.unique());
        noTeam.setNameNl("Zonder team");
        noTeam.setNameEn("Without team");
        RejectedInput withoutTeam = assertThrows(RejectedInput.class, () -> asAdmin.call(() -> administration.saveTheme(noTeam)));
        assertEquals(List.of(Problem.of("defaultTeamId", "themes.default-team.required")), withoutTeam.problems());
    }

    @Test
    @DisplayName("BO-4 a theme that conversations point to cannot be deleted, only deactivated; an unused one can")
    void cannotDeleteUsedTheme() throws Exception {
        long facility = testData.facility("WZC Gebruikt Thema", 1);
        long used = testData.themeIds(facility).get(0);
        testData.received(facility, 1, "Gesprek over het thema");
        ThemeRow usedRow = stored(used);
        assertTrue(usedRow.isInUse());

        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> asAdmin.call(() -> {
                    administration.deleteTheme(used, usedRow.getVersion());
                    return null;
                }));
        assertEquals("themes.delete.in-use", refused.problems().get(0).messageKey());
        assertEquals(usedRow.getCode(), stored(used).getCode(), "still there");
        assertEquals(1, testData.conversationsOf(facility));

        ThemeRow unused = newTheme("WEG-" + TestData.unique(), newTeam("Team Weg " + TestData.unique()));
        assertFalse(stored(unused.getId()).isInUse());
        asAdmin.call(() -> {
            administration.deleteTheme(unused.getId(), unused.getVersion());
            return null;
        });
        assertTrue(asAdmin.call(() -> administration.themes()).stream().noneMatch(row -> row.getId().equals(unused.getId())));
        assertTrue(trailOf(SubjectKind.THEME, unused.getId()).get(0).startsWith("DELETED code: " + unused.getCode() + " → —"));
    }

    @Test
    @DisplayName("BO-4 a deactivated theme cannot get new conversations, its history stays")
    void deactivatedThemeRefusesNewConversations() throws Exception {
        long facility = testData.facility("WZC Gedeactiveerd Thema", 1);
        long theme = testData.themeIds(facility).get(0);
        long message = testData.received(facility, 1, "Oud bericht").get(0);
        long user = testData.accountId(testData.facilityUser(facility, "Gebruiker Gedeactiveerd"));
        long handler = testData.caseHandlerOf(facility, "Behandelaar Gedeactiveerd");
        assertEquals(List.of(theme), asUser.call(() -> contactPersons.themesWithoutConfirmedContact(facility))
                .stream().map(t -> t.getId()).toList(), "CP-9 a task for the theme before");

        asAdmin.call(() -> {
            administration.setThemeActive(theme, stored(theme).getVersion(), false);
            return null;
        });

        Draft draft = new Draft(theme, "Nieuwe vraag", "Tekst", List.of(), List.of(), null, null);
        RejectedInput byFacility = assertThrows(RejectedInput.class,
                () -> asUser.call(() -> conversations.start(facility, user, draft, DUTCH)));
        assertTrue(byFacility.problems().contains(Problem.of("theme", "compose.theme.unknown")), byFacility.problems().toString());
        RejectedInput byDepartment = assertThrows(RejectedInput.class,
                () -> asCaseHandler.call(() -> newMessages.publish(handler, facility, theme, "Nieuw", "Tekst", List.of())));
        assertTrue(byDepartment.problems().contains(Problem.of("theme", "compose.theme.unknown")));
        assertEquals(1, testData.conversationsOf(facility), "nothing new was stored");
        assertTrue(asCaseHandler.call(() -> newMessages.themesForNewMessages(handler, DUTCH)).stream()
                .noneMatch(choice -> choice.id() == theme), "BO-3 not offered for a new message");
        assertTrue(asCaseHandler.call(() -> inbox.choices(handler, DUTCH)).themes().stream()
                .anyMatch(choice -> choice.id() == theme), "BO-2 still a filter of the inbox");

        List<MessageLine> history = asUser.call(() -> conversations.messages(facility, MessageFilter.of(Direction.RECEIVED), 0, 10));
        assertEquals(List.of(message), history.stream().map(MessageLine::id).toList(), "the history stays visible");
        assertEquals("Oud bericht 1", asUser.call(() -> conversations.open(facility, message)).title());
        assertEquals(List.of(), asUser.call(() -> contactPersons.themesWithoutConfirmedContact(facility)),
                "CP-9 no task for a deactivated theme");
    }

    @Test
    @DisplayName("BO-4 the themes of a facility change; a removed theme keeps its conversations and contact persons, the contacts table still saves; audited")
    void facilityThemesChange() throws Exception {
        long facility = testData.facility("WZC Andere Thema's", 2);
        List<Long> themes = testData.themeIds(facility);
        testData.received(facility, 1, "Blijft staan");
        String contact = "blijft-" + TestData.unique() + "@voorziening.example";
        testData.confirmedContact(facility, contact);
        long other = testData.themeIds(testData.facility("WZC Bron Thema", 1)).get(0);
        FacilityThemes read = asAdmin.call(() -> register.facilityThemes(facility));
        assertEquals(themes, read.themeIds());

        FacilityThemes saved = asAdmin.call(() -> register.saveFacilityThemes(facility, read.themeIds(),
                List.of(themes.get(1), other)));

        assertEquals(Set.of(themes.get(1), other), Set.copyOf(saved.themeIds()));
        assertEquals(Set.of(themes.get(1), other), Set.copyOf(testData.themeIds(facility)));
        assertEquals(1, testData.conversationsOf(facility), "the conversation of the removed theme stays");
        assertEquals(1, asUser.call(() -> conversations.count(facility, MessageFilter.of(Direction.RECEIVED))));
        List<ContactRow> rows = asUser.call(() -> contactPersons.list(facility)).rows();
        assertEquals(List.of(), rows.get(0).getThemeIds(), "the removed theme is not offered in the contacts table");
        assertTrue(asUser.call(() -> contactPersons.ofTheme(facility, themes.get(0))).stream()
                .anyMatch(person -> person.getEmail().equals(contact)), "the contact person keeps the removed theme");

        be.eloket.contact.model.ContactList contacts = asUser.call(() -> contactPersons.list(facility));
        contacts.rows().get(0).setThemeIds(List.of(themes.get(1)));
        asUser.call(() -> contactPersons.save(facility, contacts.version(), contacts.rows(), DUTCH));
        assertEquals(1, asUser.call(() -> contactPersons.ofTheme(facility, themes.get(1))).size(),
                "the facility still saves its contacts table");
        assertEquals(1, asUser.call(() -> contactPersons.ofTheme(facility, themes.get(0))).size(),
                "the theme the table does not offer stays the person's");

        String entry = trailOf(SubjectKind.FACILITY, facility).get(0);
        assertTrue(entry.startsWith("THEMES_CHANGED themes: "), entry);
        assertTrue(entry.contains(stored(themes.get(0)).getCode()), entry);
        assertTrue(entry.contains(stored(other).getCode()), entry);

        assertThrows(ConcurrentChange.class, () -> asAdmin.call(() -> register.saveFacilityThemes(facility,
                read.themeIds(), themes)), "saved on what was read before the change");
        assertEquals(Set.of(themes.get(1), other), Set.copyOf(testData.themeIds(facility)));
    }

    @Test
    @DisplayName("BO-4 teams: renamed, the default team of an active theme stays active, a used team is only deactivated")
    void teams() throws Exception {
        TeamRow team = newTeam("Team Hernoemen " + TestData.unique());
        ThemeRow theme = newTheme("TM-" + TestData.unique(), team);
        TeamRow rename = storedTeam(team.getId());
        rename.setName("Team Hernoemd " + TestData.unique());
        rename.setEmail("team@zorg.example");
        asAdmin.call(() -> teamAdministration.saveTeam(rename));
        assertEquals(rename.getName(), storedTeam(team.getId()).getName());
        assertTrue(trailOf(SubjectKind.TEAM, team.getId()).get(0).startsWith("UPDATED name: " + team.getName() + " → "
                + rename.getName() + "; email: — → team@zorg.example"));

        TeamRow bad = new TeamRow();
        bad.setName(rename.getName().toUpperCase(Locale.ROOT));
        bad.setEmail("geen-adres");
        RejectedInput refused = assertThrows(RejectedInput.class, () -> asAdmin.call(() -> teamAdministration.saveTeam(bad)));
        assertEquals(Set.of("name teams.name.duplicate", "email validation.email.invalid"), refused.problems().stream()
                .map(p -> p.field() + " " + p.messageKey()).collect(Collectors.toSet()));

        RejectedInput defaultTeam = assertThrows(RejectedInput.class, () -> asAdmin.call(() -> {
            teamAdministration.setTeamActive(team.getId(), storedTeam(team.getId()).getVersion(), false);
            return null;
        }));
        assertEquals(Problem.of("team", "teams.deactivate.default-team", rename.getName(), theme.getCode()),
                defaultTeam.problems().get(0));
        assertTrue(storedTeam(team.getId()).isInUse());
        assertThrows(RejectedInput.class, () -> asAdmin.call(() -> {
            teamAdministration.deleteTeam(team.getId(), storedTeam(team.getId()).getVersion());
            return null;
        }));

        TeamRow spare = newTeam("Team Reserve " + TestData.unique());
        asAdmin.call(() -> {
            teamAdministration.setTeamActive(spare.getId(), spare.getVersion(), false);
            return null;
        });
        assertFalse(storedTeam(spare.getId()).isActive());
        asAdmin.call(() -> {
            teamAdministration.deleteTeam(spare.getId(), storedTeam(spare.getId()).getVersion());
            return null;
        });
        assertTrue(asAdmin.call(() -> teamAdministration.teams()).stream().noneMatch(row -> row.getId().equals(spare.getId())));
    }

    @Test
    @DisplayName("BO-4 a case handler is put in another team, with optimistic locking; audited")
    void caseHandlerTeam() throws Exception {
        TeamRow first = newTeam("Team Eerst " + TestData.unique());
        TeamRow second = newTeam("Team Daarna " + TestData.unique());
        long handler = testData.caseHandlerIn(first.getId(), "Wisselende Behandelaar", true);
        CaseHandlerRow read = handlerRow(handler);
        assertEquals(first.getId(), read.getTeamId());

        asAdmin.call(() -> teamAdministration.assignTeam(handler, read.getVersion(), second.getId()));

        assertEquals(second.getId(), handlerRow(handler).getTeamId());
        assertTrue(storedTeam(second.getId()).getCaseHandlers().contains("Wisselende Behandelaar"));
        assertEquals("TEAM_CHANGED team: " + first.getName() + " → " + second.getName(),
                trailOf(SubjectKind.ACCOUNT, handler).get(0));
        assertThrows(ConcurrentChange.class, () -> asAdmin.call(() -> teamAdministration.assignTeam(handler, read.getVersion(),
                first.getId())));
        assertEquals(second.getId(), handlerRow(handler).getTeamId());
    }

    @Test
    @DisplayName("BO-4 case handlers and facility users are refused every administration of themes")
    void othersRefused() throws Exception {
        ThemeRow row = new ThemeRow();
        row.setCode("X-" + TestData.unique());
        row.setNameNl("Verboden");
        row.setNameEn("Forbidden");
        long facility = testData.facility("WZC Geen Beheer", 1);

        assertThrows(EJBAccessException.class, () -> asCaseHandler.call(() -> administration.themes()));
        assertThrows(EJBAccessException.class, () -> asCaseHandler.call(() -> administration.saveTheme(row)));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> administration.saveTheme(row)));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> register.saveFacilityThemes(facility,
                testData.themeIds(facility), List.of())));
        assertTrue(asAdmin.call(() -> administration.themes()).stream().noneMatch(theme -> theme.getCode().equals(row.getCode())));
        assertEquals(1, testData.themeIds(facility).size());
    }

    private TeamRow newTeam(String name) throws Exception {
        TeamRow row = new TeamRow();
        row.setName(name);
        return asAdmin.call(() -> teamAdministration.saveTeam(row));
    }

    private ThemeRow newTheme(String code, TeamRow team) throws Exception {
        ThemeRow row = new ThemeRow();
        row.setCode(code);
        row.setNameNl("Thema " + code);
        row.setNameEn("Theme " + code);
        row.setDefaultTeamId(team.getId());
        return asAdmin.call(() -> administration.saveTheme(row));
    }

    private ThemeRow stored(long themeId) throws Exception {
        return asAdmin.call(() -> administration.themes()).stream().filter(row -> row.getId() == themeId).findFirst().orElseThrow();
    }

    private TeamRow storedTeam(long teamId) throws Exception {
        return asAdmin.call(() -> teamAdministration.teams()).stream().filter(row -> row.getId() == teamId).findFirst().orElseThrow();
    }

    private CaseHandlerRow handlerRow(long accountId) throws Exception {
        return asAdmin.call(() -> teamAdministration.caseHandlers()).stream().filter(row -> row.getAccountId() == accountId)
                .findFirst().orElseThrow();
    }

    /** The audit entries of one subject, newest first, as "ACTION changes". */
    private List<String> trailOf(SubjectKind kind, long subjectId) throws Exception {
        return asAdmin.call(() -> auditTrail.entries(AuditFilter.any().withSubjectKind(kind), 0, 200)).stream()
                .filter(line -> line.subjectId() == subjectId)
                .map(line -> line.action() + (line.changes().isEmpty() ? "" : " " + line.changesText()))
                .toList();
    }
}
