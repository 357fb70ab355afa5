package be.eloket.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import be.eloket.conversation.boundary.CaseHandling;
import be.eloket.conversation.boundary.Conversations;
import be.eloket.conversation.boundary.Circulars;
import be.eloket.conversation.boundary.NewMessages;
import be.eloket.conversation.boundary.Uploads;
import be.eloket.conversation.control.ContentStore;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.Download;
import be.eloket.conversation.model.MessageFilter;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.StoredContent;
import be.eloket.conversation.model.UploadRef;
import be.eloket.test.AsCaseHandler;
import be.eloket.test.AsFacilityUser;
import be.eloket.test.InServerTest;
import be.eloket.test.Jobs;
import be.eloket.test.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Attachments stored once and streamed (MSG-17, BO-10). */
class ContentStoreTest extends InServerTest {

    private static final int MIB = 1024 * 1024;

    @EJB
    ContentStore store;

    @EJB
    Uploads uploads;

    @EJB
    NewMessages newMessages;

    @EJB
    Circulars circulars;

    @EJB
    Conversations conversations;

    @EJB
    CaseHandling caseHandling;

    @EJB
    AsCaseHandler asHandler;

    @EJB
    AsFacilityUser asUser;

    @EJB
    TestData testData;

    @Resource(lookup = "java:jboss/datasources/EloketDS")
    DataSource database;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** A facility with one theme, and a case handler of the theme's team who writes to it. */
    private record World(long facility, long theme, long handler) {
    }

    private World world(String name) {
        long facility = testData.facility(name + " " + TestData.unique(), 1);
        return new World(facility, testData.themeIds(facility).get(0), testData.caseHandlerOf(facility, "Behandelaar " + name));
    }

