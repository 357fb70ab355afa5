package be.eloket.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.eloket.organisation.boundary.Facilities;
import be.eloket.organisation.boundary.Register;
import be.eloket.organisation.boundary.RegisterImportSupervisor;
import be.eloket.organisation.boundary.RegisterImports;
import be.eloket.organisation.control.ImportLeases;
import be.eloket.organisation.control.RegisterLines;
import be.eloket.organisation.entity.Facility;
import be.eloket.organisation.entity.ImportStatus;
import be.eloket.organisation.entity.RefusedLine;
import be.eloket.organisation.model.ImportProgress;
import be.eloket.organisation.model.NewFacility;
import be.eloket.organisation.model.RegisterLine;
import be.eloket.organisation.model.RegisterPreview;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.test.AsAdministrator;
import be.eloket.test.InServerTest;
import be.eloket.test.Jobs;
import be.eloket.test.MailCatcher;
import be.eloket.test.TestData;
import be.eloket.test.TestMails;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The register import (BO-9): reading the file, the preview, the job, idempotence and resuming after a server's death. */
class RegisterImportsTest extends InServerTest {

    private static final String HEADER = "nummer;naam;e-mail;thema's;gebruiker naam;gebruiker e-mail;contact naam;contact voornaam;"
            + "contact e-mail;contact telefoon\r\n";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @EJB
    RegisterImports imports;

    @EJB
    Register register;

    @EJB
    Facilities facilities;

    @EJB
    ImportLeases leases;

    @EJB
    RegisterImportSupervisor supervisor;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    TestData testData;

    @EJB
    TestMails mails;

    @EJB
    MailCatcher mailCatcher;

