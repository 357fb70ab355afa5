package be.eloket.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.eloket.contact.boundary.Confirmations;
import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.model.ContactList;
import be.eloket.contact.model.ContactRow;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.boundary.Uploads;
import be.eloket.conversation.control.ParkedUploads;
import be.eloket.conversation.control.Postings;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.AttachmentSummary;
import be.eloket.conversation.model.ConversationContactRow;
import be.eloket.conversation.model.Download;
import be.eloket.conversation.model.Draft;
import be.eloket.conversation.model.MessageDetail;
import be.eloket.conversation.model.MessageFilter;
import be.eloket.conversation.model.MessageLine;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.Upload;
import be.eloket.conversation.model.UploadRef;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.entity.QueuedMail;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Message threading at its boundaries (MSG-2..17). */
class ConversationsTest extends InServerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @EJB
    Conversations conversations;

    @EJB
    Postings department;

    @EJB
    Uploads uploads;

    @EJB
    ParkedUploads parkedUploads;

    @EJB
    ContactPersons contactPersons;

    @EJB
    Confirmations confirmations;

    @EJB
    AsFacilityUser asUser;

    @EJB
    AsCaseHandler asHandler;

    @EJB
    TestData testData;

    @EJB
    TestMails mails;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** A facility with a theme, a user, a case handler of the theme, and a confirmed contact person. */
    private record World(long facility, long theme, long user, long handler, String contactEmail, long contactId) {

        /** The theme's confirmed contact person, as "Contactdetails" lists it. */
        ConversationContactRow standardContact() {
            return new ConversationContactRow(contactId, "Contact", "Vaste", contactEmail, "+32 2 553 35 00", true);
        }
    }

    /** A file attached in the composer: parked in the database by {@code account}, as the upload does. */
    private UploadRef parked(long account, String name, byte[] content) throws Exception {
        return asUser.call(() -> uploads.park(account, name, new ByteArrayInputStream(content)));
    }

    /**
     * A file parked without the upload's checks, as one parked before a limit was lowered: what
     * "Verzenden" must still refuse.
     */
    private UploadRef parkedUnchecked(long account, String name, byte[] content) {
        return parkedUploads.park(account, testData.upload(name, content));
    }

    private World world(String name) throws Exception {
        long facility = testData.facility(name, 1);
        long theme = testData.themeIds(facility).get(0);
        long user = testData.accountId(testData.facilityUser(facility, "Gebruiker " + name));
        long handler = testData.caseHandlerOf(facility, "Behandelaar " + name);
        String email = "contact-" + TestData.unique() + "@voorziening.example";
        long version = asUser.call(() -> contactPersons.list(facility)).version();
        asUser.call(() -> contactPersons.save(facility, version,
                List.of(new ContactRow(null, "Contact", "Vaste", email, "+32 2 553 35 00", List.of(theme))), DUTCH));
        confirmations.confirm(mails.confirmationToken(email));
        long contactId = asUser.call(() -> contactPersons.list(facility)).rows().get(0).getId();
        return new World(facility, theme, user, handler, email, contactId);
    }

    private Sent publish(World world, String title) throws Exception {
        return asHandler.call(() -> department.departmentStarts(world.facility(), world.theme(), title, "Inhoud " + title, List.of(), world.handler()));
    }

    private static ConversationContactRow contact(String email, boolean standard) {
        return new ConversationContactRow(null, "Janssens", "Jan", email, "+32 2 553 35 00", standard);
    }

    @Test
    @DisplayName("MSG-7 MSG-9 a reply starts from the contact persons as the contacts tab holds them now: a change made there is not undone, a person removed there is a contact of this conversation only, and the reply is sent")
    void replyFollowsContactsTab() throws Exception {
        World world = world("WZC Actueel");
        Sent first = publish(world, "Vraag");
        ContactList list = asUser.call(() -> contactPersons.list(world.facility()));
        ContactRow person = list.rows().get(0);
        ContactRow newPhone = new ContactRow(person.getId(), person.getLastName(), person.getFirstName(), person.getEmail(),
                "+32 9 999 99 99", List.of(world.theme()));
        asUser.call(() -> contactPersons.save(world.facility(), list.version(), List.of(newPhone), DUTCH));

        List<ConversationContactRow> rows = asUser.call(() -> conversations.contactsFor(world.facility(), null, first.messageId()));
        assertEquals(List.of("+32 9 999 99 99"), rows.stream().map(ConversationContactRow::getPhone).toList());
        assertEquals(world.contactId(), rows.get(0).getContactPersonId());
        assertTrue(rows.get(0).isStandard());

        long version = asUser.call(() -> contactPersons.list(world.facility())).version();
        asUser.call(() -> contactPersons.save(world.facility(), version, List.of(), DUTCH));
        List<ConversationContactRow> left = asUser.call(() -> conversations.contactsFor(world.facility(), null, first.messageId()));
        assertEquals(List.of(world.contactEmail()), left.stream().map(ConversationContactRow::getEmail).toList());
        assertNull(left.get(0).getContactPersonId());
        assertFalse(left.get(0).isStandard());

        Sent reply = asUser.call(() -> conversations.reply(world.facility(), world.user(), first.messageId(),
                Draft.reply("Ons antwoord", List.of(), left), DUTCH));
        assertEquals(first.conversationId(), reply.conversationId());
        assertEquals(List.of(), asUser.call(() -> contactPersons.list(world.facility())).rows(),
                "the reply did not bring the removed person back");

        // A person removed while the reply was being written: said beside the line, nothing sent.
        List<ConversationContactRow> stale = List.of(new ConversationContactRow(world.contactId(), "Contact", "Vaste",
                world.contactEmail(), "+32 9 999 99 99", true));
        RejectedInput refused = assertThrows(RejectedInput.class, () -> asUser.call(() -> conversations.reply(world.facility(),
                world.user(), first.messageId(), Draft.reply("Nog een antwoord", List.of(), stale), DUTCH)));
        assertEquals(List.of(Problem.of("contacts[0].email", "compose.contacts.person-gone")), refused.problems());
    }

    @Test
    @DisplayName("MSG-5 reference numbers stay unique when many conversations start at the same moment")
    void uniqueReferences() throws Exception {
        World world = world("WZC Nummers");
        List<Future<Sent>> started = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            Callable<Sent> publish = () -> publish(world, "Tegelijk " + n);
            started.add(executor.submit(publish));
        }
        HashSet<String> references = new HashSet<>();
        for (Future<Sent> sent : started) {
            String reference = sent.get().reference();
            assertTrue(reference.matches("BER-\\d{4}-\\d{6}"), reference);
            references.add(reference);
        }
        assertEquals(20, references.size());
    }

    @Test
    @DisplayName("MSG-5 a reply keeps the reference; filtering both lists on it shows the whole conversation")
    void replyKeepsReference() throws Exception {
        World world = world("WZC Draad");
        Sent first = publish(world, "Vraag over erkenning");
        Sent reply = asUser.call(() -> conversations.reply(world.facility(), world.user(), first.messageId(),
                Draft.reply("Ons antwoord", List.of(), List.of(world.standardContact())), DUTCH));
        asHandler.call(() -> department.departmentReplies(first.conversationId(), "Dank u", List.of(), world.handler()));

        assertEquals(first.reference(), reply.reference());
        MessageFilter onReference = MessageFilter.of(Direction.RECEIVED).withReference(first.reference().toLowerCase());
        assertEquals(2, asUser.call(() -> conversations.count(world.facility(), onReference)));
        assertEquals(List.of("Re: Vraag over erkenning"), asUser.call(() -> conversations.messages(world.facility(),
                MessageFilter.of(Direction.SENT).withReference(first.reference()), 0, 5)).stream().map(MessageLine::getTitle).toList());
    }

    @Test
    @DisplayName("MSG-3 lists page in the database, five at a time, newest first; MSG-4 filters combine, case-insensitive")
    void pagingAndFilters() throws Exception {
        World world = world("WZC Lijst");
        for (int i = 1; i <= 12; i++) {
            publish(world, "Bericht " + (i < 10 ? "0" : "") + i + (i % 2 == 0 ? " Erkenning" : " Subsidie"));
        }
        MessageFilter received = MessageFilter.of(Direction.RECEIVED);

        assertEquals(12, asUser.call(() -> conversations.count(world.facility(), received)));
        List<String> firstPage = asUser.call(() -> conversations.messages(world.facility(), received, 0, 5))
                .stream().map(MessageLine::getTitle).toList();
        assertEquals(List.of("Bericht 12 Erkenning", "Bericht 11 Subsidie", "Bericht 10 Erkenning", "Bericht 09 Subsidie",
                "Bericht 08 Erkenning"), firstPage);
        assertEquals(2, asUser.call(() -> conversations.messages(world.facility(), received, 10, 5)).size());
        MessageFilter combined = received.withTitle("ERKENNING").withCounterpart("behandelaar wzc lijst");
        assertEquals(6, asUser.call(() -> conversations.count(world.facility(), combined)));
        assertEquals(0, asUser.call(() -> conversations.count(world.facility(), received.withTitle("50%_"))));
    }

    @Test
    @DisplayName("MSG-3 SEC-2 the first page, read through one statement kept prepared for every facility, holds each facility's own messages, and its size follows the page size asked")
    void firstPagePerFacility() throws Exception {
        World a = world("WZC Eerste Pagina A");
        World b = world("WZC Eerste Pagina B");
        for (int i = 1; i <= 6; i++) {
            publish(a, "A " + i);
            publish(b, "B " + i);
        }
        MessageFilter received = MessageFilter.of(Direction.RECEIVED);

        for (int round = 0; round < 2; round++) {
            assertEquals(List.of("A 6", "A 5", "A 4", "A 3", "A 2"), asUser.call(() -> conversations.messages(a.facility(),
                    received, 0, 5)).stream().map(MessageLine::getTitle).toList());
            assertEquals(List.of("B 6", "B 5", "B 4", "B 3", "B 2"), asUser.call(() -> conversations.messages(b.facility(),
                    received, 0, 5)).stream().map(MessageLine::getTitle).toList());
        }
        assertEquals(List.of("B 6", "B 5", "B 4"), asUser.call(() -> conversations.messages(b.facility(), received, 0, 3))
                .stream().map(MessageLine::getTitle).toList());
        assertEquals(List.of("A 1"), asUser.call(() -> conversations.messages(a.facility(), received, 5, 5))
                .stream().map(MessageLine::getTitle).toList());
        assertEquals(List.of("A 6"), asUser.call(() -> conversations.messages(a.facility(), received.withTitle("a 6"), 0, 5))
                .stream().map(MessageLine::getTitle).toList());
    }

    @Test
    @DisplayName("MSG-10 a message without text or without contacts, or with a contact using another person's e-mail, is refused and nothing is stored")
    void incompleteMessageIsRefused() throws Exception {
        World world = world("WZC Onvolledig");
        Draft empty = new Draft(world.theme(), " ", "", List.of(), List.of(), null, null);

        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> asUser.call(() -> conversations.start(world.facility(), world.user(), empty, DUTCH)));
        assertEquals(List.of(Problem.of("title", "compose.title.required"), Problem.of("text", "compose.text.required"),
                Problem.of("contacts", "compose.contacts.required")), refused.problems());

        Draft taken = new Draft(world.theme(), "Titel", "Tekst", List.of(), List.of(contact(world.contactEmail().toUpperCase(), false)),
                null, null);
        RejectedInput takenRefused = assertThrows(RejectedInput.class,
                () -> asUser.call(() -> conversations.start(world.facility(), world.user(), taken, DUTCH)));
        assertEquals(List.of(Problem.of("contacts[0].email", "compose.contacts.email-taken")), takenRefused.problems());
        assertEquals(0, asUser.call(() -> conversations.count(world.facility(), MessageFilter.of(null))));
    }

    @Test
    @DisplayName("MSG-11 MSG-15 a new message goes to the team or case handler chosen in Hulp nodig?, else to the theme's default team; a reply to the conversation's handler")
    void routing() throws Exception {
        World world = world("WZC Route");
        List<ConversationContactRow> contacts = List.of(world.standardContact());
        Sent toDefault = asUser.call(() -> conversations.start(world.facility(), world.user(),
                new Draft(world.theme(), "Standaard", "Tekst", List.of(), contacts, null, null), DUTCH));
        assertTrue(toDefault.routedTo().startsWith("Team "), toDefault.routedTo());

        long otherTeam = testData.otherTeam(world.facility(), "Team Hulp Nodig");
        Sent toTeam = asUser.call(() -> conversations.start(world.facility(), world.user(),
                new Draft(world.theme(), "Team", "Tekst", List.of(), contacts, otherTeam, null), DUTCH));
        assertEquals("Team Hulp Nodig", toTeam.routedTo(), "MSG-15 the team chosen in Hulp nodig?");

        Sent toHandler = asUser.call(() -> conversations.start(world.facility(), world.user(),
                new Draft(world.theme(), "Behandelaar", "Tekst", List.of(), contacts, null, world.handler()), DUTCH));
        assertEquals("Behandelaar WZC Route", toHandler.routedTo());

        Sent published = publish(world, "Van de behandelaar");
        Sent reply = asUser.call(() -> conversations.reply(world.facility(), world.user(), published.messageId(),
                Draft.reply("Antwoord", List.of(), contacts), DUTCH));
        assertEquals("Behandelaar WZC Route", reply.routedTo());
    }

    @Test
    @DisplayName("MSG-16 a new conversation of the department notifies the theme's confirmed contact persons only, without content")
    void notificationsOfNewConversation() throws Exception {
        World world = world("WZC Melding");
        String unconfirmed = "nog-niet-" + TestData.unique() + "@voorziening.example";
        var list = asUser.call(() -> contactPersons.list(world.facility()));
        List<ContactRow> rows = new ArrayList<>(list.rows());
        rows.add(new ContactRow(null, "Niet", "Bevestigd", unconfirmed, "+32 2 553 35 00", List.of(world.theme())));
        asUser.call(() -> contactPersons.save(world.facility(), list.version(), rows, DUTCH));

        Sent sent = asHandler.call(() -> department.departmentStarts(world.facility(), world.theme(), "Geheime titel", "Geheime inhoud",
                List.of(), world.handler()));

        List<QueuedMail> notices = mails.queuedTo(world.contactEmail()).stream()
                .filter(mail -> mail.getKind() == MailKind.MESSAGE_NOTIFICATION).toList();
        assertEquals(1, notices.size());
        String data = notices.get(0).getTemplateData();
        assertTrue(data.contains("/facility/message.xhtml?id=" + sent.messageId()), data);
        assertTrue(data.contains(sent.reference()), data);
        assertFalse(data.contains("Geheime"), "no title or text in the mail: " + data);
        assertTrue(mails.queuedTo(unconfirmed).stream().noneMatch(mail -> mail.getKind() == MailKind.MESSAGE_NOTIFICATION));
    }

    @Test
    @DisplayName("MSG-16 a department reply notifies the conversation's contacts, a thread-only contact included")
    void notificationsOfReply() throws Exception {
        World world = world("WZC Antwoord");
        String threadOnly = "enkel-dit-" + TestData.unique() + "@voorziening.example";
        Sent started = asUser.call(() -> conversations.start(world.facility(), world.user(), new Draft(world.theme(), "Vraag",
                "Tekst", List.of(), List.of(contact(threadOnly, false)), null, null), DUTCH));

        asHandler.call(() -> department.departmentReplies(started.conversationId(), "Ons antwoord", List.of(), world.handler()));

        assertEquals(List.of(MailKind.MESSAGE_NOTIFICATION), mails.queuedTo(threadOnly).stream().map(QueuedMail::getKind).toList());
        assertTrue(mails.queuedTo(world.contactEmail()).stream().noneMatch(mail -> mail.getKind() == MailKind.MESSAGE_NOTIFICATION),
                "the theme's contact was taken off this conversation");
    }

    @Test
    @DisplayName("MSG-9 a new standard contact person made while sending becomes an unconfirmed contact person of the theme")
    void standardContactFromMessage() throws Exception {
        World world = world("WZC Standaard");
        String fresh = "standaard-" + TestData.unique() + "@voorziening.example";

        asUser.call(() -> conversations.start(world.facility(), world.user(), new Draft(world.theme(), "Vraag", "Tekst",
                List.of(), List.of(contact(fresh, true)), null, null), DUTCH));

        ContactRow added = asUser.call(() -> contactPersons.list(world.facility())).rows().stream()
                .filter(row -> row.getEmail().equals(fresh)).findFirst().orElseThrow();
        assertFalse(added.isConfirmed());
        assertEquals(List.of(world.theme()), added.getThemeIds());
        assertEquals(MailKind.CONTACT_CONFIRMATION, mails.queuedTo(fresh).get(0).getKind());
    }

    @Test
    @DisplayName("MSG-9 editing a standard contact person in Contactdetails is the change of CP-7, mail included")
    void editStandardContactFromMessage() throws Exception {
        World world = world("WZC Pennetje");
        ConversationContactRow edited = world.standardContact();
        edited.setPhone("+32 3 777 77 77");

        asUser.call(() -> conversations.start(world.facility(), world.user(), new Draft(world.theme(), "Vraag", "Tekst",
                List.of(), List.of(edited), null, null), DUTCH));

        ContactRow stored = asUser.call(() -> contactPersons.list(world.facility())).rows().get(0);
        assertEquals("+32 3 777 77 77", stored.getPhone());
        assertTrue(stored.isConfirmed(), "a new phone number needs no new confirmation");
        List<QueuedMail> toContact = mails.queuedTo(world.contactEmail());
        assertEquals(MailKind.CONTACT_CHANGED, toContact.get(toContact.size() - 1).getKind());
    }

    @Test
    @DisplayName("MSG-17 attachments: an executable renamed .pdf is refused at upload and at sending; a real PDF is stored with a cleaned name, its size and checksum")
    void attachments() throws Exception {
        World world = world("WZC Bijlage");
        byte[] executable = new byte[512];
        executable[0] = 0x7f;
        executable[1] = 'E';
        executable[2] = 'L';
        executable[3] = 'F';
        List<ConversationContactRow> contacts = List.of(world.standardContact());

        RejectedInput atUpload = assertThrows(RejectedInput.class, () -> parked(world.user(), "factuur.pdf", executable));
        assertEquals(List.of(Problem.of("attachments[0].file", "attachments.type-not-allowed", "factuur.pdf")), atUpload.problems());

        Draft bad = new Draft(world.theme(), "Bijlage", "Tekst", List.of(parkedUnchecked(world.user(), "factuur.pdf", executable)),
                contacts, null, null);
        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> asUser.call(() -> conversations.start(world.facility(), world.user(), bad, DUTCH)));
        assertEquals(List.of(Problem.of("attachments[0].file", "attachments.type-not-allowed", "factuur.pdf")), refused.problems());

        Draft good = new Draft(world.theme(), "Bijlage", "Tekst", List.of(parked(world.user(), "C:\\temp\\..\\<verslag>\u202E.pdf", PDF)),
                contacts, null, null);
        Sent sent = asUser.call(() -> conversations.start(world.facility(), world.user(), good, DUTCH));
        MessageDetail detail = asUser.call(() -> conversations.open(world.facility(), sent.messageId()));
        assertEquals(1, detail.attachments().size());
        assertEquals("_verslag__.pdf", detail.attachments().get(0).fileName());
        Download stored = asUser.call(() -> conversations.attachment(world.facility(), detail.attachments().get(0).id()));
        assertEquals("application/pdf", stored.mediaType());
        assertEquals(PDF.length, stored.size());
        assertArrayEquals(PDF, stored.content().readAllBytes());
        assertEquals(64, stored.sha256().length());
    }

    @Test
    @DisplayName("MSG-17 a script or program with a harmless-looking content or name (.hta, .ps1, .reg, .exe, a.pdf.exe, a PDF named .txt) and a zip bomb named .docx are refused, saying why")
    void namesMustMatchTheirKind() throws Exception {
        World world = world("WZC Vermomd");
        byte[] text = "Set shell = CreateObject(\"WScript.Shell\")".getBytes(StandardCharsets.UTF_8);
        for (String name : List.of("update.hta", "script.ps1", "instelling.reg", "factuur.pdf.exe", "programma.exe", "lijst.slk")) {
            RejectedInput refused = assertThrows(RejectedInput.class, () -> parked(world.user(), name, text), name);
            assertEquals(List.of(Problem.of("attachments[0].file", "attachments.type-not-allowed", name)), refused.problems());
        }
        RejectedInput pdfAsText = assertThrows(RejectedInput.class, () -> parked(world.user(), "notities.txt", PDF));
        assertEquals(List.of(Problem.of("attachments[0].file", "attachments.type-not-allowed", "notities.txt")), pdfAsText.problems());

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 210; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bomb.size() < 1024 * 1024, "a small file: " + bomb.size() + " bytes");
        RejectedInput unpacked = assertThrows(RejectedInput.class, () -> parked(world.user(), "verslag.docx", bomb.toByteArray()));
        assertEquals(List.of(Problem.of("attachments[0].file", "attachments.unpacks-too-large", "verslag.docx")), unpacked.problems());
        assertEquals(0, testData.parkedFilesOf(world.user()), "nothing refused is parked");

        parked(world.user(), "Verslag.PDF", PDF);
        assertEquals(1, testData.parkedFilesOf(world.user()), "an extension in capitals is the same extension");
    }

    @Test
    @DisplayName("MSG-17 a file over 20 MB and an empty file are refused, at upload and at sending")
    void attachmentLimits() throws Exception {
        World world = world("WZC Groot");
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertEquals(List.of(Problem.of("attachments[0].file", "attachments.too-large", "groot.pdf", 20L)),
                assertThrows(RejectedInput.class, () -> parked(world.user(), "groot.pdf", huge)).problems());
        assertEquals(List.of(Problem.of("attachments[0].file", "attachments.empty", "leeg.pdf")),
                assertThrows(RejectedInput.class, () -> parked(world.user(), "leeg.pdf", new byte[0])).problems());
        assertEquals(0, testData.parkedFilesOf(world.user()), "a refused file is not parked");

        Draft tooBig = new Draft(world.theme(), "Groot", "Tekst",
                List.of(parkedUnchecked(world.user(), "groot.pdf", huge), parkedUnchecked(world.user(), "leeg.pdf", new byte[0])),
                List.of(world.standardContact()), null, null);

        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> asUser.call(() -> conversations.start(world.facility(), world.user(), tooBig, DUTCH)));

        assertEquals(List.of("attachments.too-large", "attachments.empty"),
                refused.problems().stream().map(Problem::messageKey).toList());
    }

    @Test
    @DisplayName("MSG-6 opening a received message marks it read and shows the other messages of the conversation")
    void detailAndHistory() throws Exception {
        World world = world("WZC Detail");
        Sent first = publish(world, "Eerste");
        asUser.call(() -> conversations.reply(world.facility(), world.user(), first.messageId(),
                Draft.reply("Tweede", List.of(), List.of(world.standardContact())), DUTCH));
        assertEquals(1, asUser.call(() -> conversations.unread(world.facility())));

        MessageDetail detail = asUser.call(() -> conversations.open(world.facility(), first.messageId()));

        assertEquals("Eerste", detail.title());
        assertEquals("Inhoud Eerste", detail.body());
        assertEquals(List.of("Re: Eerste"), detail.history().stream().map(MessageDetail::title).toList());
        assertEquals(0, asUser.call(() -> conversations.unread(world.facility())), "MSG-18 read now");
    }

    @Test
    @DisplayName("MSG-12 a sent reply opens with its fields and the conversation's history, and reads nothing for the facility")
    void sentDetail() throws Exception {
        World world = world("WZC Verstuurd");
        Sent question = publish(world, "Vraag");
        UploadRef answerFile = parked(world.user(), "antwoord.pdf", PDF);
        Sent answer = asUser.call(() -> conversations.reply(world.facility(), world.user(), question.messageId(),
                Draft.reply("Ons antwoord", List.of(answerFile), List.of(world.standardContact())), DUTCH));

        MessageDetail detail = asUser.call(() -> conversations.open(world.facility(), answer.messageId()));

        assertEquals(Direction.SENT, detail.direction());
        assertEquals(question.reference(), detail.reference());
        assertEquals("Ons antwoord", detail.body());
        assertEquals(List.of("antwoord.pdf"), detail.attachments().stream().map(AttachmentSummary::fileName).toList());
        assertEquals(List.of("Vraag"), detail.history().stream().map(MessageDetail::title).toList());
        assertEquals(1, asUser.call(() -> conversations.unread(world.facility())),
                "opening a sent message leaves the received question unread");
    }

    @Test
    @DisplayName("MSG-18 the unread count holds the facility's received messages nobody opened; opening one lowers it once")
    void unreadCount() throws Exception {
        World world = world("WZC Ongelezen");
        World other = world("WZC Ongelezen Elders");
        Sent first = publish(world, "Eerste");
        publish(world, "Tweede");
        publish(other, "Elders");
        asUser.call(() -> conversations.start(world.facility(), world.user(),
                new Draft(world.theme(), "Eigen bericht", "Tekst", List.of(), List.of(world.standardContact()), null, null), DUTCH));
        assertEquals(2, asUser.call(() -> conversations.unread(world.facility())), "own sent messages do not count");

        asUser.call(() -> conversations.open(world.facility(), first.messageId()));
        asUser.call(() -> conversations.open(world.facility(), first.messageId()));

        assertEquals(1, asUser.call(() -> conversations.unread(world.facility())));
        assertEquals(1, asUser.call(() -> conversations.unread(other.facility())), "another facility's count is its own");
    }

    @Test
    @DisplayName("SEC-2 a user of facility A gets not found for facility B's message and attachment")
    void otherFacilityIsNotFound() throws Exception {
        World a = world("WZC A");
        World b = world("WZC B");
        Sent ofB = asHandler.call(() -> department.departmentStarts(b.facility(), b.theme(), "Voor B", "Enkel B",
                List.of(testData.upload("b.pdf", PDF)), b.handler()));
        long attachmentOfB = asUser.call(() -> conversations.open(b.facility(), ofB.messageId())).attachments().get(0).id();

        assertThrows(NotFound.class, () -> asUser.call(() -> conversations.open(a.facility(), ofB.messageId())));
        assertThrows(NotFound.class, () -> asUser.call(() -> conversations.attachment(a.facility(), attachmentOfB)));
        assertThrows(NotFound.class, () -> asUser.call(() -> conversations.reply(a.facility(), a.user(), ofB.messageId(),
                Draft.reply("Kaping", List.of(), List.of(a.standardContact())), DUTCH)));
        assertEquals(0, asUser.call(() -> conversations.count(a.facility(), MessageFilter.of(null).withReference(ofB.reference()))));
    }

    @Test
    @DisplayName("MSG-17 MSG-10 a file attached while writing waits in the database: a refused message keeps it, the sent message takes it, and it cannot be sent twice")
    void parkedUntilSent() throws Exception {
        World world = world("WZC Geparkeerd");
        UploadRef file = parked(world.user(), "plan.pdf", PDF);
        assertEquals(new UploadRef(file.id(), "plan.pdf", PDF.length), file, "the page keeps name and size, not the content");

        Draft untitled = new Draft(world.theme(), " ", "Tekst", List.of(file), List.of(world.standardContact()), null, null);
        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> asUser.call(() -> conversations.start(world.facility(), world.user(), untitled, DUTCH)));
        assertEquals(List.of("compose.title.required"), refused.problems().stream().map(Problem::messageKey).toList());

        Draft titled = new Draft(world.theme(), "Plan", "Tekst", List.of(file), List.of(world.standardContact()), null, null);
        Sent sent = asUser.call(() -> conversations.start(world.facility(), world.user(), titled, DUTCH));
        MessageDetail detail = asUser.call(() -> conversations.open(world.facility(), sent.messageId()));
        assertEquals(List.of("plan.pdf"), detail.attachments().stream().map(AttachmentSummary::fileName).toList(),
                "the file refused with the message before is sent with it now");

        RejectedInput again = assertThrows(RejectedInput.class,
                () -> asUser.call(() -> conversations.start(world.facility(), world.user(), titled, DUTCH)));
        assertEquals(List.of(Problem.of("attachments[0].file", "attachments.gone", "plan.pdf")), again.problems());
    }

    @Test
    @DisplayName("MSG-17 SEC-2 a file parked by one person cannot be sent by another: it is unknown to him and nothing is stored")
    void parkedFileOfAnotherAccount() throws Exception {
        World a = world("WZC Parkeer A");
        World b = world("WZC Parkeer B");
        UploadRef ofB = parked(b.user(), "geheim.pdf", PDF);
        Draft byA = new Draft(a.theme(), "Poging", "Tekst", List.of(ofB), List.of(a.standardContact()), null, null);

        RejectedInput refused = assertThrows(RejectedInput.class,
                () -> asUser.call(() -> conversations.start(a.facility(), a.user(), byA, DUTCH)));

        assertEquals(List.of(Problem.of("attachments[0].file", "attachments.gone", "geheim.pdf")), refused.problems());
        assertEquals(0, asUser.call(() -> conversations.count(a.facility(), MessageFilter.of(Direction.SENT))));
        Draft byB = new Draft(b.theme(), "Eigen", "Tekst", List.of(ofB), List.of(b.standardContact()), null, null);
        Sent sent = asUser.call(() -> conversations.start(b.facility(), b.user(), byB, DUTCH));
        assertEquals(List.of("geheim.pdf"), asUser.call(() -> conversations.open(b.facility(), sent.messageId())).attachments()
                .stream().map(AttachmentSummary::fileName).toList(), "its owner still sends it");
    }

    @Test
    @DisplayName("MSG-17 an account parks at most the configured weight of files at a time (30 MB in the tests): the next file is refused with the limit, and sending a message makes room")
    void parkedWeightLimited() throws Exception {
        World world = world("WZC Zwaar");
        byte[] twelveMegabytes = new byte[12 * 1024 * 1024];
        System.arraycopy(PDF, 0, twelveMegabytes, 0, PDF.length);
        UploadRef first = parked(world.user(), "een.pdf", twelveMegabytes);
        UploadRef second = parked(world.user(), "twee.pdf", twelveMegabytes);

        RejectedInput refused = assertThrows(RejectedInput.class, () -> parked(world.user(), "drie.pdf", twelveMegabytes));
        assertEquals(List.of(Problem.of("attachments", "attachments.parked-too-large", 30L)), refused.problems());

        Draft draft = new Draft(world.theme(), "Zwaar", "Tekst", List.of(first, second), List.of(world.standardContact()), null, null);
        asUser.call(() -> conversations.start(world.facility(), world.user(), draft, DUTCH));
        assertEquals("drie.pdf", parked(world.user(), "drie.pdf", twelveMegabytes).fileName(), "sent files no longer count");
    }

    @Test
    @DisplayName("MSG-17 a file removed from the list before sending is gone from the database; another person cannot remove it")
    void parkedFileRemoved() throws Exception {
        World world = world("WZC Verwijderd");
        World other = world("WZC Verwijderd Elders");
        UploadRef kept = parked(world.user(), "blijft.pdf", PDF);
        UploadRef removed = parked(world.user(), "weg.pdf", PDF);

        asUser.call(() -> {
            uploads.discard(other.user(), kept);
            return null;
        });
        asUser.call(() -> {
            uploads.discard(world.user(), removed);
            return null;
        });

        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of("blijft.pdf"), parkedUploads.contents(world.user(), List.of(kept, removed), problems).stream()
                .map(Upload::fileName).toList());
        assertEquals(List.of(Problem.of("attachments[1].file", "attachments.gone", "weg.pdf")), problems);
    }

    @Test
    @DisplayName("MSG-17 files parked and never sent are removed after a day; newer ones stay")
    void abandonedParkedFilesRemoved() throws Exception {
        World world = world("WZC Vergeten");
        UploadRef file = parked(world.user(), "vergeten.pdf", PDF);

        parkedUploads.removeParkedBefore(Instant.now().minus(Duration.ofDays(1)));
        List<Problem> problems = new ArrayList<>();
        assertEquals(1, parkedUploads.contents(world.user(), List.of(file), problems).size(), "parked a moment ago: stays");

        assertTrue(parkedUploads.removeParkedBefore(Instant.now().plusSeconds(1)) >= 1);
        assertEquals(List.of(), parkedUploads.contents(world.user(), List.of(file), problems));
        assertEquals(List.of(Problem.of("attachments[0].file", "attachments.gone", "vergeten.pdf")), problems);
    }
}
