package be.eloket.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The baseline of the benchmarks that write (P6, P7): the rows a use case writes, inserted the
 * plainest way, by JDBC batch inserts into tables shaped as the real ones with their indexes
 * (copies made with "like … including defaults including indexes"; no foreign keys or checks).
 */
public final class PlainInserts {

    private PlainInserts() {
    }

    /**
     * Inserts, for each of {@code lines} lines, {@code rowsPerLine} rows into a copy of each table
     * (named {@code prefix} + the table), in batches of 1 000 lines committed one by one, as a job
     * commits its chunks; answers the nanoseconds the inserts took. The copies are dropped after.
     */
    public static long time(DataSource database, String prefix, Map<String, Integer> rowsPerLine, int lines) throws SQLException {
        return time(database, prefix, rowsPerLine, lines, null);
    }

    /**
     * As {@link #time(DataSource, String, Map, int)}, and when {@code sizes} is not null, puts the
     * bytes the copies take on disk (indexes included) into it, per table, before they are dropped.
     */
    public static long time(DataSource database, String prefix, Map<String, Integer> rowsPerLine, int lines,
                            Map<String, Long> sizes) throws SQLException {
        try (Connection db = database.getConnection()) {
            List<Table> tables = new ArrayList<>();
            for (Map.Entry<String, Integer> table : rowsPerLine.entrySet()) {
                tables.add(copy(db, prefix, table.getKey(), table.getValue()));
            }
            boolean autoCommit = db.getAutoCommit();
            try {
                db.setAutoCommit(false);
                long start = System.nanoTime();
                long key = 1;
                for (int from = 0; from < lines; from += 1000) {
                    int chunk = Math.min(1000, lines - from);
                    for (Table table : tables) {
                        try (PreparedStatement insert = db.prepareStatement(table.insert)) {
                            for (int row = 0; row < chunk * table.perLine; row++, key++) {
                                table.fill(insert, key);
                                insert.addBatch();
                            }
                            insert.executeBatch();
                        }
                    }
                    db.commit();
                }
                long nanos = System.nanoTime() - start;
                if (sizes != null) {
                    for (Table table : tables) {
                        sizes.put(table.name, size(db, table.name));
                    }
                }
                return nanos;
            } finally {
                db.setAutoCommit(true);
                try (Statement drop = db.createStatement()) {
                    for (Table table : tables) {
                        drop.execute("drop table " + table.name);
                    }
                }
                db.setAutoCommit(autoCommit);
            }
        }
    }

    /** A copy of {@code original} for the plain inserts, with what each of its columns takes. */
    private static Table copy(Connection db, String prefix, String original, int perLine) throws SQLException {
        String name = prefix + original;
        List<String[]> columns = new ArrayList<>();
        try (Statement statement = db.createStatement()) {
            statement.execute("drop table if exists " + name);
            statement.execute("create table " + name + " (like " + original + " including defaults including indexes)");
            try (ResultSet rows = statement.executeQuery("select column_name, data_type, coalesce(character_maximum_length, 0)"
                    + " from information_schema.columns where table_name = '" + original + "' and table_schema = current_schema()"
                    + " order by ordinal_position")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        return new Table(name, perLine, columns);
    }

    /** The bytes {@code table} takes on disk, its indexes and TOAST included. */
    public static long size(Connection db, String table) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet size = query.executeQuery("select pg_total_relation_size('" + table + "')")) {
            size.next();
            return size.getLong(1);
        }
    }

    private record Table(String name, int perLine, List<String[]> columns, String insert) {

        Table(String name, int perLine, List<String[]> columns) {
            this(name, perLine, columns, "insert into " + name + " (" + String.join(", ", columns.stream().map(c -> c[0]).toList())
                    + ") values (" + String.join(", ", columns.stream().map(c -> c[1].equals("jsonb") || c[1].equals("json")
                    ? "cast(? as " + c[1] + ")" : "?").toList()) + ")");
        }

        /** Values of the column types, different in every row (unique indexes hold). */
        void fill(PreparedStatement insert, long key) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                String type = columns.get(i)[1];
                int length = Integer.parseInt(columns.get(i)[2]);
                switch (type) {
                    case "bigint" -> insert.setLong(i + 1, key);
                    case "integer", "smallint" -> insert.setInt(i + 1, (int) (key % 30_000));
                    case "boolean" -> insert.setBoolean(i + 1, false);
                    case "timestamp without time zone", "timestamp with time zone" -> insert.setTimestamp(i + 1, Timestamp.from(Instant.now()));
                    case "bytea" -> insert.setBytes(i + 1, new byte[32]);
                    case "json", "jsonb" -> insert.setString(i + 1, "[]");
                    default -> {
                        String text = "plain value " + key + " of a benchmark's baseline";
                        // A short column takes the key's last digits: still unique where the table is.
                        insert.setString(i + 1, length > 0 && text.length() > length
                                ? Long.toString(key).substring(Math.max(0, Long.toString(key).length() - length)) : text);
                    }
                }
            }
        }
    }
}
