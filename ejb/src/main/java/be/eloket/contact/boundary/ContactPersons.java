package be.eloket.contact.boundary;

import be.eloket.account.boundary.Accounts;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.contact.control.ConfirmationTokens;
import be.eloket.contact.control.ContactChange;
import be.eloket.contact.entity.ContactPerson;
import be.eloket.contact.model.ContactList;
import be.eloket.contact.model.ContactRow;
import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.model.Mail;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.Constraints;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.platform.SingleUseLinks;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Contactpersonengegevens": a facility keeps its contact persons per theme (CP-1..10). A save
 * stores the whole table in one transaction and queues the mails each change calls for, or
 * stores nothing at all.
 */
@Stateless
@RolesAllowed(Role.Names.FACILITY_USER)
public class ContactPersons {

    private static final Logger LOG = System.getLogger(ContactPersons.class.getName());
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @Inject
    ConfirmationTokens tokens;

    @Inject
    Event<Audited> changes;

    @EJB
    Outbox outbox;

    @EJB
    Accounts accounts;

    private final Clock clock = Clock.systemUTC();

    /** The table, its version, the facility's themes and the overview of confirmed contacts. */
    public ContactList list(long facilityId) {
        Facility facility = facility(facilityId);
        Set<String> withAccount = accounts.usernamesOf(facilityId);
        List<ContactPerson> persons = persons(facility);
        Set<String> bouncing = outbox.undeliverable(persons.stream().map(ContactPerson::getEmailKey).toList());
        List<Theme> themes = facility.getThemes().stream().filter(Theme::isActive).toList();
        List<ContactRow> rows = persons.stream()
                .map(person -> ContactRow.of(person, withAccount.contains(person.getEmailKey()),
                        bouncing.contains(person.getEmailKey())))
                .toList();
        // A theme deactivated or taken from the facility (BO-4) is not offered; save keeps it.
        rows.forEach(row -> row.getThemeIds().removeIf(id -> themes.stream().noneMatch(theme -> theme.getId().equals(id))));
        List<ContactList.ThemeContacts> overview = themes.stream()
                .map(theme -> new ContactList.ThemeContacts(theme, persons.stream()
                        .filter(person -> person.isConfirmed() && person.getThemes().contains(theme))
                        .map(ContactPerson::fullName)
                        .toList()))
                .toList();
        return new ContactList(rows, listVersion(facilityId), themes, overview);
    }

    /** The facility's themes that have no confirmed contact person yet: "Mijn taken" (CP-9). */
    public List<Theme> themesWithoutConfirmedContact(long facilityId) {
        Facility facility = facility(facilityId);
        return em.createQuery("select t" + ContactPerson.UNCOVERED_THEMES + " and f = :facility order by t.nameNl, t.id",
                        Theme.class)
                .setParameter("facility", facility)
                .getResultList();
    }

