package be.eloket.organisation.control;

import be.eloket.account.control.Enrolments;
import be.eloket.account.entity.Account;
import be.eloket.account.model.NewAccount;
import be.eloket.contact.boundary.ContactPersons;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.contact.model.ContactRow;
import be.eloket.organisation.entity.Facility;
import be.eloket.organisation.entity.RefusedLine;
import be.eloket.organisation.model.LineOutcome;
import be.eloket.organisation.model.LineOutcome.Kind;
import be.eloket.organisation.model.NewFacility;
import be.eloket.organisation.model.RegisterLine;
import be.eloket.platform.Constraints;
import be.eloket.platform.Csv;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Theme;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The lines of a register file (BO-9): read from the CSV, judged against the register as it is
 * (what each line would create, change or leave alone, or why it is refused), and applied. The
 * preview and the import job judge with the same rules, so that the preview says what the job
 * does; a line is judged again when the job reaches it, against the register as it is then.
 * Applying a line twice changes nothing the second time: facilities are found by number,
 * accounts by e-mail address, contact persons by e-mail address within their facility.
 */
@ApplicationScoped
public class RegisterLines {

    /**
     * The columns, as the first line names them (any case; spaces, dashes, underscores and
     * apostrophes do not count): the number, the name and the themes are required.
     */
    public static final List<String> COLUMNS = List.of("nummer", "naam", "e-mail", "thema's", "gebruiker naam",
            "gebruiker e-mail", "contact naam", "contact voornaam", "contact e-mail", "contact telefoon");
    private static final List<String> REQUIRED = List.of("nummer", "naam", "thema's");

    /** How many values one query looks up at a time. */
    private static final int LOOKUP_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @Inject
    Enrolments enrolments;

    @Inject
    FacilityRecords records;

    @EJB
    ContactPersons contactPersons;

