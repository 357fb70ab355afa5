package be.eloket.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.audit.boundary.AuditTrail;
import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.AuditFilter;
import be.eloket.audit.model.AuditLine;
import be.eloket.audit.model.FieldChange;
import be.eloket.conversation.boundary.CaseHandling;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.boundary.Inbox;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.model.ConversationContactRow;
import be.eloket.conversation.model.Draft;
import be.eloket.conversation.model.InboxFilter;
import be.eloket.conversation.model.InboxLine;
import be.eloket.conversation.model.Sent;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.test.AsAdministrator;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The inbox's "unread" filter (BO-2) and the audit of assigning and marking answered (SEC-5). */
class InboxReadingAndAuditTest extends InServerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @EJB
    Inbox inbox;

    @EJB
    CaseHandling caseHandling;

    @EJB
    Conversations conversations;

    @EJB
    AuditTrail auditTrail;

    @EJB
    AsCaseHandler asHandler;

    @EJB
    AsAdministrator asAdmin;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    private record World(String name, long facility, long theme, long user, long handler) {
    }

    private World world(String name) {
        long facility = testData.facility(name, 1);
        return new World(name, facility, testData.themeIds(facility).get(0),
                testData.accountId(testData.facilityUser(facility, "Gebruiker " + name)),
                testData.caseHandlerOf(facility, "Behandelaar " + name));
    }

    private static ConversationContactRow contact() {
        return new ConversationContactRow(null, "Janssens", "Jan", "lezen-" + TestData.unique() + "@voorziening.example",
                "+32 2 553 35 00", false);
    }

    private Sent ask(World world, String title) throws Exception {
        return asUser.call(() -> conversations.start(world.facility(), world.user(),
                new Draft(world.theme(), title, "Vraag: " + title, List.of(), List.of(contact()), null, null), DUTCH));
    }

    private List<String> unread(long account, World world) throws Exception {
        InboxFilter filter = InboxFilter.any().withFacility(world.name()).unreadOnly(true);
        return asHandler.call(() -> inbox.messages(account, filter, 0, 20)).stream().map(InboxLine::title).toList();
    }

    @Test
    @DisplayName("BO-2 a facility's messages are unread for the whole department until someone of it opens the conversation")
    void unreadUntilOpened() throws Exception {
        World world = world("WZC Ongelezen " + TestData.unique());
        Sent first = ask(world, "Eerste");
        ask(world, "Tweede");
        long admin = testData.accountId(testData.departmentStaff(Role.ADMINISTRATOR, "Beheerder"));
        assertEquals(List.of("Tweede", "Eerste"), unread(world.handler(), world));
        assertTrue(asHandler.call(() -> inbox.messages(world.handler(), InboxFilter.any().withFacility(world.name()), 0, 20))
                .stream().allMatch(InboxLine::isUnread));

        asHandler.call(() -> caseHandling.conversation(world.handler(), first.conversationId()));
        assertEquals(List.of("Tweede", "Eerste"), unread(world.handler(), world), "reading the detail for a reply is no opening");

        asAdmin.call(() -> caseHandling.open(admin, first.conversationId()));

        assertEquals(List.of("Tweede"), unread(world.handler(), world), "read for the case handler too");
        assertEquals(1, asHandler.call(() -> inbox.count(world.handler(),
                InboxFilter.any().withFacility(world.name()).unreadOnly(true))));
        List<InboxLine> all = asHandler.call(() -> inbox.messages(world.handler(),
                InboxFilter.any().withFacility(world.name()), 0, 20));
        assertEquals(List.of("Tweede true", "Eerste false"), all.stream().map(line -> line.title() + " " + line.isUnread()).toList());

        asUser.call(() -> conversations.reply(world.facility(), world.user(), first.messageId(),
                Draft.reply("Nog een vraag", List.of(), List.of(contact())), DUTCH));
        assertEquals(List.of("Re: Eerste", "Tweede"), unread(world.handler(), world), "a new message is unread again");
    }

    @Test
    @DisplayName("BO-2 whoever replies has read what the facility wrote: after a reply the conversation's messages are no longer unread")
    void replyingReads() throws Exception {
        World world = world("WZC Beantwoord " + TestData.unique());
        Sent asked = ask(world, "Vraag");
        ask(world, "Andere vraag");

        asHandler.call(() -> caseHandling.reply(world.handler(), asked.conversationId(), "Ons antwoord", List.of()));

        assertEquals(List.of("Andere vraag"), unread(world.handler(), world), "only the conversation nobody answered");
    }

    @Test
    @DisplayName("SEC-5 assigning a conversation and marking it answered are audited: who, when, case handler and status before → after")
    void assignAndMarkAnsweredAudited() throws Exception {
        World world = world("WZC Toewijzing Audit " + TestData.unique());
        Sent asked = ask(world, "Wie neemt dit?");
        String colleagueName = "Collega " + TestData.unique();
        long colleague = testData.caseHandlerOf(world.facility(), colleagueName);
        long outsider = testData.accountId(testData.departmentStaff(Role.CASE_HANDLER, "Buitenstaander"));
        AuditFilter ofConversations = AuditFilter.any().withFacility(world.facility()).withSubjectKind(SubjectKind.CONVERSATION);

        asHandler.call(() -> {
            caseHandling.assign(world.handler(), asked.conversationId(), colleague);
            return null;
        });
        assertThrows(RejectedInput.class, () -> asHandler.call(() -> {
            caseHandling.assign(world.handler(), asked.conversationId(), outsider);
            return null;
        }));
        asHandler.call(() -> {
            caseHandling.assign(world.handler(), asked.conversationId(), colleague);
            return null;
        });
        asHandler.call(() -> {
            caseHandling.markAnswered(world.handler(), asked.conversationId());
            return null;
        });
        asHandler.call(() -> {
            caseHandling.markAnswered(world.handler(), asked.conversationId());
            return null;
        });

        List<AuditLine> entries = asAdmin.call(() -> auditTrail.entries(ofConversations, 0, 10));
        assertEquals(List.of("MARKED_ANSWERED", "ASSIGNED"), entries.stream().map(AuditLine::getAction).toList(),
                "one entry per change, none for a refused or an unchanged one, the newest first");
        AuditLine answered = entries.get(0);
        AuditLine assigned = entries.get(1);
        assertEquals(asked.conversationId(), assigned.getSubjectId());
        assertEquals(List.of(new FieldChange("caseHandler", null, colleagueName)), assigned.getChanges());
        assertEquals(List.of(new FieldChange("status", "OPEN", "ANSWERED")), answered.getChanges());
        assertFalse(assigned.getActor().isBlank());
        assertTrue(!assigned.getAt().isAfter(answered.getAt()));
        assertEquals(ConversationStatus.ANSWERED,
                asHandler.call(() -> caseHandling.conversation(world.handler(), asked.conversationId())).status());
        assertTrue(asUser.call(() -> auditTrail.recent(world.facility())).stream()
                        .noneMatch(line -> line.getSubjectKind() == SubjectKind.CONVERSATION),
                "the department's handling stays out of the facility's own history");
    }

    @Test
    @DisplayName("BO-2 SEC-2 a facility user cannot open, assign or mark answered in the backoffice inbox")
    void facilityUserRefused() throws Exception {
        World world = world("WZC Geen Inbox " + TestData.unique());
        Sent asked = ask(world, "Mijn vraag");
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> caseHandling.open(world.user(), asked.conversationId())));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> {
            caseHandling.markAnswered(world.user(), asked.conversationId());
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> {
            caseHandling.assign(world.user(), asked.conversationId(), world.handler());
            return null;
        }));
        assertEquals(List.of("Mijn vraag"), unread(world.handler(), world));
    }
}
