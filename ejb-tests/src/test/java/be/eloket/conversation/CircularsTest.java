package be.eloket.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.conversation.boundary.Circulars;
import be.eloket.conversation.boundary.CircularSupervisor;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.boundary.Uploads;
import be.eloket.conversation.control.CircularDeliveries;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.AttachmentSummary;
import be.eloket.conversation.model.CircularProgress;
import be.eloket.conversation.model.CircularRecipientLine;
import be.eloket.conversation.model.MessageFilter;
import be.eloket.conversation.model.MessageLine;
import be.eloket.conversation.model.RecipientFilter;
import be.eloket.conversation.model.UploadRef;
import be.eloket.organisation.boundary.Register;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.Jobs;
import be.eloket.test.TestData;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Circulars: a message to every facility of a theme, sent by a batch job (BO-10). */
class CircularsTest extends InServerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @EJB
    Circulars circulars;

    @EJB
    CircularDeliveries deliveries;

    @EJB
    CircularSupervisor supervisor;

    @EJB
    Conversations conversations;

    @EJB
    Uploads uploads;

    @EJB
    Register register;

    @EJB
    AsCaseHandler asHandler;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    /** The facilities of one new theme (the first one's), and a case handler of it. */
    private record Theme(long theme, List<Long> facilities, long handler) {
    }

    private Theme theme(String name, int facilities) {
        long first = testData.facility(name + " 1", 1);
        long theme = testData.themeIds(first).get(0);
        List<Long> all = new ArrayList<>(List.of(first));
        for (int i = 2; i <= facilities; i++) {
            long facility = testData.facility(name + " " + i, 1);
            testData.addTheme(facility, theme);
            all.add(facility);
        }
        return new Theme(theme, all, testData.caseHandlerOf(first, "Behandelaar " + name));
    }

    private <T> T asHandler(Callable<T> work) {
        try {
            return asHandler.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private CircularProgress awaitDone(Theme theme, long circularId) {
        Jobs.awaitUntil(() -> !asHandler(() -> circulars.progress(theme.handler(), circularId, DUTCH)).running(),
                Duration.ofMinutes(2), "circular " + circularId + " sent");
        return asHandler(() -> circulars.progress(theme.handler(), circularId, DUTCH));
    }

    @Test
    @DisplayName("BO-10 a circular starts one conversation per open facility of the theme, lists a closed one as refused with its reason, and leaves other themes alone")
    void oneConversationPerFacility() throws Exception {
        String name = "WZC Rondzend " + TestData.unique();
        Theme theme = theme(name, 3);
        long closed = theme.facilities().get(2);
        long elsewhere = testData.facility("WZC Ander thema " + TestData.unique(), 1);
        String contact = "rondzend-" + TestData.unique() + "@voorziening.example";
        testData.contactOfTheme(theme.facilities().get(0), theme.theme(), contact, true);
        asAdministrator.call(() -> {
            register.close(closed);
            return null;
        });

        long circularId = asHandler(() -> circulars.send(theme.handler(), theme.theme(), "Nieuwe regelgeving",
                "Beste voorziening, vanaf 1 januari geldt een nieuwe regel.", List.of()));
        CircularProgress done = awaitDone(theme, circularId);

        assertEquals(3, done.recipients(), "every facility of the theme, the closed one too");
        assertEquals(2, done.sent());
        assertEquals(1, done.refused());
        assertNotNull(done.finishedAt());
        assertEquals("Nieuwe regelgeving", done.title());
        assertEquals(Map.of(theme.facilities().get(0), 1L, theme.facilities().get(1), 1L),
                testData.conversationsPerFacilityOf(circularId));
        assertEquals(0, testData.conversationsOf(closed));
        assertEquals(0, testData.conversationsOf(elsewhere));
        List<CircularRecipientLine> refused = asHandler(() -> circulars.recipients(theme.handler(), circularId,
                RecipientFilter.REFUSED, 0, 10));
        assertEquals(List.of(closed), refused.stream().map(CircularRecipientLine::facilityId).toList());
        assertEquals("circular.refused.closed", refused.get(0).refusal());
        assertEquals(3, asHandler(() -> circulars.recipientCount(theme.handler(), circularId, RecipientFilter.ALL)));
        assertEquals(1, testData.mailsQueuedFor(contact), "the theme's confirmed contact is notified once (MSG-16)");

        long user = testData.accountId(testData.facilityUser(theme.facilities().get(0), "Gebruiker " + name));
        List<MessageLine> received = asUser.call(() -> conversations.messages(theme.facilities().get(0),
                MessageFilter.of(Direction.RECEIVED), 0, 10));
        assertEquals(List.of("Nieuwe regelgeving"), received.stream().map(MessageLine::title).toList());
        assertEquals(2, asHandler(() -> circulars.recipientCount(theme.handler(), circularId, RecipientFilter.NOT_OPENED)));
        asUser.call(() -> conversations.open(theme.facilities().get(0), received.get(0).id()));
        assertEquals(1, asHandler(() -> circulars.progress(theme.handler(), circularId, DUTCH)).opened(), "opened by one facility");
        assertEquals(1, asHandler(() -> circulars.recipientCount(theme.handler(), circularId, RecipientFilter.NOT_OPENED)));
        assertTrue(user > 0);
    }

    @Test
    @DisplayName("BO-10 MSG-17 a circular with two attachments to 50 facilities stores their bytes once: two stored contents, 100 attachments referring to them, each facility reads both")
    void attachmentsStoredOnce() throws Exception {
        String name = "WZC Bijlagen rond " + TestData.unique();
        Theme theme = theme(name, 1);
        List<Long> facilities = new ArrayList<>(theme.facilities());
        facilities.addAll(testData.facilitiesOfTheme(theme.theme(), 49, name));
        byte[] letter = ("Omzendbrief " + name).getBytes(StandardCharsets.UTF_8);
        byte[] annex = ("Bijlage bij de omzendbrief " + name).getBytes(StandardCharsets.UTF_8);
        UploadRef first = asHandler(() -> uploads.park(theme.handler(), "omzendbrief.txt", new ByteArrayInputStream(letter)));
        UploadRef second = asHandler(() -> uploads.park(theme.handler(), "bijlage.txt", new ByteArrayInputStream(annex)));

        long circularId = asHandler(() -> circulars.send(theme.handler(), theme.theme(), "Met bijlagen", "Zie de bijlagen.",
                List.of(first, second)));
        CircularProgress done = awaitDone(theme, circularId);

        assertEquals(50, done.sent());
        assertEquals(2, testData.storedContentsOfCircular(circularId), "two contents for 50 facilities");
        assertEquals(100, testData.attachmentsOfCircular(circularId));
        assertEquals(0, testData.parkedFilesOf(theme.handler()), "the parked files went with the circular");
        for (long facility : List.of(facilities.get(0), facilities.get(49))) {
            long received = asUser.call(() -> conversations.messages(facility, MessageFilter.of(Direction.RECEIVED), 0, 1))
                    .get(0).id();
            assertEquals(List.of("omzendbrief.txt", "bijlage.txt"), asUser.call(() -> conversations.open(facility, received))
                    .attachments().stream().map(AttachmentSummary::fileName).toList());
        }
    }

    @Test
    @DisplayName("BO-10 a circular whose server died is resumed by another: every facility gets exactly one conversation, every contact one notification")
    void resumedExactlyOnce() throws Exception {
        String name = "WZC Hervat " + TestData.unique();
        Theme theme = theme(name, 12);
        List<String> contacts = new ArrayList<>();
        for (long facility : theme.facilities()) {
            String email = "hervat-" + TestData.unique() + "@voorziening.example";
            testData.contactOfTheme(facility, theme.theme(), email, true);
            contacts.add(email);
        }
        // The first server recorded the circular and reached five facilities before it died.
        long circularId = deliveries.create(theme.theme(), "Hervat", "Tekst van de rondzendbrief", theme.handler(), List.of(),
                List.of());
        for (long facility : theme.facilities().subList(0, 5)) {
            deliveries.deliver(circularId, facility, deliveries.letterOf(circularId));
        }
        testData.circularServerDied(circularId);

        // This server's supervisor takes it over (its timer may have done so a moment earlier).
        if (deliveries.takeOverLapsed().contains(circularId)) {
            supervisor.run(circularId);
        }
        CircularProgress done = awaitDone(theme, circularId);

        assertEquals(12, done.sent());
        assertEquals(0, done.refused());
        Map<Long, Long> perFacility = testData.conversationsPerFacilityOf(circularId);
        assertEquals(12, perFacility.size());
        assertTrue(perFacility.values().stream().allMatch(count -> count == 1), perFacility.toString());
        for (String email : contacts) {
            assertEquals(1, testData.mailsQueuedFor(email), email);
        }
        deliveries.deliver(circularId, theme.facilities().get(0), deliveries.letterOf(circularId));
        assertEquals(1, testData.conversationsOf(theme.facilities().get(0)), "a facility handled once is never handled again");
        assertFalse(deliveries.takeOverLapsed().contains(circularId), "a finished circular is nobody's to take over");
    }

    @Test
    @DisplayName("BO-10 a facility that lost the theme or closed after the circular was sent is refused and listed with its reason, the others get theirs")
    void refusedWhenItsTurnComes() throws Exception {
        String name = "WZC Later geweigerd " + TestData.unique();
        Theme theme = theme(name, 3);
        long circularId = deliveries.create(theme.theme(), "Later", "Tekst van de rondzendbrief", theme.handler(), List.of(),
                List.of());
        testData.removeTheme(theme.facilities().get(0), theme.theme());
        asAdministrator.call(() -> {
            register.close(theme.facilities().get(1));
            return null;
        });

        for (long facility : theme.facilities()) {
            deliveries.deliver(circularId, facility, deliveries.letterOf(circularId));
        }
        deliveries.finish(circularId);

        CircularProgress done = asHandler(() -> circulars.progress(theme.handler(), circularId, DUTCH));
        assertFalse(done.running());
        assertEquals(List.of(3, 1L, 2L), List.of(done.recipients(), done.sent(), done.refused()));
        Map<Long, String> reasons = new java.util.HashMap<>();
        asHandler(() -> circulars.recipients(theme.handler(), circularId, RecipientFilter.REFUSED, 0, 10))
                .forEach(line -> reasons.put(line.facilityId(), line.refusal()));
        assertEquals(Map.of(theme.facilities().get(0), "circular.refused.theme", theme.facilities().get(1), "circular.refused.closed"),
                reasons);
        assertEquals(Map.of(theme.facilities().get(2), 1L), testData.conversationsPerFacilityOf(circularId));
    }

    @Test
    @DisplayName("BO-10 SEC-2 MSG-10 a circular without title or text, under a theme outside the caller's scope or without open facilities is refused, nothing stored; another team's circular is not found")
    void refusedCirculars() throws Exception {
        String name = "WZC Geweigerd rond " + TestData.unique();
        Theme theme = theme(name, 1);
        Theme other = theme("WZC Ander team " + TestData.unique(), 1);

        RejectedInput empty = assertThrows(RejectedInput.class, () -> asHandler(() -> circulars.send(theme.handler(),
                theme.theme(), " ", "x".repeat(20_001), List.of())));
        assertEquals(List.of(Problem.of("title", "compose.title.required"), Problem.of("text", "compose.text.too-long", 20_000)),
                empty.problems());
        RejectedInput noTheme = assertThrows(RejectedInput.class, () -> asHandler(() -> circulars.send(theme.handler(), null,
                "Rondzendbrief", "Tekst", List.of())));
        assertEquals(List.of(Problem.of("theme", "new-message.theme.required")), noTheme.problems());
        assertThrows(NotFound.class, () -> asHandler(() -> circulars.send(other.handler(), theme.theme(), "Niet mijn thema",
                "Tekst", List.of())));
        asAdministrator.call(() -> {
            register.close(theme.facilities().get(0));
            return null;
        });
        RejectedInput noneOpen = assertThrows(RejectedInput.class, () -> asHandler(() -> circulars.send(theme.handler(),
                theme.theme(), "Rondzendbrief", "Aan allen", List.of())));
        assertEquals(List.of(Problem.of("theme", "new-message.theme.no-facilities")), noneOpen.problems());
        assertTrue(asHandler(() -> circulars.list(theme.handler(), 0, 10, DUTCH)).isEmpty(), "nothing stored");

        long sent = asHandler(() -> circulars.send(other.handler(), other.theme(), "Voor mijn thema", "Tekst", List.of()));
        awaitDone(other, sent);
        assertThrows(NotFound.class, () -> asHandler(() -> circulars.progress(theme.handler(), sent, DUTCH)));
        assertThrows(NotFound.class, () -> asHandler(() -> circulars.recipients(theme.handler(), sent, RecipientFilter.ALL, 0, 10)));
        assertEquals(List.of(sent), asHandler(() -> circulars.list(other.handler(), 0, 10, DUTCH)).stream()
                .map(CircularProgress::id).toList());
        assertEquals(1, asHandler(() -> circulars.count(other.handler())));
        assertEquals(0, asHandler(() -> circulars.count(theme.handler())), "another team's circular is not counted");
    }
}
