package be.eloket.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.eloket.platform.NotFound;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import be.eloket.theme.boundary.Themes;
import be.eloket.theme.model.TeamContact;
import be.eloket.theme.model.TeamContact.CaseHandler;
import jakarta.ejb.EJB;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who answers a theme's questions, at the boundary ("Hulp nodig?", MSG-15). */
class ThemesTest extends InServerTest {

    @EJB
    Themes themes;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    @Test
    @DisplayName("MSG-15 Contacteer ons: the theme's active teams by name, each with its active case handlers by name")
    void teamsAndCaseHandlers() throws Exception {
        long facility = testData.facility("WZC Contacteer", 1);
        long theme = testData.themeIds(facility).get(0);
        String unique = TestData.unique();
        long zorg = testData.teamOf(theme, "Zorgteam " + unique, true);
        long advies = testData.teamOf(theme, "Adviesteam " + unique, true);
        testData.teamOf(theme, "Opgeheven team " + unique, false);
        long bart = testData.caseHandlerIn(zorg, "Bart Mertens", true);
        long anna = testData.caseHandlerIn(zorg, "Anna Claes", true);
        testData.caseHandlerIn(zorg, "Vertrokken Collega", false);
        long other = testData.facility("WZC Ander Team", 1);
        long elsewhere = testData.teamOf(testData.themeIds(other).get(0), "Ander team " + unique, true);
        testData.caseHandlerIn(elsewhere, "Niet Van Dit Thema", true);

        List<TeamContact> contacts = asUser.call(() -> themes.contacts(facility, theme));

        List<String> teams = contacts.stream().map(TeamContact::name).toList();
        assertEquals(3, teams.size(), teams.toString());
        assertEquals("Adviesteam " + unique, teams.get(0));
        assertEquals(advies, contacts.get(0).id());
        assertEquals(List.of(), contacts.get(0).caseHandlers());
        assertEquals("Zorgteam " + unique, teams.get(2), "the default team of the test facility, Team …, sorts between them");
        assertEquals(zorg, contacts.get(2).id());
        assertEquals(List.of(new CaseHandler(anna, "Anna Claes"), new CaseHandler(bart, "Bart Mertens")),
                contacts.get(2).caseHandlers());
    }

    @Test
    @DisplayName("SEC-2 the teams of another facility's theme are not found")
    void otherFacilitysTheme() throws Exception {
        long own = testData.facility("WZC Eigen Hulp", 1);
        long other = testData.facility("WZC Andere Hulp", 1);
        long foreign = testData.themeIds(other).get(0);

        assertThrows(NotFound.class, () -> asUser.call(() -> themes.contacts(own, foreign)));
    }
}
