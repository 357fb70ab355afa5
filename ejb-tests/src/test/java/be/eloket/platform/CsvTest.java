package be.eloket.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.eloket.test.InServerTest;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The CSV of the report export (BO-5 +), as the server writes it. */
class CsvTest extends InServerTest {

    @Test
    @DisplayName("BO-5 CSV cells a spreadsheet would run as a formula (= + - @ tab) start with an apostrophe")
    void formulas() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+32 2 553 35 00\"", Csv.cell("+32 2 553 35 00"));
        assertEquals("\"'-1+1\"", Csv.cell("-1+1"));
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("\"'\tcmd\"", Csv.cell("\tcmd"));
        assertEquals("\"WZC =De Linde\"", Csv.cell("WZC =De Linde"), "only the first character counts");
    }

    @Test
    @DisplayName("BO-5 CSV cells are quoted, quotes doubled, separators and line breaks kept inside; lines end in CRLF")
    void quoting() {
        assertEquals("\"Zorg \"\"De Linde\"\"; vzw\";\"\";\"Woonzorgcentra\r\nen meer\"\r\n",
                Csv.line("Zorg \"De Linde\"; vzw", null, "Woonzorgcentra\r\nen meer"));
        assertEquals("\"Crèche Élan\";\"T-1\"\r\n", Csv.line(Arrays.asList("Crèche Élan", "T-1")), "accents as they are");
        assertEquals("\uFEFF", Csv.BOM);
    }
}
