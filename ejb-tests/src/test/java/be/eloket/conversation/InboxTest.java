package be.eloket.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.conversation.boundary.CaseHandling;
import be.eloket.conversation.boundary.Circulars;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.boundary.Inbox;
import be.eloket.conversation.boundary.NewMessages;
import be.eloket.conversation.boundary.Uploads;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.AttachmentSummary;
import be.eloket.conversation.model.ConversationContactRow;
import be.eloket.conversation.model.ConversationDetail;
import be.eloket.conversation.model.Draft;
import be.eloket.conversation.model.InboxFilter;
import be.eloket.conversation.model.InboxLine;
import be.eloket.conversation.model.MessageFilter;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.UploadRef;
import be.eloket.mail.entity.MailKind;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The department's inbox at its boundary (BO-2, BO-3). */
class InboxTest extends InServerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @EJB
    Inbox inbox;

    @EJB
    CaseHandling caseHandling;

    @EJB
    NewMessages newMessages;

    @EJB
    Circulars circulars;

    @EJB
    Uploads uploads;

    @EJB
    Conversations conversations;

    @EJB
    AsCaseHandler asHandler;

    @EJB
    AsAdministrator asAdmin;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    @EJB
    TestMails mails;

    /** A facility with one theme, a user of it and a case handler of the theme's team. */
    private record World(long facility, long theme, long user, long handler) {
    }

    private World world(String name) {
        long facility = testData.facility(name, 1);
        long theme = testData.themeIds(facility).get(0);
        long user = testData.accountId(testData.facilityUser(facility, "Gebruiker " + name));
        long handler = testData.caseHandlerOf(facility, "Behandelaar " + name);
        return new World(facility, theme, user, handler);
    }

    /** The facility starts a conversation; its one contact has {@code contactEmail}. */
    private Sent ask(World world, String title, String contactEmail) throws Exception {
        ConversationContactRow contact = new ConversationContactRow(null, "Janssens", "Jan", contactEmail,
                "+32 2 553 35 00", false);
        return asUser.call(() -> conversations.start(world.facility(), world.user(),
                new Draft(world.theme(), title, "Vraag: " + title, List.of(), List.of(contact), null, null), DUTCH));
    }

    private static String email() {
        return "inbox-" + TestData.unique() + "@voorziening.example";
    }

    @Test
    @DisplayName("BO-2 a case handler sees the conversations of his team's themes only; another team's conversation is NotFound")
    void scope() throws Exception {
        World mine = world("WZC Eigen " + TestData.unique());
        World other = world("WZC Ander " + TestData.unique());
        Sent own = ask(mine, "Eigen vraag", email());
        Sent foreign = ask(other, "Andere vraag", email());

        List<InboxLine> lines = asHandler.call(() -> inbox.messages(mine.handler(), InboxFilter.any(), 0, 100));
        assertTrue(lines.stream().anyMatch(line -> line.conversationId() == own.conversationId()));
        assertTrue(lines.stream().noneMatch(line -> line.conversationId() == foreign.conversationId()));
        assertThrows(NotFound.class, () -> asHandler.call(() -> caseHandling.conversation(mine.handler(), foreign.conversationId())));
        assertThrows(NotFound.class, () -> asHandler.call(() -> {
            caseHandling.markAnswered(mine.handler(), foreign.conversationId());
            return null;
        }));
        assertThrows(NotFound.class, () -> asHandler.call(() -> caseHandling.reply(mine.handler(), foreign.conversationId(),
                "Kaping", List.of())));

        long admin = testData.accountId(testData.departmentStaff(Role.ADMINISTRATOR, "Beheerder"));
        ConversationDetail seen = asAdmin.call(() -> caseHandling.conversation(admin, foreign.conversationId()));
        assertEquals(foreign.reference(), seen.reference());
    }

    @Test
    @DisplayName("BO-2 the inbox filters on facility, reference, theme, status and date, newest first, paged")
    void filters() throws Exception {
        String name = "Filterhuis " + TestData.unique();
        World world = world(name);
        Sent first = ask(world, "Eerste", email());
        Sent second = ask(world, "Tweede", email());
        Sent third = ask(world, "Derde", email());
        long handler = world.handler();

        InboxFilter ofFacility = InboxFilter.any().withFacility(name.toUpperCase(Locale.ROOT));
        List<InboxLine> all = asHandler.call(() -> inbox.messages(handler, ofFacility, 0, 20));
        assertEquals(List.of(third.messageId(), second.messageId(), first.messageId()),
                all.stream().map(InboxLine::messageId).toList());
        assertEquals(3, asHandler.call(() -> inbox.count(handler, ofFacility)));
        assertEquals(List.of(second.messageId()), asHandler.call(() -> inbox.messages(handler, ofFacility, 1, 1))
                .stream().map(InboxLine::messageId).toList());

        assertEquals(List.of(second.messageId()), asHandler.call(() -> inbox.messages(handler,
                InboxFilter.any().withReference(second.reference()), 0, 20)).stream().map(InboxLine::messageId).toList());
        assertEquals(3, asHandler.call(() -> inbox.count(handler, ofFacility.withTheme(world.theme()))));

        asHandler.call(() -> {
            caseHandling.markAnswered(handler, first.conversationId());
            return null;
        });
        assertEquals(2, asHandler.call(() -> inbox.count(handler, ofFacility.withStatus(ConversationStatus.OPEN))));
        assertEquals(List.of(first.messageId()), asHandler.call(() -> inbox.messages(handler,
                ofFacility.withStatus(ConversationStatus.ANSWERED), 0, 20)).stream().map(InboxLine::messageId).toList());

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
        assertEquals(3, asHandler.call(() -> inbox.count(handler, ofFacility.between(today, today))));
        assertEquals(0, asHandler.call(() -> inbox.count(handler, ofFacility.between(today.plusDays(1), null))));
    }

    @Test
    @DisplayName("BO-2 a conversation is assigned to a case handler of its theme's teams, no one else")
    void assign() throws Exception {
        World world = world("WZC Toewijzing " + TestData.unique());
        Sent asked = ask(world, "Wie neemt dit?", email());
        long colleague = testData.caseHandlerOf(world.facility(), "Collega " + TestData.unique());
        long outsider = testData.accountId(testData.departmentStaff(Role.CASE_HANDLER, "Buitenstaander"));

        ConversationDetail before = asHandler.call(() -> caseHandling.conversation(world.handler(), asked.conversationId()));
        assertTrue(before.caseHandlers().stream().anyMatch(choice -> choice.id() == colleague));
        assertTrue(before.caseHandlers().stream().noneMatch(choice -> choice.id() == outsider));

        asHandler.call(() -> {
            caseHandling.assign(world.handler(), asked.conversationId(), colleague);
            return null;
        });
        ConversationDetail after = asHandler.call(() -> caseHandling.conversation(world.handler(), asked.conversationId()));
        assertEquals(colleague, after.caseHandlerId());
        assertEquals(1, asHandler.call(() -> inbox.count(world.handler(),
                InboxFilter.any().withCaseHandler(colleague))));

        assertThrows(RejectedInput.class, () -> asHandler.call(() -> {
            caseHandling.assign(world.handler(), asked.conversationId(), outsider);
            return null;
        }));
    }

    @Test
    @DisplayName("BO-2 a reply with an attachment answers the conversation and notifies its contacts only")
    void reply() throws Exception {
        World world = world("WZC Antwoord " + TestData.unique());
        String contact = email();
        String bystander = email();
        Sent asked = ask(world, "Graag antwoord", contact);
        ask(world, "Andere draad", bystander);

        UploadRef file = asHandler.call(() -> uploads.park(world.handler(), "antwoord.txt",
                new ByteArrayInputStream("Bijlage bij het antwoord".getBytes(StandardCharsets.UTF_8))));
        asHandler.call(() -> caseHandling.reply(world.handler(), asked.conversationId(), "Ons antwoord", List.of(file)));

        ConversationDetail detail = asHandler.call(() -> caseHandling.conversation(world.handler(), asked.conversationId()));
        assertEquals(ConversationStatus.ANSWERED, detail.status());
        assertEquals(2, detail.messages().size());
        assertEquals(Direction.RECEIVED, detail.messages().get(1).getDirection());
        assertEquals("antwoord.txt", detail.messages().get(1).getAttachments().get(0).getFileName());
        long attachment = detail.messages().get(1).getAttachments().get(0).getId();
        assertEquals("antwoord.txt", asHandler.call(() -> caseHandling.attachment(world.handler(), attachment)).fileName());

        assertEquals(List.of(MailKind.MESSAGE_NOTIFICATION), mails.queuedTo(contact).stream()
                .map(mail -> mail.getKind()).toList());
        assertTrue(mails.queuedTo(bystander).stream().noneMatch(mail -> mail.getKind() == MailKind.MESSAGE_NOTIFICATION));

        World other = world("WZC Vreemd " + TestData.unique());
        assertThrows(NotFound.class, () -> asHandler.call(() -> caseHandling.attachment(other.handler(), attachment)));
    }

    @Test
    @DisplayName("BO-3 a conversation the department starts is SENT, not answered, until the facility reacts: then OPEN, and ANSWERED by the department's reply")
    void departmentStartedStatus() throws Exception {
        World world = world("WZC Verstuurd " + TestData.unique());
        Sent started = asHandler.call(() -> newMessages.publish(world.handler(), world.facility(), world.theme(),
                "Vraag van het departement", "Graag uw jaarverslag.", List.of()));
        assertEquals(ConversationStatus.SENT, statusOf(world, started));
        asHandler.call(() -> caseHandling.reply(world.handler(), started.conversationId(), "Nog een herinnering", List.of()));
        assertEquals(ConversationStatus.SENT, statusOf(world, started), "the department writing again answers nothing");
        asHandler.call(() -> {
            caseHandling.markAnswered(world.handler(), started.conversationId());
            return null;
        });
        assertEquals(ConversationStatus.SENT, statusOf(world, started), "nothing of the facility to mark answered");

        ConversationContactRow contact = new ConversationContactRow(null, "Janssens", "Jan", email(), "+32 2 553 35 00", false);
        asUser.call(() -> conversations.reply(world.facility(), world.user(), started.messageId(),
                Draft.reply("Hierbij ons verslag", List.of(), List.of(contact)), DUTCH));
        assertEquals(ConversationStatus.OPEN, statusOf(world, started));
        asHandler.call(() -> caseHandling.reply(world.handler(), started.conversationId(), "Dank u", List.of()));
        assertEquals(ConversationStatus.ANSWERED, statusOf(world, started));
    }

    private ConversationStatus statusOf(World world, Sent sent) throws Exception {
        return asHandler.call(() -> caseHandling.conversation(world.handler(), sent.conversationId())).status();
    }

    @Test
    @DisplayName("BO-3 SEC-2 a new message under a theme outside the caller's teams is not found, nothing stored")
    void publishOutsideScope() throws Exception {
        World first = world("WZC Buiten bereik " + TestData.unique());
        World stranger = world("WZC Vreemd thema " + TestData.unique());

        assertThrows(NotFound.class, () -> asHandler.call(() -> newMessages.publish(stranger.handler(), first.facility(),
                first.theme(), "Niet mijn thema", "Tekst", List.of())));

        assertEquals(0, testData.conversationsOf(first.facility()));
    }

    @Test
    @DisplayName("BO-2 BO-3 MSG-10 a department message with a text over 20 000 characters, a title over 200, or without theme or facility is refused with every problem at once, nothing stored")
    void refusedMessages() throws Exception {
        World world = world("WZC Te lang " + TestData.unique());
        Sent asked = ask(world, "Graag antwoord", email());
        String tooLong = "x".repeat(20_001);

        RejectedInput reply = assertThrows(RejectedInput.class,
                () -> asHandler.call(() -> caseHandling.reply(world.handler(), asked.conversationId(), tooLong, List.of())));
        assertEquals(List.of(Problem.of("text", "compose.text.too-long", 20_000)), reply.problems());
        assertEquals(1, asHandler.call(() -> caseHandling.conversation(world.handler(), asked.conversationId())).messages().size());

        RejectedInput publish = assertThrows(RejectedInput.class, () -> asHandler.call(() -> newMessages.publish(world.handler(),
                world.facility(), world.theme(), "x".repeat(201), tooLong, List.of())));
        assertEquals(List.of(Problem.of("title", "compose.title.too-long", 200), Problem.of("text", "compose.text.too-long", 20_000)),
                publish.problems());
        RejectedInput toAll = assertThrows(RejectedInput.class, () -> asHandler.call(() -> circulars.send(world.handler(),
                world.theme(), "Rondzendbrief", tooLong, List.of())));
        assertEquals(List.of(Problem.of("text", "compose.text.too-long", 20_000)), toAll.problems());

        RejectedInput nothingChosen = assertThrows(RejectedInput.class, () -> asHandler.call(() -> newMessages.publish(world.handler(),
                null, null, " ", "", List.of())));
        assertEquals(List.of("new-message.theme.required", "new-message.facility.required", "compose.title.required",
                "compose.text.required"), nothingChosen.problems().stream().map(Problem::messageKey).toList());
        RejectedInput noTheme = assertThrows(RejectedInput.class, () -> asHandler.call(() -> circulars.send(world.handler(),
                null, "Rondzendbrief", "Tekst", List.of())));
        assertEquals(List.of(Problem.of("theme", "new-message.theme.required")), noTheme.problems());

        assertEquals(1, testData.conversationsOf(world.facility()), "only the conversation the facility started");
    }

    @Test
    @DisplayName("MAIL-8 MSG-10 a message title with a line break or a text with a NUL is refused at its field; line breaks and tabs in a text pass")
    void controlCharactersInMessages() throws Exception {
        World world = world("WZC Stuurtekens " + TestData.unique());

        RejectedInput publish = assertThrows(RejectedInput.class, () -> asHandler.call(() -> newMessages.publish(world.handler(),
                world.facility(), world.theme(), "Titel\nBcc: spion@elders.example", "Tekst met \u0000 erin", List.of())));
        assertEquals(List.of(Problem.of("title", "validation.control-characters"), Problem.of("text", "validation.control-characters")),
                publish.problems());
        assertEquals(0, testData.conversationsOf(world.facility()), "nothing stored");

        asHandler.call(() -> newMessages.publish(world.handler(), world.facility(), world.theme(), "Titel",
                "Eerste regel\r\n\tingesprongen tweede regel", List.of()));
        assertEquals(1, testData.conversationsOf(world.facility()), "a text of several lines is a text");
    }
}