    /**
     * The lines of {@code contents}; refuses a file that is no UTF-8 text, has no lines, or lacks
     * a required column (field {@code file}).
     */
    public static List<RegisterLine> parse(byte[] contents) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(contents)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInput(Problem.of("file", "register-import.file.not-text"));
        }
        if (text.indexOf('\0') >= 0) {
            throw new RejectedInput(Problem.of("file", "register-import.file.not-text"));
        }
        List<Csv.Row> rows = Csv.rows(text).stream().filter(row -> !row.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new RejectedInput(Problem.of("file", "register-import.file.empty"));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
        List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(key(column))).toList();
        if (!missing.isEmpty()) {
            throw new RejectedInput(Problem.of("file", "register-import.file.columns", String.join(", ", missing)));
        }
        if (rows.size() == 1) {
            throw new RejectedInput(Problem.of("file", "register-import.file.no-lines"));
        }
        List<RegisterLine> lines = new ArrayList<>(rows.size() - 1);
        for (Csv.Row row : rows.subList(1, rows.size())) {
            Cells cells = new Cells(row.cells(), columns);
            String themes = cells.get("thema's");
            lines.add(new RegisterLine(row.line(), cells.get("nummer"), cells.get("naam"), cells.get("e-mail"),
                    themes == null ? List.of() : Arrays.stream(CODE_SEPARATORS.split(themes)).filter(code -> !code.isEmpty())
                            .map(code -> code.toUpperCase(Locale.ROOT)).toList(),
                    cells.get("gebruiker naam"), cells.get("gebruiker e-mail"), cells.get("contact naam"),
                    cells.get("contact voornaam"), cells.get("contact e-mail"), cells.get("contact telefoon")));
        }
        return lines;
    }

    /** "Thema's", "gebruiker_e-mail", "Contact E-mail": one key each. */
    private static String key(String column) {
        return NOT_A_LETTER.matcher(column.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s,;|/+]+");
    /** The keys of {@link #COLUMNS}, made once: each line asks for each of its cells. */
    private static final Map<String, String> KEYS = COLUMNS.stream().collect(Collectors.toMap(column -> column, RegisterLines::key));

    private record Cells(List<String> cells, Map<String, Integer> columns) {

        String get(String column) {
            Integer index = columns.get(KEYS.get(column));
            if (index == null || index >= cells.size()) {
                return null;
            }
            String value = cells.get(index).strip();
            return value.isEmpty() ? null : value;
        }
    }

    /** Where each number and each user's address first occurs in a file: a later line with it is refused. */
    public static final class FileIndex {

        private final Map<String, Integer> numbers = new HashMap<>();
        private final Map<String, Integer> users = new HashMap<>();

        public FileIndex(List<RegisterLine> lines) {
            for (RegisterLine line : lines) {
                if (line.number() != null) {
                    numbers.putIfAbsent(Facility.numberAsWritten(line.number()), line.line());
                }
                if (line.userEmail() != null) {
                    users.putIfAbsent(Account.normalised(line.userEmail()), line.line());
                }
            }
        }
    }

    /** What a line will do, once judged: its outcome and what applying it takes. */
    public record Judged(RegisterLine line, LineOutcome outcome, String number, Facility facility, List<Theme> themes,
                         boolean rename, boolean addContact, String email) {
    }

    /**
     * What the register holds of a file's lines: the active themes, and the facilities, accounts and
     * contact persons their numbers and addresses name, read a few queries at a time.
     */
    public final class Known {

        private final Map<String, Theme> themes = new HashMap<>();
        private final Map<String, Facility> facilities = new HashMap<>();
        private final Map<String, Long> accountFacilities = new HashMap<>();
        private final Set<String> accounts = new HashSet<>();
        private final Set<String> contacts = new HashSet<>();

        Known(List<RegisterLine> lines) {
            em.createQuery("select t from Theme t where t.active = true", Theme.class).getResultStream()
                    .forEach(theme -> themes.put(theme.getCode().toUpperCase(Locale.ROOT), theme));
            List<String> numbers = lines.stream().map(RegisterLine::number).filter(number -> number != null)
                    .map(Facility::numberAsWritten).distinct().toList();
            for (List<String> batch : batches(numbers)) {
                em.createQuery("select distinct f from Facility f left join fetch f.themes where f.number in :numbers", Facility.class)
                        .setParameter("numbers", batch).getResultStream()
                        .forEach(facility -> facilities.put(facility.getNumber(), facility));
            }
            List<String> usernames = lines.stream().map(RegisterLine::userEmail).filter(email -> email != null)
                    .map(Account::normalised).distinct().toList();
            for (List<String> batch : batches(usernames)) {
                em.createQuery("select a.username, f.id from Account a left join a.facility f where a.username in :names",
                        Object[].class).setParameter("names", batch).getResultStream().forEach(row -> {
                            accounts.add((String) row[0]);
                            if (row[1] != null) {
                                accountFacilities.put((String) row[0], (Long) row[1]);
                            }
                        });
            }
            List<Long> facilityIds = facilities.values().stream().map(Facility::getId).toList();
            for (List<Long> batch : batches(facilityIds)) {
                em.createQuery("select p.facility.id, p.email from ContactPerson p where p.facility.id in :ids", Object[].class)
                        .setParameter("ids", batch).getResultStream()
                        .forEach(row -> contacts.add(row[0] + " " + ContactPerson.keyOf((String) row[1])));
            }
        }

        private boolean hasContact(Facility facility, String email) {
            return facility != null && contacts.contains(facility.getId() + " " + ContactPerson.keyOf(email));
        }
    }

    /** What the register holds of {@code lines}. */
    public Known knownFor(List<RegisterLine> lines) {
        return new Known(lines);
    }

    private static <T> List<List<T>> batches(List<T> values) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < values.size(); i += LOOKUP_BATCH) {
            batches.add(values.subList(i, Math.min(values.size(), i + LOOKUP_BATCH)));
        }
        return batches;
    }

    /** What {@code line} would do to the register as {@code known} holds it, or why it is refused. */
    public Judged judge(RegisterLine line, Known known, FileIndex index) {
        String number = Facility.numberAsWritten(line.number());
        RefusedLine refusal = refusal(line, number, known, index);
        if (refusal != null) {
            return new Judged(line, LineOutcome.refused(refusal), number, null, List.of(), false, false, null);
        }
        Facility facility = known.facilities.get(number);
        List<Theme> themes = line.themeCodes().stream().map(known.themes::get).distinct().toList();
        boolean invite = line.userEmail() != null && !known.accounts.contains(Account.normalised(line.userEmail()));
        boolean addContact = line.contactEmail() != null && !known.hasContact(facility, line.contactEmail());
        if (facility == null) {
            String email = line.email() != null ? line.email() : line.userEmail() != null ? line.userEmail() : line.contactEmail();
            return new Judged(line, new LineOutcome(Kind.CREATED, invite, null), number, null, themes, false, addContact, email);
        }
        boolean rename = !facility.getName().equals(line.name());
        boolean changes = rename || addContact || !facility.getThemes().containsAll(themes);
        return new Judged(line, new LineOutcome(changes ? Kind.CHANGED : Kind.UNCHANGED, invite, null), number, facility, themes,
                rename, addContact, null);
    }

    private RefusedLine refusal(RegisterLine line, String number, Known known, FileIndex index) {
        List<Problem> problems = new ArrayList<>();
        problems.addAll(constraints.problemsOfValue(NewFacility.class, "number", number, "nummer"));
        problems.addAll(constraints.problemsOfValue(NewFacility.class, "name", line.name(), "naam"));
        problems.addAll(constraints.problemsOfValue(NewFacility.class, "email", line.email(), "e-mail"));
        if (!problems.isEmpty()) {
            return refused(line, problems.get(0));
        }
        if (index.numbers.get(number) != line.line()) {
            return new RefusedLine(line.line(), "nummer", "register-import.refused.number-twice", index.numbers.get(number).toString());
        }
        if (line.themeCodes().isEmpty()) {
            return new RefusedLine(line.line(), "thema's", "register.themes.required", null);
        }
        for (String code : line.themeCodes()) {
            if (!known.themes.containsKey(code)) {
                return new RefusedLine(line.line(), "thema's", "register-import.refused.theme-unknown", code);
            }
        }
        Facility facility = known.facilities.get(number);
        if (facility != null && facility.isClosed()) {
            return new RefusedLine(line.line(), "nummer", "register-import.refused.closed", null);
        }
        if (line.hasUser()) {
            problems.addAll(constraints.problemsOfValue(NewAccount.class, "displayName", line.userName(), "gebruiker naam"));
            problems.addAll(constraints.problemsOfValue(NewAccount.class, "email", line.userEmail(), "gebruiker e-mail"));
            if (!problems.isEmpty()) {
                return refused(line, problems.get(0));
            }
            String username = Account.normalised(line.userEmail());
            if (index.users.get(username) != line.line()) {
                return new RefusedLine(line.line(), "gebruiker e-mail", "register-import.refused.user-twice",
                        index.users.get(username).toString());
            }
            Long accountFacility = known.accountFacilities.get(username);
            boolean taken = known.accounts.contains(username)
                    && (facility == null || accountFacility == null || !accountFacility.equals(facility.getId()));
            if (taken) {
                return new RefusedLine(line.line(), "gebruiker e-mail", "register-import.refused.user-taken", line.userEmail());
            }
        }
        if (line.hasContact()) {
            problems.addAll(constraints.problemsOfValue(ContactRow.class, "lastName", line.contactLastName(), "contact naam"));
            problems.addAll(constraints.problemsOfValue(ContactRow.class, "firstName", line.contactFirstName(), "contact voornaam"));
            problems.addAll(constraints.problemsOfValue(ContactRow.class, "email", line.contactEmail(), "contact e-mail"));
            problems.addAll(constraints.problemsOfValue(ContactRow.class, "phone", line.contactPhone(), "contact telefoon"));
            if (!problems.isEmpty()) {
                return refused(line, problems.get(0));
            }
        }
        if (facility == null && line.email() == null && line.userEmail() == null && line.contactEmail() == null) {
            return new RefusedLine(line.line(), "e-mail", "register-import.refused.no-email", null);
        }
        return null;
    }

    private static RefusedLine refused(RegisterLine line, Problem problem) {
        return new RefusedLine(line.line(), problem.field(), problem.messageKey(),
                problem.arguments().isEmpty() ? null : String.valueOf(problem.arguments().get(0)));
    }

    /**
     * Applies a judged line in the caller's transaction: the facility made or changed (name,
     * themes added, never removed), its first user invited, its contact person added with the
     * confirmation mail; {@code known} learns what was made, for the lines after it.
     */
    public void apply(Judged judged, Known known, Locale language) {
        RegisterLine line = judged.line();
        Facility facility = judged.facility();
        switch (judged.outcome().kind()) {
            case REFUSED -> {
                return;
            }
            case CREATED -> {
                facility = records.add(line.name(), judged.number(), judged.email(), judged.themes());
                known.facilities.put(facility.getNumber(), facility);
            }
            default -> {
                if (judged.rename()) {
                    records.rename(facility, line.name());
                }
                records.addThemes(facility, judged.themes());
            }
        }
        if (judged.outcome().invited()) {
            Account account = new Account(line.userEmail(), null, line.userName(), Role.FACILITY_USER);
            account.setFacility(facility);
            enrolments.enrol(account, language, true);
            known.accounts.add(account.getUsername());
            known.accountFacilities.put(account.getUsername(), facility.getId());
        }
        if (judged.addContact()) {
            ContactRow contact = new ContactRow();
            contact.setLastName(line.contactLastName());
            contact.setFirstName(line.contactFirstName());
            contact.setEmail(line.contactEmail());
            contact.setPhone(line.contactPhone());
            contactPersons.addFromRegister(facility, contact, judged.themes(), language,
                    judged.outcome().kind() == Kind.CREATED);
            known.contacts.add(facility.getId() + " " + ContactPerson.keyOf(line.contactEmail()));
        }
    }
}