    /** Ten digits no other test uses, written as the register writes them. */
    private static String number() {
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    private static String address(String who) {
        return who + "-" + TestData.unique() + "@voorziening.example";
    }

    private String themeCode() {
        long facility = testData.facility("WZC Themabron " + TestData.unique(), 1);
        return asAdministrator(() -> facilities.facility(facility)).getThemes().get(0).getCode();
    }

    private <T> T asAdministrator(java.util.concurrent.Callable<T> work) {
        try {
            return asAdministrator.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private RegisterPreview preview(String lines) {
        return asAdministrator(() -> imports.preview("register.csv", ("\uFEFF" + HEADER + lines).getBytes(StandardCharsets.UTF_8), DUTCH));
    }

    /** The facilities with {@code number}, each with its themes. */
    private List<Facility> withNumber(String number) {
        return testData.facilitiesNumbered(number).stream().map(id -> asAdministrator(() -> facilities.facility(id))).toList();
    }

    private ImportProgress awaitDone(long importId) {
        Jobs.awaitUntil(() -> asAdministrator(() -> imports.progress(importId)).status() == ImportStatus.DONE,
                Duration.ofMinutes(1), "import " + importId + " done");
        return asAdministrator(() -> imports.progress(importId));
    }

    private void start(long importId) {
        asAdministrator(() -> {
            imports.start(importId);
            return null;
        });
    }

    @Test
    @DisplayName("BO-9 the file is read as Excel writes it: ';' or ',', with or without BOM, quoted cells, columns in any order named in any case; a file without the required columns, empty or not UTF-8 is refused saying why")
    void fileAsExcelWritesIt() {
        String comma = "\uFEFFNaam,Thema's,Nummer\r\n\"WZC \"\"De Linde\"\", Gent\",WZC ERK,0412 345 601\r\n,,\r\n";
        List<RegisterLine> lines = RegisterLines.parse(comma.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, lines.size(), "the empty line below the table is no line");
        assertEquals("WZC \"De Linde\", Gent", lines.get(0).name());
        assertEquals("0412 345 601", lines.get(0).number());
        assertEquals(List.of("WZC", "ERK"), lines.get(0).themeCodes());
        assertEquals(2, lines.get(0).line());

        assertEquals(List.of(Problem.of("file", "register-import.file.columns", "thema's")),
                assertThrows(RejectedInput.class, () -> RegisterLines.parse("nummer;naam\r\n1;a\r\n".getBytes(StandardCharsets.UTF_8)))
                        .problems());
        assertEquals("register-import.file.empty", assertThrows(RejectedInput.class,
                () -> RegisterLines.parse(new byte[0])).problems().get(0).messageKey());
        assertEquals("register-import.file.not-text", assertThrows(RejectedInput.class,
                () -> RegisterLines.parse(new byte[] {'n', (byte) 0xE9, ';'})).problems().get(0).messageKey(), "Latin-1, not UTF-8");
        assertEquals("register-import.file.no-lines", assertThrows(RejectedInput.class,
                () -> RegisterLines.parse(HEADER.getBytes(StandardCharsets.UTF_8))).problems().get(0).messageKey());
        assertEquals("register-import.file.not-csv", assertThrows(RejectedInput.class, () -> asAdministrator(
                () -> imports.preview("register.xlsx", "PK".getBytes(StandardCharsets.UTF_8), DUTCH))).problems().get(0).messageKey());
    }

    @Test
    @DisplayName("BO-9 the preview counts what the file would create, change, leave alone and invite, and refuses each bad line with its line number, column and reason (number malformed or given twice, unknown or no theme, closed facility, user address taken or given twice, bad address, contact incomplete, no name, no address at all), writing nothing")
    void preview() throws Exception {
        String theme = themeCode();
        String existing = number();
        NewFacility known = new NewFacility();
        known.setName("WZC Bekend " + TestData.unique());
        known.setNumber(existing);
        known.setEmail(address("bekend"));
        known.setThemeIds(List.of(asAdministrator(() -> register.activeThemes()).stream()
                .filter(t -> t.getCode().equals(theme)).findFirst().orElseThrow().getId()));
        asAdministrator(() -> register.create(known));
        String closed = number();
        NewFacility shut = new NewFacility();
        shut.setName("WZC Dicht " + TestData.unique());
        shut.setNumber(closed);
        shut.setEmail(address("dicht"));
        shut.setThemeIds(known.getThemeIds());
        long shutId = asAdministrator(() -> register.create(shut));
        asAdministrator(() -> {
            register.close(shutId);
            return null;
        });
        String takenUser = testData.facilityUser(testData.facility("WZC Ander " + TestData.unique(), 1), "Andere Gebruiker");
        String fresh = number();
        String twice = number();

        String firstUser = address("eerste");
        RegisterPreview preview = preview(String.join("\r\n",
                fresh + ";WZC Nieuw;;" + theme + ";Eerste Gebruiker;" + firstUser + ";Peeters;Jan;" + address("contact") + ";+32 2 553 35 00",
                existing + ";" + known.getName() + ";;" + theme + ";;;;;;",
                existing.replace(".", "") + ";Dubbel;;" + theme + ";;;;;;",
                "12-34;Fout nummer;;" + theme + ";;;;;;",
                twice + ";Onbekend thema;" + address("x") + ";" + theme + " GEEN;;;;;;",
                closed + ";" + shut.getName() + ";;" + theme + ";;;;;;",
                number() + ";Bezet account;;" + theme + ";Iemand;" + takenUser + ";;;;",
                number() + ";Zonder adres;;" + theme + ";;;;;;",
                number() + ";Halve contact;;" + theme + ";;;Janssens;;" + address("half") + ";",
                number() + ";Dubbele gebruiker;;" + theme + ";Iemand Anders;" + firstUser + ";;;;",
                number() + ";Fout adres;geen-adres;" + theme + ";;;;;;",
                number() + ";Zonder thema's;" + address("t") + ";;;;;;;",
                number() + ";;" + address("n") + ";" + theme + ";;;;;;") + "\r\n");

        assertEquals(13, preview.lines());
        assertEquals(1, preview.toCreate());
        assertEquals(0, preview.toChange());
        assertEquals(1, preview.unchanged());
        assertEquals(1, preview.toInvite());
        assertEquals(List.of(
                new Refusal(4, "nummer", "register-import.refused.number-twice", "3"),
                new Refusal(5, "nummer", "register.number.invalid", null),
                new Refusal(6, "thema's", "register-import.refused.theme-unknown", "GEEN"),
                new Refusal(7, "nummer", "register-import.refused.closed", null),
                new Refusal(8, "gebruiker e-mail", "register-import.refused.user-taken", takenUser),
                new Refusal(9, "e-mail", "register-import.refused.no-email", null),
                new Refusal(10, "contact voornaam", "contacts.first-name.required", null),
                new Refusal(11, "gebruiker e-mail", "register-import.refused.user-twice", "2"),
                new Refusal(12, "e-mail", "validation.email.invalid", null),
                new Refusal(13, "thema's", "register.themes.required", null),
                new Refusal(14, "naam", "organisation.name.required", null)), refusals(preview.refused()));
        assertEquals(List.of(), withNumber(fresh), "nothing written");
    }

    private record Refusal(int line, String field, String reason, String argument) {
    }

    private static List<Refusal> refusals(List<RefusedLine> lines) {
        return lines.stream().map(line -> new Refusal(line.getLine(), line.getField(), line.getReason(), line.getArgument())).toList();
    }

    @Test
    @DisplayName("BO-9 BO-7 CP-4 the import creates and changes facilities (name, themes added, none removed), invites each first user and asks each contact person to confirm, once; the same file again changes nothing and sends nothing; an import starts once")
    void importIsIdempotent() throws Exception {
        String theme = themeCode();
        String other = themeCode();
        long existingId = testData.facility("WZC Oud " + TestData.unique(), 1);
        String existing = number();
        testData.renumber(existingId, existing);
        String oldTheme = asAdministrator(() -> facilities.facility(existingId)).getThemes().get(0).getCode();
        String fresh = number();
        String user = address("eerste");
        String contact = address("contact");
        String file = String.join("\r\n",
                fresh + ";WZC Nieuw Import;;" + theme + " " + other + ";Eerste Gebruiker;" + user + ";Peeters;Jan;" + contact
                        + ";+32 2 553 35 00",
                existing + ";WZC Hernoemd;;" + theme + ";;;;;;") + "\r\n";

        RegisterPreview first = preview(file);
        start(first.importId());
        RegisterPreview waiting = preview(file);
        RejectedInput second = assertThrows(RejectedInput.class, () -> asAdministrator(() -> {
            imports.start(first.importId());
            return null;
        }));
        assertEquals("register-import.start.started", second.problems().get(0).messageKey(), "started once");
        ImportProgress done = awaitDone(first.importId());

        assertEquals(List.of(2, 1, 1, 0, 1), List.of(done.done(), done.created(), done.changed(), done.refused(), done.invited()));
        Facility created = withNumber(fresh).get(0);
        assertEquals("WZC Nieuw Import", created.getName());
        assertEquals(user, created.getEmail());
        assertEquals(List.of(other, theme).stream().sorted().toList(),
                created.getThemes().stream().map(t -> t.getCode()).sorted().toList());
        Facility changed = asAdministrator(() -> facilities.facility(existingId));
        assertEquals("WZC Hernoemd", changed.getName());
        assertEquals(List.of(oldTheme, theme).stream().sorted().toList(),
                changed.getThemes().stream().map(t -> t.getCode()).sorted().toList(), "its own theme stays");
        assertEquals(1, testData.accountsNamed(user));
        mails.sendAllQueued();
        assertEquals(1, mailCatcher.to(user).size(), "one invitation");
        assertEquals(1, mailCatcher.to(contact).size(), "one confirmation request");

        start(waiting.importId());
        ImportProgress again = awaitDone(waiting.importId());
        assertEquals(List.of(2, 0, 0, 2, 0), List.of(again.done(), again.created(), again.changed(), again.unchanged(), again.invited()),
                "the same file again changes nothing");
        mails.sendAllQueued();
        assertEquals(1, mailCatcher.to(user).size(), "no second invitation");
        assertEquals(1, mailCatcher.to(contact).size(), "no second confirmation request");
        assertEquals(1, withNumber(fresh).size());
    }

    @Test
    @DisplayName("BO-9 an import whose server died mid-file (its lease ran out after a committed chunk) is taken over by another and resumes after that chunk: every facility once, every invitation once")
    void resumesAfterItsServerDied() throws Exception {
        String theme = themeCode();
        List<String> numbers = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            numbers.add(number());
            file.append(numbers.get(i)).append(";WZC Hervat ").append(i).append(";;").append(theme).append(";Gebruiker ").append(i)
                    .append(";").append(address("hervat" + i)).append(";;;;\r\n");
        }
        RegisterPreview preview = preview(file.toString());
        // The first server took the import, committed its first chunk (two lines: their facilities
        // and invitations are there, made by an import of those lines), then died.
        String[] lines = file.toString().split("\r\n");
        start(preview(lines[0] + "\r\n" + lines[1] + "\r\n").importId());
        Jobs.awaitUntil(() -> testData.facilitiesNumbered(numbers.get(1)).size() == 1 && asAdministrator(() -> imports.current())
                .map(current -> current.status() == ImportStatus.DONE).orElse(false), Duration.ofMinutes(1), "the first two lines");
        testData.diedAfter(preview.importId(), 2, 2);
        RegisterPreview meanwhile = preview(file.toString());
        RejectedInput refused = assertThrows(RejectedInput.class, () -> start(meanwhile.importId()));
        assertEquals("register-import.start.running", refused.problems().get(0).messageKey(), "one import runs at a time");

        // This server's supervisor takes it over (its timer may have done so a moment earlier).
        if (leases.takeOverLapsed().contains(preview.importId())) {
            supervisor.run(preview.importId());
        }
        ImportProgress done = awaitDone(preview.importId());

        assertEquals(List.of(6, 6, 6), List.of(done.done(), done.created(), done.invited()));
        for (String number : numbers) {
            assertEquals(1, withNumber(number).size(), number);
        }
        mails.sendAllQueued();
        for (int i = 0; i < 6; i++) {
            String user = withNumber(numbers.get(i)).get(0).getEmail();
            assertEquals(1, mailCatcher.to(user).size(), "one invitation for " + user);
        }
    }
}
