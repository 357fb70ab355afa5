package be.eloket.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.eloket.contact.boundary.ContactCoverage;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.contact.model.MissingContact;
import be.eloket.conversation.boundary.Inbox;
import be.eloket.conversation.model.ConversationLine;
import be.eloket.organisation.boundary.Facilities;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.NotFound;
import be.eloket.platform.Role;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import be.eloket.theme.entity.Theme;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The department's facilities (BO-5): search, one facility, the report of missing contact persons. */
class FacilitiesTest extends InServerTest {

    @EJB
    Facilities facilities;

    @EJB
    ContactCoverage coverage;

    @EJB
    Inbox inbox;

    @EJB
    AsAdministrator asAdmin;

    @EJB
    AsCaseHandler asHandler;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    private static String email(String who) {
        return who + "-" + TestData.unique() + "@voorziening.example";
    }

    private List<String> names(String text, int first, int pageSize) throws Exception {
        return asAdmin.call(() -> facilities.find(text, first, pageSize)).stream().map(Facility::getName).toList();
    }

    @Test
    @DisplayName("BO-5 facilities are found by a part of their name or number, any case, by name, a page at a time")
    void search() throws Exception {
        String mark = TestData.unique();
        long c = testData.facility("Zoekhuis " + mark + " C", 1);
        testData.facility("Zoekhuis " + mark + " A", 1);
        testData.facility("Zoekhuis " + mark + " B", 1);

        String upper = mark.toUpperCase(Locale.ROOT);
        assertEquals(List.of("Zoekhuis " + mark + " A", "Zoekhuis " + mark + " B", "Zoekhuis " + mark + " C"),
                names(upper, 0, 20));
        assertEquals(3, asAdmin.call(() -> facilities.count(upper)));
        assertEquals(List.of("Zoekhuis " + mark + " B"), names(upper, 1, 1), "the second page of one");
        assertEquals(List.of("Zoekhuis " + mark + " C"), names(upper, 2, 5), "the last page holds what is left");

        String number = asAdmin.call(() -> facilities.facility(c)).getNumber();
        assertEquals(List.of("Zoekhuis " + mark + " C"), names(number.toLowerCase(Locale.ROOT), 0, 20), "by number");
        assertEquals(0, asAdmin.call(() -> facilities.count(mark + "%")), "a typed % is no wildcard");
        assertEquals(asAdmin.call(() -> facilities.count(null)), asAdmin.call(() -> facilities.count(" ")),
                "a blank search finds every facility");
    }

    @Test
    @DisplayName("BO-5 a facility shows its organisation data, its themes and its contact persons with their confirmation")
    void oneFacility() throws Exception {
        long id = testData.facility("WZC Inzage " + TestData.unique(), 2);
        List<Long> themes = testData.themeIds(id);
        String confirmed = email("bevestigd");
        String waiting = email("wacht");
        testData.contactOfTheme(id, themes.get(0), confirmed, true);
        testData.contactOfTheme(id, themes.get(1), waiting, false);

        Facility facility = asAdmin.call(() -> facilities.facility(id));
        assertEquals(themes, facility.getThemes().stream().map(Theme::getId).sorted().toList());
        assertEquals("+32 2 553 35 00", facility.getPhone());

        List<ContactPerson> persons = asAdmin.call(() -> coverage.persons(id));
        assertEquals(List.of(confirmed + " true " + themes.get(0), waiting + " false " + themes.get(1)),
                persons.stream().map(person -> person.getEmail() + " " + person.isConfirmed() + " "
                        + person.getThemes().get(0).getId()).sorted().toList());
        assertEquals(List.of(true, false), persons.stream().sorted(java.util.Comparator.comparing(ContactPerson::getEmail))
                .map(person -> person.getConfirmedAt() != null).toList(), "the confirmed one has its date");

        assertThrows(NotFound.class, () -> asAdmin.call(() -> facilities.facility(-5)));
        assertThrows(NotFound.class, () -> asAdmin.call(() -> coverage.persons(-5)));
    }