    /** {@code size} bytes no other test has: the start of a PDF, then random bytes. */
    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random().nextBytes(content);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    /** A text file of {@code size} bytes no other test has. */
    private static byte[] text(int size) {
        String line = "Aan alle voorzieningen van het thema, " + TestData.unique() + ".\n";
        return line.repeat(size / line.length() + 1).substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** The one number {@code sql} answers for {@code parameter}: a count or an id. */
    private long number(String sql, Object parameter) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private StoredContent stored(byte[] content) {
        return store.store(new ByteArrayInputStream(content));
    }

    @Test
    @DisplayName("BO-10 a file sent to every facility of a theme is stored once: one stored content, its chunks once, each conversation's attachment refers to it")
    void sentToManyStoredOnce() throws Exception {
        World first = world("WZC Opslag A");
        List<Long> facilities = List.of(first.facility(), testData.facility("WZC Opslag B " + TestData.unique(), 1),
                testData.facility("WZC Opslag C " + TestData.unique(), 1));
        facilities.subList(1, 3).forEach(facility -> testData.addTheme(facility, first.theme()));
        byte[] circular = text(MIB + MIB / 2);
        UploadRef file = asHandler.call(() -> uploads.park(first.handler(), "rondzendbrief.txt", new ByteArrayInputStream(circular)));

        long circularId = asHandler.call(() -> circulars.send(first.handler(), first.theme(), "Rondzendbrief",
                "Aan alle voorzieningen", List.of(file)));
        Jobs.awaitUntil(() -> testData.conversationsPerFacilityOf(circularId).size() == 3, Duration.ofMinutes(2), "the circular");

        String sha256 = sha256(circular);
        assertEquals(1, number("select count(*) from stored_content where sha256 = ?", sha256));
        long contentId = number("select id from stored_content where sha256 = ?", sha256);
        assertEquals(2, number("select count(*) from stored_content_chunk where content_id = ?", contentId), "1.5 MiB: two chunks, once");
        assertEquals(3, number("select count(*) from attachment where content_id = ?", contentId));
        for (long facility : facilities) {
            long received = asUser.call(() -> conversations.messages(facility, MessageFilter.of(Direction.RECEIVED), 0, 1))
                    .get(0).id();
            long attachment = asUser.call(() -> conversations.open(facility, received)).attachments().get(0).id();
            try (InputStream content = asUser.call(() -> conversations.attachment(facility, attachment)).content()) {
                assertArrayEquals(circular, content.readAllBytes(), "facility " + facility);
            }
        }
    }

    @Test
    @DisplayName("MSG-17 BO-10 two servers storing the same file at the same moment keep one stored content")
    void storedTogetherOnce() throws Exception {
        byte[] content = pdf(2 * MIB + 7);
        Callable<StoredContent> storing = () -> stored(content);

        Future<StoredContent> one = executor.submit(storing);
        Future<StoredContent> other = executor.submit(storing);

        assertEquals(one.get().id(), other.get().id());
        assertEquals(1, number("select count(*) from stored_content where sha256 = ?", sha256(content)));
        assertEquals(3, number("select count(*) from stored_content_chunk where content_id = ?", one.get().id()));
    }

    @Test
    @DisplayName("MSG-17 a stored content is read one chunk at a time: nothing before the first byte, one chunk for it, five for a 5 MiB file")
    void readChunkByChunk() throws Exception {
        byte[] content = pdf(5 * MIB);
        StoredContent stored = stored(content);
        assertEquals(new StoredContent(stored.id(), sha256(content), content.length), stored);

        try (ContentStore.ContentStream stream = store.open(stored.id())) {
            assertEquals(0, stream.chunksRead(), "opened, nothing read yet");
            byte[] start = new byte[100];
            assertEquals(100, stream.readNBytes(start, 0, 100));
            assertEquals(1, stream.chunksRead(), "the first bytes need the first chunk only");
            byte[] rest = stream.readAllBytes();
            assertEquals(5, stream.chunksRead());
            assertEquals(content.length - 100, rest.length);
            assertEquals(-1, stream.read());
            assertEquals(5, stream.chunksRead(), "the end is known from the size, without another query");
        }
    }

    @Test
    @DisplayName("MSG-17 a content no attachment or parked upload refers to is removed an hour after it was stored; the contents of messages and parked files stay")
    void unreferencedRemoved() throws Exception {
        World world = world("WZC Opruimen");
        StoredContent unreferenced = stored(pdf(MIB + 1));
        byte[] parkedBytes = pdf(1000);
        UploadRef parked = asHandler.call(() -> uploads.park(world.handler(), "geparkeerd.pdf", new ByteArrayInputStream(parkedBytes)));
        byte[] sentBytes = pdf(2000);
        UploadRef toSend = asHandler.call(() -> uploads.park(world.handler(), "verstuurd.pdf", new ByteArrayInputStream(sentBytes)));
        asHandler.call(() -> newMessages.publish(world.handler(), world.facility(), world.theme(), "Met bijlage", "Tekst",
                List.of(toSend)));
        long parkedContent = number("select content_id from parked_upload where id = ?", parked.id());
        long sentContent = number("select id from stored_content where sha256 = ?", sha256(sentBytes));

        store.removeUnreferencedBefore(Instant.now().minus(Duration.ofHours(1)));
        assertNotNull(store.find(unreferenced.id()), "stored a moment ago: another transaction may be about to refer to it");

        store.removeUnreferencedBefore(Instant.now().plusSeconds(1));
        assertNull(store.find(unreferenced.id()));
        assertEquals(0, number("select count(*) from stored_content_chunk where content_id = ?", unreferenced.id()));
        assertNotNull(store.find(parkedContent), "a parked file's content stays");
        assertNotNull(store.find(sentContent), "an attachment's content stays");
        assertEquals(0, number("select count(*) from parked_upload where content_id = ?", sentContent), "sent: no longer parked");
    }

    @Test
    @DisplayName("MSG-17 a file of several chunks is parked, sent and downloaded byte for byte, a chunk at a time, by the facility and by the department")
    void roundTrip() throws Exception {
        World world = world("WZC Heen en terug");
        byte[] content = pdf(3 * MIB + MIB / 3);
        UploadRef file = asHandler.call(() -> uploads.park(world.handler(), "verslag.pdf", new ByteArrayInputStream(content)));
        Sent sent = asHandler.call(() -> newMessages.publish(world.handler(), world.facility(), world.theme(), "Verslag",
                "In bijlage het verslag", List.of(file)));
        long attachment = asUser.call(() -> conversations.open(world.facility(), sent.messageId())).attachments().get(0).id();

        for (Callable<Download> downloading : List.<Callable<Download>>of(
                () -> asUser.call(() -> conversations.attachment(world.facility(), attachment)),
                () -> asHandler.call(() -> caseHandling.attachment(world.handler(), attachment)))) {
            Download download = downloading.call();
            assertEquals("verslag.pdf", download.fileName());
            assertEquals("application/pdf", download.mediaType());
            assertEquals(content.length, download.size());
            assertEquals(sha256(content), download.sha256());
            try (ContentStore.ContentStream stream = (ContentStore.ContentStream) download.content()) {
                assertEquals(0, stream.chunksRead(), "nothing is read before the download is sent");
                assertEquals(sha256(content), sha256(stream.readAllBytes()));
                assertEquals(4, stream.chunksRead(), "3⅓ MiB: four chunks, one at a time");
            }
        }
    }
}
