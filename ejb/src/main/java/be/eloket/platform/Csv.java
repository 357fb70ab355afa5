package be.eloket.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lines of a CSV file as Excel opens them in Belgium: ";" between the cells, every cell quoted
 * (a quote doubled), lines ended by CRLF (RFC 4180). A cell that a spreadsheet would take for a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so
 * that text a facility typed can never run as a formula (CSV injection). The file itself starts
 * with {@link #BOM}, so that Excel reads it as UTF-8 and shows the accents.
 * <p>
 * Read ({@link #rows}): what Excel writes, ";" or "," between the cells (whichever the first line
 * holds more of outside quotes), quoted or not, with or without the byte order mark, CRLF or LF.
 */
public final class Csv {

    /** The UTF-8 byte order mark, written once at the start of the file. */
    public static final String BOM = "\uFEFF";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** One line, its line end included. */
    public static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    public static String line(String... cells) {
        return line(Arrays.asList(cells));
    }

    /** One cell, quoted; an empty one for null. */
    public static String cell(String value) {
        if (value == null) {
            return "\"\"";
        }
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** A row of a file read: the line it starts on (1 for the first) and its cells, as written. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** Whether every cell is empty: Excel writes such rows below a table. */
        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The rows of {@code text}; a quoted cell may hold the separator, quotes (doubled) and line breaks. */
    public static List<Row> rows(String text) {
        String content = text.startsWith(BOM) ? text.substring(1) : text;
        char separator = separatorOf(content);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, cells));
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, cells));
        }
        return rows;
    }

    private static char separatorOf(String content) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < content.length() && (quoted || content.charAt(i) != '\n'); i++) {
            char c = content.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
