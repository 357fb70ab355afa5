package be.eloket.conversation.control;

import be.eloket.conversation.model.StoredContent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * The bytes of attachments and parked uploads (MSG-17), stored once per distinct content and
 * read and written one chunk of {@value #CHUNK_BYTES} bytes at a time, so that neither an upload
 * nor a download holds a whole file in memory. A file sent to every facility of a theme is one
 * stored content that each message's attachment refers to (BO-10).
 *
 * <p>A content that no attachment, parked upload or circular refers to any more (a parked file removed
 * or abandoned) is removed an hour after it was stored; attachments of messages are never
 * removed, so neither are their contents.
 *
 * <p>Written and read with JDBC on the application's JTA datasource: within a transaction the
 * connection is the caller's, so chunks written by it are read back by it before it commits.
 */
@Stateless
@PermitAll
public class ContentStore {

    private static final Logger LOG = System.getLogger(ContentStore.class.getName());

    static final int CHUNK_BYTES = 1024 * 1024;

    @Resource(lookup = "java:jboss/datasources/EloketDS")
    DataSource database;

    /**
     * Stores {@code content}, read to its end but not closed, and answers where it is. The same
     * bytes stored before are not kept twice: the content stored then is answered, and the chunks
     * just written are removed.
     */
    public StoredContent store(InputStream content) {
        MessageDigest sha256 = sha256();
        byte[] chunk = new byte[CHUNK_BYTES];
        try (Connection connection = database.getConnection()) {
            long id = nextId(connection);
            long size = 0;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into stored_content_chunk (content_id, seq, bytes) values (?, ?, ?)")) {
                for (int seq = 0; ; seq++) {
                    int filled = content.readNBytes(chunk, 0, CHUNK_BYTES);
                    if (filled == 0) {
                        break;
                    }
                    sha256.update(chunk, 0, filled);
                    size += filled;
                    insert.setLong(1, id);
                    insert.setInt(2, seq);
                    insert.setBytes(3, filled == CHUNK_BYTES ? chunk : Arrays.copyOf(chunk, filled));
                    insert.executeUpdate();
                }
            }
            String checksum = HexFormat.of().formatHex(sha256.digest());
            long kept = keep(connection, id, checksum, size);
            if (kept != id) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from stored_content_chunk where content_id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            return new StoredContent(kept, checksum, size);
        } catch (SQLException e) {
            throw new IllegalStateException("the content could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checksum and size of content {@code id}, or null when there is none. */
    public StoredContent find(long id) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select sha256, size_bytes from stored_content where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new StoredContent(id, row.getString(1), row.getLong(2)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stored content " + id + " could not be read", e);
        }
    }

    /** The bytes of content {@code id}, read from the database one chunk at a time as they are read from the stream. */
    public ContentStream open(long id) {
        return new ContentStream(database, id);
    }

    /**
     * Removes the contents stored before {@code moment} that no attachment, parked upload or circular
     * refers to any more (with their chunks). Answers how many. One statement, the same on every
     * server: a content stored or stored again since {@code moment} stays, for the transaction
     * that is about to refer to it.
     */
    public int removeUnreferencedBefore(Instant moment) {
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from stored_content c where c.created_at < ?"
                     + " and not exists (select 1 from attachment a where a.content_id = c.id)"
                     + " and not exists (select 1 from parked_upload p where p.content_id = c.id)"
                     + " and not exists (select 1 from circular_attachment ca where ca.content_id = c.id)")) {
            delete.setObject(1, moment.atOffset(ZoneOffset.UTC));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("unreferenced contents could not be removed", e);
        }
    }

    // Every server of a cluster has this timer; the delete is the same on each, whichever runs first.
    @Schedule(hour = "*", minute = "47", persistent = false)
    void removeUnreferenced() {
        int removed = removeUnreferencedBefore(Instant.now().minus(Duration.ofHours(1)));
        if (removed > 0) {
            LOG.log(Level.INFO, "Removed {0} stored content(s) no attachment, parked upload or circular refers to", removed);
        }
    }

    private static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("select nextval('stored_content_seq')");
             ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Registers the chunks of {@code id} as the content with this checksum and size, or answers
     * the content that has them already. Safe when two servers store the same file at once: the
     * unique (sha256, size_bytes) makes the second insert wait for the first transaction and then
     * take its row. A content stored again is renewed, so that the cleanup leaves it the hour in
     * which its new reference is written; the row lock of the update keeps the cleanup from
     * removing it meanwhile.
     */
    private static long keep(Connection connection, long id, String sha256, long size) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into stored_content (id, sha256, size_bytes, created_at) values (?, ?, ?, now())"
                        + " on conflict (sha256, size_bytes) do update set created_at = excluded.created_at"
                        + " returning id")) {
            insert.setLong(1, id);
            insert.setString(2, sha256);
            insert.setLong(3, size);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A stored content as a stream: one query per chunk, run when the reader needs its first
     * byte, so that at most one chunk is in memory. Each query takes a connection of its own
     * outside a transaction (a download) and the caller's within one (the checks of MSG-17).
     */
    public static final class ContentStream extends InputStream {

        private final DataSource database;
        private final long id;
        private byte[] chunk = new byte[0];
        private int position;
        private int nextSeq;
        private long remaining = -1;
        private int chunksRead;

        ContentStream(DataSource database, long id) {
            this.database = database;
            this.id = id;
        }

        /** How many chunks were read from the database so far: one query each. */
        public int chunksRead() {
            return chunksRead;
        }

        @Override
        public int read() throws IOException {
            return filled() ? chunk[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!filled()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, into, offset, count);
            position += count;
            return count;
        }

        @Override
        public int available() {
            return chunk.length - position;
        }

        @Override
        public void close() {
            chunk = new byte[0];
            position = 0;
            remaining = 0;
        }

        /** Whether a byte is there to read, reading the next chunk when the current one is used up. */
        private boolean filled() throws IOException {
            if (position < chunk.length) {
                return true;
            }
            if (remaining == 0) {
                return false;
            }
            try (Connection connection = database.getConnection();
                 PreparedStatement select = connection.prepareStatement("select k.bytes, c.size_bytes"
                         + " from stored_content_chunk k join stored_content c on c.id = k.content_id"
                         + " where k.content_id = ? and k.seq = ?")) {
                select.setLong(1, id);
                select.setInt(2, nextSeq);
                try (ResultSet row = select.executeQuery()) {
                    chunksRead++;
                    if (!row.next()) {
                        remaining = 0;
                        return false;
                    }
                    chunk = row.getBytes(1);
                    long size = row.getLong(2);
                    remaining = (remaining < 0 ? size : remaining) - chunk.length;
                }
            } catch (SQLException e) {
                throw new IOException("chunk " + nextSeq + " of stored content " + id + " could not be read", e);
            }
            position = 0;
            nextSeq++;
            return chunk.length > 0;
        }
    }
}
