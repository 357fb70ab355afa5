package be.eloket.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.organisation.boundary.Organisations;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import be.eloket.theme.model.ThemeName;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganisationsTest extends InServerTest {

    @EJB
    Organisations organisations;

    @EJB
    AsFacilityUser asFacilityUser;

    @EJB
    TestData testData;

    @Test
    @DisplayName("ORG-2 phone, e-mail and URL are saved; name and number stay read-only")
    void savesContactData() throws Exception {
        long id = testData.facility("WZC Opslaan", 1);
        Facility facility = asFacilityUser.call(() -> organisations.organisation(id));
        String name = facility.getName();
        String number = facility.getNumber();

        facility.setPhone(" 02/553.35.00 ");
        facility.setEmail("onthaal@wzc-opslaan.be");
        facility.setUrl("http://wzc-opslaan.be/contact");
        asFacilityUser.call(() -> organisations.update(id, facility));

        Facility stored = testData.storedFacility(id);
        assertEquals("02/553.35.00", stored.getPhone(), "stored without surrounding spaces");
        assertEquals("onthaal@wzc-opslaan.be", stored.getEmail());
        assertEquals("http://wzc-opslaan.be/contact", stored.getUrl());
        assertEquals(name, stored.getName());
        assertEquals(number, stored.getNumber());
    }

    @Test
    @DisplayName("ORG-3 a bad e-mail, URL and phone are refused together, each named, and nothing is saved")
    void refusesBadFormats() throws Exception {
        long id = testData.facility("WZC Fouten", 1);
        Facility before = testData.storedFacility(id);
        Facility facility = asFacilityUser.call(() -> organisations.organisation(id));
        facility.setEmail("onthaal@wzc");
        facility.setUrl("www.wzc.be");
        facility.setPhone("12-ab");

        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> asFacilityUser.call(() -> organisations.update(id, facility)));

        assertEquals(List.of(
                        Problem.of("email", "validation.email.invalid"),
                        Problem.of("phone", "validation.phone.invalid"),
                        Problem.of("url", "validation.url.invalid")),
                refused.problems());
        Facility after = testData.storedFacility(id);
        assertEquals(before.getEmail(), after.getEmail());
        assertEquals(before.getPhone(), after.getPhone());
        assertEquals(before.getUrl(), after.getUrl());
        assertEquals(before.getVersion(), after.getVersion());
    }

    @Test
    @DisplayName("ORG-3 only http and https addresses are accepted as URL (no javascript: links)")
    void refusesOtherSchemes() throws Exception {
        long id = testData.facility("WZC Schema", 1);
        for (String url : List.of("javascript:alert(1)", "ftp://wzc.be", "https://localhost", "file:///etc/passwd")) {
            Facility facility = asFacilityUser.call(() -> organisations.organisation(id));
            facility.setUrl(url);
            RejectedInput refused = assertThrows(RejectedInput.class,
                    () -> asFacilityUser.call(() -> organisations.update(id, facility)), url);
            assertEquals(List.of(Problem.of("url", "validation.url.invalid")), refused.problems(), url);
        }
        assertEquals("https://www.voorziening.example", testData.storedFacility(id).getUrl());
    }

    @Test
    @DisplayName("ORG-3 the e-mail address of the facility is required")
    void requiresEmail() throws Exception {
        long id = testData.facility("WZC Leeg", 1);
        Facility facility = asFacilityUser.call(() -> organisations.organisation(id));
        facility.setEmail("   ");

        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> asFacilityUser.call(() -> organisations.update(id, facility)));

        assertEquals(List.of(Problem.of("email", "organisation.email.required")), refused.problems());
    }

    @Test
    @DisplayName("ORG-4 when two people edit at once, the second save is refused and the first one stays")
    void secondSaveIsRefused() throws Exception {
        long id = testData.facility("WZC Samen", 1);
        Facility first = asFacilityUser.call(() -> organisations.organisation(id));
        Facility second = asFacilityUser.call(() -> organisations.organisation(id));

        first.setPhone("+32 9 111 11 11");
        asFacilityUser.call(() -> organisations.update(id, first));
        second.setPhone("+32 9 222 22 22");

        assertThrows(ConcurrentChange.class, () -> asFacilityUser.call(() -> organisations.update(id, second)));
        assertEquals("+32 9 111 11 11", testData.storedFacility(id).getPhone());
    }

    @Test
    @DisplayName("SEC-2 a user of facility A saving facility B's data gets not found and B is unchanged")
    void otherFacilityIsNotFound() throws Exception {
        long own = testData.facility("WZC Eigen", 1);
        long other = testData.facility("WZC Ander", 1);
        Facility foreign = asFacilityUser.call(() -> organisations.organisation(other));
        foreign.setEmail("kaper@kwaadwillig.example");

        assertThrows(NotFound.class, () -> asFacilityUser.call(() -> organisations.update(own, foreign)));
        assertNotEquals("kaper@kwaadwillig.example", testData.storedFacility(other).getEmail());
    }

    @Test
    @DisplayName("MSG-14 SEC-2 a theme page opens the facility's own theme; another facility's theme, an inactive theme and an unknown id are not found")
    void themeOfTheFacilityOnly() throws Exception {
        long own = testData.facility("WZC Eigen Thema", 2);
        long other = testData.facility("WZC Ander Thema", 1);
        long ownTheme = testData.themeIds(own).get(0);
        long inactive = testData.themeIds(own).get(1);
        long foreign = testData.themeIds(other).get(0);
        testData.deactivateTheme(inactive);

        assertEquals(ownTheme, asFacilityUser.call(() -> organisations.theme(own, ownTheme)).getId());
        assertThrows(NotFound.class, () -> asFacilityUser.call(() -> organisations.theme(own, foreign)));
        assertThrows(NotFound.class, () -> asFacilityUser.call(() -> organisations.theme(own, inactive)));
        assertThrows(NotFound.class, () -> asFacilityUser.call(() -> organisations.theme(own, -1)));
    }

    @Test
    @DisplayName("MSG-3 MSG-4 the theme filters of Mijn berichten offer the facility's own active themes, by Dutch name, with both names")
    void themeNamesOfTheFacilityOnly() throws Exception {
        long own = testData.facility("WZC Themafilter", 3);
        testData.facility("WZC Ander Themafilter", 1);
        List<Long> themes = testData.themeIds(own);
        testData.deactivateTheme(themes.get(1));

        List<ThemeName> names = asFacilityUser.call(() -> organisations.themeNames(own));

        assertEquals(List.of(themes.get(0), themes.get(2)), names.stream().map(ThemeName::id).toList(),
                "the first and third theme; not the inactive second, nothing of the other facility");
        assertTrue(names.get(0).nameNl().startsWith("Thema 1 ") && names.get(1).nameNl().startsWith("Thema 3 "),
                "by Dutch name: " + names);
        assertEquals(List.of("Theme 1", "Theme 3"), names.stream().map(ThemeName::nameEn).toList(), "with the English names");
    }

    @Test
    @DisplayName("SEC-1 the organisation boundary refuses callers without the facility user role")
    void refusesAnonymousCallers() {
        long id = testData.facility("WZC Anoniem", 1);
        assertThrows(EJBAccessException.class, () -> organisations.organisation(id));
    }
}
