package be.eloket.platform;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lines of a CSV file as Excel opens them in Belgium: ";" between the cells, every cell quoted
 * (a quote doubled), lines ended by CRLF (RFC 4180). A cell that a spreadsheet would take for a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so
 * that text a facility typed can never run as a formula (CSV injection). The file itself starts
 * with {@link #BOM}, so that Excel reads it as UTF-8 and shows the accents.
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
}