    @Test
    @DisplayName("BO-5 (+) the report lists exactly the facilities' active themes without a confirmed contact person, paged")
    void missingContacts() throws Exception {
        String mark = "Rapport " + TestData.unique();
        long a = testData.facility(mark + " A", 2);
        long b = testData.facility(mark + " B", 1);
        long c = testData.facility(mark + " C", 1);
        long d = testData.facility(mark + " D", 2);
        long e = testData.facility(mark + " E", 1);
        List<Long> aThemes = testData.themeIds(a);
        testData.contactOfTheme(a, aThemes.get(0), email("a"), true);
        testData.contactOfTheme(b, testData.themeIds(b).get(0), email("b"), true);
        testData.contactOfTheme(c, testData.themeIds(c).get(0), email("c"), false);
        List<Long> dThemes = testData.themeIds(d);
        // A confirmed person of another facility with the same theme does not cover D's.
        testData.addTheme(b, dThemes.get(0));
        testData.contactOfTheme(b, dThemes.get(0), email("b2"), true);
        testData.deactivateTheme(testData.themeIds(e).get(0));

        List<String> expected = List.of(
                mark + " A " + aThemes.get(1),
                mark + " C " + testData.themeIds(c).get(0),
                mark + " D " + dThemes.get(0),
                mark + " D " + dThemes.get(1));
        String filter = mark.toLowerCase(Locale.ROOT);
        assertEquals(expected, lines(asAdmin.call(() -> coverage.missing(filter, 0, 50))));
        assertEquals(4, asAdmin.call(() -> coverage.missingCount(filter)));
        assertEquals(expected.subList(1, 3), lines(asAdmin.call(() -> coverage.missing(filter, 1, 2))), "a page of two");
        MissingContact line = asAdmin.call(() -> coverage.missing(filter, 1, 1)).get(0);
        assertEquals(c, line.facilityId());
        assertEquals(asAdmin.call(() -> facilities.facility(c)).getNumber(), line.facilityNumber());
        assertEquals(1, asAdmin.call(() -> coverage.missingCount(line.facilityNumber())), "found by number too");
    }

    private static List<String> lines(List<MissingContact> lines) {
        return lines.stream().map(line -> line.facilityName() + " " + line.themeId()).toList();
    }

    @Test
    @DisplayName("BO-5 a facility's conversations are listed with their first title, the newest first, a page at a time")
    void conversations() throws Exception {
        long id = testData.facility("WZC Gesprekken " + TestData.unique(), 1);
        testData.received(id, 3, "Brief");
        long admin = testData.accountId(testData.departmentStaff(Role.ADMINISTRATOR, "Beheerder"));

        List<ConversationLine> all = asAdmin.call(() -> inbox.conversationsOf(admin, id, 0, 10));
        assertEquals(List.of("Brief 3", "Brief 2", "Brief 1"), all.stream().map(ConversationLine::title).toList());
        assertEquals(3, asAdmin.call(() -> inbox.conversationCountOf(admin, id)));
        assertEquals(List.of("Brief 2"), asAdmin.call(() -> inbox.conversationsOf(admin, id, 1, 1)).stream()
                .map(ConversationLine::title).toList());
        assertEquals(List.of(), asAdmin.call(() -> inbox.conversationsOf(admin, id, 3, 10)));
    }

    @Test
    @DisplayName("BO-5 SEC-2 facility users and case handlers cannot search facilities or read the report")
    void othersRefused() throws Exception {
        long id = testData.facility("WZC Geweigerd " + TestData.unique(), 1);
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> facilities.find(null, 0, 10)));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> facilities.facility(id)));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> coverage.persons(id)));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> coverage.missing(null, 0, 10)));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> inbox.conversationsOf(1, id, 0, 10)));
        assertThrows(EJBAccessException.class, () -> asHandler.call(() -> facilities.count(null)));
        assertThrows(EJBAccessException.class, () -> asHandler.call(() -> coverage.missingCount(null)));
    }
}