    /**
     * Stores the table as it is now (CP-2): lines without id are new persons, stored persons
     * missing from {@code rows} are removed. Checks every line (CP-3) and refuses with all
     * problems at once; refuses with {@link ConcurrentChange} when someone saved the table since
     * {@code version} was read. Queues the confirmation, change and removal mails (CP-4, CP-7,
     * CP-8) in {@code language}, the language of the person saving.
     */
    public ContactList save(long facilityId, long version, List<ContactRow> rows, Locale language) {
        Facility facility = facility(facilityId);
        Map<Long, Theme> themes = facility.getThemes().stream().filter(Theme::isActive)
                .collect(Collectors.toMap(Theme::getId, theme -> theme));
        rows.forEach(ContactRow::strip);
        checked(rows, themes.keySet());

        Map<Long, ContactPerson> stored = persons(facility).stream()
                .collect(Collectors.toMap(ContactPerson::getId, person -> person));
        for (ContactRow row : rows) {
            if (!row.isNew() && !stored.containsKey(row.getId())) {
                LOG.log(Level.WARNING, "Facility {0} tried to save contact person {1} of another facility", facilityId, row.getId());
                throw new NotFound("contact person", row.getId());
            }
        }
        claimList(facilityId, version);

        Instant now = clock.instant();
        Set<Long> kept = rows.stream().map(ContactRow::getId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<ContactPerson> removed = stored.values().stream().filter(person -> !kept.contains(person.getId())).toList();
        for (ContactPerson person : removed) {
            remove(person, language);
        }
        // Removals first: a new line may take the address of a removed person (unique per facility).
        em.flush();
        for (ContactRow row : rows) {
            List<Theme> rowThemes = row.getThemeIds().stream().distinct().map(themes::get).toList();
            if (row.isNew()) {
                add(facility, row, rowThemes, language, now);
            } else {
                ContactPerson person = stored.get(row.getId());
                // The themes the table does not offer (deactivated, or no longer the facility's) stay the person's.
                List<Theme> hidden = person.getThemes().stream().filter(theme -> !themes.containsKey(theme.getId())).toList();
                change(person, row, java.util.stream.Stream.concat(rowThemes.stream(), hidden.stream()).toList(), language, now);
            }
        }
        em.flush();
        return list(facilityId);
    }

    /** The contact persons of one theme of the facility, confirmed or not (MSG-8). */
    public List<ContactPerson> ofTheme(long facilityId, long themeId) {
        return persons(facility(facilityId)).stream()
                .filter(person -> person.getThemes().stream().anyMatch(theme -> theme.getId() == themeId))
                .toList();
    }

    /** The confirmed contact persons of a theme of a facility: whom the department notifies (MSG-16). */
    @jakarta.annotation.security.PermitAll
    public List<ContactPerson> confirmedOfTheme(long facilityId, long themeId) {
        return ofTheme(facilityId, themeId).stream().filter(ContactPerson::isConfirmed).toList();
    }

    /** The facility's contact persons by id: what the standard contacts of its conversations are now (MSG-9). */
    public Map<Long, ContactPerson> byId(long facilityId) {
        return persons(facility(facilityId)).stream().collect(Collectors.toMap(ContactPerson::getId, person -> person));
    }

    /** The facility's contact persons by lower-case e-mail address (MSG-10). */
    public Map<String, Long> idsByEmail(long facilityId) {
        return persons(facility(facilityId)).stream()
                .collect(Collectors.toMap(ContactPerson::getEmailKey, ContactPerson::getId));
    }

    /**
     * The standard contact persons of a message's "Contactdetails" (MSG-9), in one call: a line
     * without id becomes a contact person of {@code themeId}, not confirmed, with the confirmation
     * mail of CP-4; a changed line is the change of CP-7, mails included, the person's themes
     * staying. Runs in the caller's transaction, which has checked the lines. Answers the persons'
     * ids in the order of {@code rows}.
     */
    public List<Long> keepFromMessage(long facilityId, long themeId, List<ContactRow> rows, Locale language) {
        Facility facility = facility(facilityId);
        Map<Long, ContactPerson> stored = persons(facility).stream()
                .collect(Collectors.toMap(ContactPerson::getId, person -> person));
        Instant now = clock.instant();
        boolean changedList = false;
        List<ContactPerson> kept = new ArrayList<>();
        for (ContactRow row : rows) {
            if (row.isNew()) {
                Theme theme = facility.getThemes().stream().filter(candidate -> candidate.getId() == themeId).findFirst()
                        .orElseThrow(() -> new NotFound("theme", themeId));
                kept.add(add(facility, row, List.of(theme), language, now));
                changedList = true;
                continue;
            }
            ContactPerson person = stored.get(row.getId());
            if (person == null) {
                throw new NotFound("contact person", row.getId());
            }
            changedList |= change(person, row, List.copyOf(person.getThemes()), language, now);
            kept.add(person);
        }
        if (changedList) {
            // The table changed: anyone editing it now must reload before saving (CP-3).
            em.createNativeQuery("update facility set contact_list_version = contact_list_version + 1 where id = ?1")
                    .setParameter(1, facilityId).executeUpdate();
            em.flush();
        }
        return kept.stream().map(ContactPerson::getId).toList();
    }

    /**
     * BO-9: the register import adds {@code row} as a contact person of {@code facility} for
     * {@code themes}, with the confirmation mail of CP-4. The import, a job without a caller, has
     * checked the row and that the facility has nobody with its address.
     */
    @PermitAll
    public void addFromRegister(Facility facility, ContactRow row, List<Theme> themes, Locale language, boolean newFacility) {
        add(facility, row, themes, language, clock.instant(), true);
        if (!newFacility) {
            // The table changed: anyone editing it now must reload before saving (CP-3). A facility
            // made in this transaction has nobody editing it, and a statement here would write out
            // the transaction's pending rows one by one.
            em.createNativeQuery("update facility set contact_list_version = contact_list_version + 1 where id = ?1")
                    .setParameter(1, facility.getId()).executeUpdate();
        }
    }

    /** "Opnieuw versturen": a new confirmation link for an unconfirmed person; the old one stops working. */
    public void resendConfirmation(long facilityId, long contactPersonId, Locale language) {
        ContactPerson person = em.find(ContactPerson.class, contactPersonId);
        if (person == null || !person.getFacility().getId().equals(facilityId)) {
            throw new NotFound("contact person", contactPersonId);
        }
        if (person.isConfirmed()) {
            throw new RejectedInput(Problem.of("confirmed", "contacts.resend.already-confirmed"));
        }
        queueConfirmation(person, language, clock.instant());
        changes.fire(ContactChange.audited(facilityId, person.getId(), ContactChange.Kind.CONFIRMATION_RESENT, List.of()));
    }

    private void checked(List<ContactRow> rows, Set<Long> facilityThemes) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Integer>> lineNumbersByEmail = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ContactRow row = rows.get(i);
            String path = "rows[" + i + "].";
            problems.addAll(constraints.problemsOf(row, path));
            if (!facilityThemes.containsAll(row.getThemeIds())) {
                problems.add(Problem.of(path + "themeIds", "contacts.themes.unknown"));
            }
            if (row.getEmail() != null) {
                lineNumbersByEmail.computeIfAbsent(ContactPerson.keyOf(row.getEmail()), key -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> lines : lineNumbersByEmail.values()) {
            if (lines.size() > 1) {
                String numbers = lines.stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(", "));
                for (int i : lines) {
                    problems.add(Problem.of("rows[" + i + "].email", "contacts.email.duplicate", numbers));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
    }

    /** Bumps the version of the facility's contact list, or refuses when it moved on (CP-3). */
    private void claimList(long facilityId, long version) {
        int updated = em.createNativeQuery("update facility set contact_list_version = contact_list_version + 1"
                        + " where id = ?1 and contact_list_version = ?2")
                .setParameter(1, facilityId)
                .setParameter(2, version)
                .executeUpdate();
        if (updated != 1) {
            throw new ConcurrentChange("contact list of facility", facilityId);
        }
    }

    private ContactPerson add(Facility facility, ContactRow row, List<Theme> themes, Locale language, Instant now) {
        return add(facility, row, themes, language, now, false);
    }

    /** {@code bulk}: the confirmation request is one of a mass action's mails (BO-9). */
    private ContactPerson add(Facility facility, ContactRow row, List<Theme> themes, Locale language, Instant now, boolean bulk) {
        ContactPerson person = new ContactPerson(facility, languageOf(language));
        person.setLastName(row.getLastName());
        person.setFirstName(row.getFirstName());
        person.setEmail(row.getEmail());
        person.setPhone(row.getPhone());
        person.getThemes().addAll(themes);
        em.persist(person);
        queueConfirmation(person, language, tokens.issueFirst(person, now), bulk);
        changes.fire(ContactChange.audited(facility.getId(), person.getId(), ContactChange.Kind.ADDED, List.of(
                new FieldChange("lastName", null, person.getLastName()), new FieldChange("firstName", null, person.getFirstName()),
                new FieldChange("email", null, person.getEmail()), new FieldChange("phone", null, person.getPhone()),
                new FieldChange("themes", null, themeNames(themes)))));
        return person;
    }

    /** Applies {@code row} to {@code person} with the mails of CP-7; answers whether anything changed. */
    private boolean change(ContactPerson person, ContactRow row, List<Theme> themes, Locale language, Instant now) {
        List<String> changed = new ArrayList<>();
        List<FieldChange> values = new ArrayList<>();
        if (!Objects.equals(person.getLastName(), row.getLastName())) {
            changed.add("lastName");
            values.add(new FieldChange("lastName", person.getLastName(), row.getLastName()));
            person.setLastName(row.getLastName());
        }
        if (!Objects.equals(person.getFirstName(), row.getFirstName())) {
            changed.add("firstName");
            values.add(new FieldChange("firstName", person.getFirstName(), row.getFirstName()));
            person.setFirstName(row.getFirstName());
        }
        if (!Objects.equals(person.getPhone(), row.getPhone())) {
            changed.add("phone");
            values.add(new FieldChange("phone", person.getPhone(), row.getPhone()));
            person.setPhone(row.getPhone());
        }
        if (!new HashSet<>(person.getThemes()).equals(new HashSet<>(themes))) {
            changed.add("themes");
            values.add(new FieldChange("themes", themeNames(person.getThemes()), themeNames(themes)));
            person.getThemes().clear();
            person.getThemes().addAll(themes);
        }
        String oldEmail = person.getEmail();
        boolean newAddress = !person.getEmailKey().equals(ContactPerson.keyOf(row.getEmail()));
        if (!oldEmail.equals(row.getEmail())) {
            changed.add("email");
            values.add(new FieldChange("email", oldEmail, row.getEmail()));
            person.setEmail(row.getEmail());
        }
        if (changed.isEmpty()) {
            return false;
        }
        if (newAddress) {
            // The new address must be confirmed; the old one hears where its mails go now (CP-7).
            queueConfirmation(person, language, now);
            outbox.queue(Mail.of(oldEmail, person.fullName(), language, MailKind.CONTACT_ADDRESS_CHANGED, Map.of(
                    "name", person.fullName(), "facilityName", person.getFacility().getName(), "newEmail", person.getEmail())));
        } else {
            outbox.queue(Mail.of(person.getEmail(), person.fullName(), language, MailKind.CONTACT_CHANGED, Map.of(
                    "name", person.fullName(), "facilityName", person.getFacility().getName(), "changedFields", changed)));
        }
        changes.fire(ContactChange.audited(person.getFacility().getId(), person.getId(), ContactChange.Kind.CHANGED, values));
        return true;
    }

    private static String themeNames(java.util.Collection<Theme> themes) {
        return themes.stream().map(Theme::getNameNl).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    private void remove(ContactPerson person, Locale language) {
        outbox.queue(Mail.of(person.getEmail(), person.fullName(), language, MailKind.CONTACT_REMOVED, Map.of(
                "name", person.fullName(), "facilityName", person.getFacility().getName())));
        tokens.forget(person);
        changes.fire(ContactChange.audited(person.getFacility().getId(), person.getId(), ContactChange.Kind.REMOVED, List.of(
                new FieldChange("lastName", person.getLastName(), null), new FieldChange("firstName", person.getFirstName(), null),
                new FieldChange("email", person.getEmail(), null))));
        em.remove(person);
    }

    private void queueConfirmation(ContactPerson person, Locale language, Instant now) {
        queueConfirmation(person, language, tokens.issue(person, now), false);
    }

    private void queueConfirmation(ContactPerson person, Locale language, SingleUseLinks.Issued link, boolean bulk) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", person.fullName());
        data.put("facilityName", person.getFacility().getName());
        data.put("themes", person.getThemes().stream().map(theme -> theme.name(language)).toList());
        data.put("confirmPath", "/confirm.xhtml?token=" + link.token());
        data.put("expiresOn", DAY.format(link.expiresAt().atZone(BRUSSELS)));
        outbox.queue(Mail.of(person.getEmail(), person.fullName(), language, MailKind.CONTACT_CONFIRMATION, data).inBulk(bulk));
    }

    private Facility facility(long facilityId) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        return facility;
    }

    private List<ContactPerson> persons(Facility facility) {
        return em.createQuery("select p from ContactPerson p where p.facility = :facility order by p.id", ContactPerson.class)
                .setParameter("facility", facility)
                .getResultList();
    }

    private long listVersion(long facilityId) {
        return ((Number) em.createNativeQuery("select contact_list_version from facility where id = ?1")
                .setParameter(1, facilityId).getSingleResult()).longValue();
    }

    private static String languageOf(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "nl";
    }
}
