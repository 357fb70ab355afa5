package be.eloket.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.model.ContactRow;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.AttachmentSummary;
import be.eloket.conversation.model.MessageDetail;
import be.eloket.conversation.model.MessageFilter;
import be.eloket.conversation.model.MessageLine;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import be.eloket.theme.entity.Theme;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conversations the demo data gives each demo facility (OPS-1), loaded for a facility of this
 * test's own: the start-up loader runs only with {@code -Deloket.demo-data=true} on an empty
 * database, and calls the same bean for each demo facility.
 */
class DemoDataTest extends InServerTest {

    @EJB
    DemoConversations demo;

    @EJB
    Conversations conversations;

    @EJB
    ContactPersons contactPersons;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    @Test
    @DisplayName("OPS-1 the demo data holds conversations in every state: unread, a long answered history, attachments, an open question")
    void conversationsInEveryState() throws Exception {
        long facility = testData.facility("WZC Demo", 3);
        List<Long> themes = testData.themeIds(facility);
        testData.facilityUser(facility, "Demo Gebruiker");
        testData.facilityUser(facility, "Demo Collega");
        testData.caseHandlerOf(facility, "Demo Behandelaar");
        String email = "demo-" + TestData.unique() + "@voorziening.example";

        asAdministrator.call(() -> {
            demo.create(facility, new ContactRow(null, "Claes", "Marleen", email, "+32 2 553 35 00",
                    List.of(themes.get(0), themes.get(1))));
            return null;
        });

        List<MessageLine> received = asUser.call(() -> conversations.messages(facility, MessageFilter.of(Direction.RECEIVED), 0, 50));
        List<MessageLine> sent = asUser.call(() -> conversations.messages(facility, MessageFilter.of(Direction.SENT), 0, 50));
        assertEquals(List.of("Nieuwe afspraken voor het melden van incidenten", "Verslag van het inspectiebezoek",
                        "Re: Actualisatie van uw kwaliteitshandboek", "Re: Actualisatie van uw kwaliteitshandboek",
                        "Actualisatie van uw kwaliteitshandboek"),
                received.stream().map(MessageLine::title).toList(), "received, newest first");
        assertEquals(List.of("Welke documenten horen bij de verlenging?", "Re: Actualisatie van uw kwaliteitshandboek",
                        "Re: Actualisatie van uw kwaliteitshandboek"),
                sent.stream().map(MessageLine::title).toList(), "sent, newest first");

        // Received and unread: only the newest message.
        assertEquals(1L, asUser.call(() -> conversations.unread(facility)));
        assertTrue(received.get(0).isUnread());
        assertTrue(received.stream().skip(1).noneMatch(MessageLine::isUnread));

        // A long history: five messages, answered by the facility and again by the department.
        MessageDetail closing = asUser.call(() -> conversations.open(facility, received.get(2).id()));
        assertEquals(4, closing.history().size());
        assertEquals(List.of(Direction.SENT, Direction.RECEIVED, Direction.SENT, Direction.RECEIVED),
                closing.history().stream().map(MessageDetail::direction).toList(), "history, newest first");
        assertTrue(closing.history().stream().allMatch(message -> message.reference().equals(closing.reference())));

        // Several attachments, their types decided from their content.
        MessageDetail report = asUser.call(() -> conversations.open(facility, received.get(1).id()));
        assertEquals(Set.of("application/pdf", "text/plain", "image/png"),
                report.attachments().stream().map(AttachmentSummary::mediaType).collect(Collectors.toSet()));

        // A question of the facility that nobody answered: no received message carries its reference.
        MessageLine question = sent.get(0);
        assertTrue(received.stream().noneMatch(line -> line.reference().equals(question.reference())));
        assertTrue(question.counterpart().startsWith("Team "), question.counterpart());

        // Weeks of correspondence, every message in the past.
        Instant now = Instant.now();
        assertTrue(received.stream().allMatch(line -> line.sentAt().isBefore(now)));
        assertTrue(Duration.between(received.get(4).sentAt(), now).toDays() >= 20, "the history began three weeks ago");

        // Mijn taken: only the theme without the confirmed contact person.
        assertEquals(List.of(themes.get(2)), asUser.call(() -> contactPersons.themesWithoutConfirmedContact(facility))
                .stream().map(Theme::getId).toList());
    }
}
