package be.eloket.test;

import be.eloket.account.boundary.Accounts;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Team;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Creates the data each test needs, with unique names, so that tests never share or depend on
 * each other's rows (and run the same on a database that already holds earlier runs).
 */
@Stateless
@PermitAll
@RunAs(Role.Names.ADMINISTRATOR)
public class TestData {

    public static final String PASSWORD = "Test-wachtwoord-1";

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    be.eloket.organisation.boundary.RegisterImports registerImports;

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A facility with valid organisation data and {@code themeCount} new themes of its own. */
    public long facility(String name, int themeCount) {
        Team team = new Team("Team " + unique());
        em.persist(team);
        Facility facility = new Facility(name, "T-" + unique());
        facility.setEmail("info-" + unique() + "@voorziening.example");
        facility.setPhone("+32 2 553 35 00");
        facility.setUrl("https://www.voorziening.example");
        for (int i = 1; i <= themeCount; i++) {
            Theme theme = new Theme("T" + unique(), "Thema " + i + " " + unique(), "Theme " + i);
            theme.setDefaultTeam(team);
            theme.getTeams().add(team);
            em.persist(theme);
            facility.getThemes().add(theme);
        }
        em.persist(facility);
        em.flush();
        return facility.getId();
    }

    /** A facility user of {@code facilityId}; answers the username (password {@link #PASSWORD}). */
    public String facilityUser(long facilityId, String displayName) {
        String username = "user-" + unique() + "@voorziening.example";
        accounts.createFacilityUser(facilityId, username, displayName, PASSWORD);
        return username;
    }

    /** A case handler or administrator; answers the username (password {@link #PASSWORD}). */
    public String departmentStaff(Role role, String displayName) {
        String username = "staff-" + unique() + "@zorg.example";
        accounts.createDepartmentStaff(username, displayName, PASSWORD, role);
        return username;
    }

    /** The ids of the facility's themes, by Dutch name. */
    public java.util.List<Long> themeIds(long facilityId) {
        return em.find(Facility.class, facilityId).getThemes().stream().map(Theme::getId).sorted().toList();
    }

    /** The codes of the facility's themes, in the order of their ids. */
    public java.util.List<String> themeCodes(long facilityId) {
        return em.find(Facility.class, facilityId).getThemes().stream().sorted(java.util.Comparator.comparing(Theme::getId))
                .map(Theme::getCode).toList();
    }

    /** Lets every open confirmation link of the person with {@code email} expire. */
    public void expireConfirmationLinks(String email) {
        em.createNativeQuery("update confirmation_token set expires_at = ?1 where contact_person_id in"
                        + " (select id from contact_person where email_key = ?2)")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
                .setParameter(2, email.toLowerCase(java.util.Locale.ROOT))
                .executeUpdate();
    }

    /** How many confirmation links hold {@code text} anywhere in their stored hash (must be none for a raw token). */
    public long tokensContaining(String text) {
        return ((Number) em.createNativeQuery("select count(*) from confirmation_token where token_hash like ?1")
                .setParameter(1, "%" + text + "%").getSingleResult()).longValue();
    }

    /** A case handler in the default team of the facility's first theme; answers the account id. */
    public long caseHandlerOf(long facilityId, String displayName) {
        Theme theme = em.find(Facility.class, facilityId).getThemes().get(0);
        String username = departmentStaff(Role.CASE_HANDLER, displayName);
        be.eloket.account.entity.Account account = em.createNamedQuery(be.eloket.account.entity.Account.BY_USERNAME,
                be.eloket.account.entity.Account.class).setParameter("username", username).getSingleResult();
        account.setTeam(theme.getDefaultTeam());
        return account.getId();
    }

    /** The id of the account with {@code username}. */
    public long accountId(String username) {
        return em.createNamedQuery(be.eloket.account.entity.Account.BY_USERNAME, be.eloket.account.entity.Account.class)
                .setParameter("username", username).getSingleResult().getId();
    }

    @EJB
    be.eloket.conversation.control.Postings department;

    /**
     * {@code count} new conversations from the department to the facility, under its first theme,
     * titled "{@code title} 1" … (the oldest first); the first carries a small text attachment.
     * Answers the message ids, oldest first.
     */
    public java.util.List<Long> received(long facilityId, int count, String title) {
        long theme = themeIds(facilityId).get(0);
        long handler = caseHandlerOf(facilityId, "Dossierbehandelaar " + unique());
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            java.util.List<be.eloket.conversation.model.Upload> files = i == 1
                    ? java.util.List.of(upload("verslag.txt", "Verslag van het bezoek".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    : java.util.List.of();
            ids.add(department.departmentStarts(facilityId, theme, title + " " + i, "Tekst van " + title + " " + i, files, handler)
                    .messageId());
        }
        return ids;
    }

    @EJB
    be.eloket.conversation.control.ContentStore contentStore;

    /** A file as a browser would upload it, its bytes {@code content} in the content store (MSG-17). */
    public be.eloket.conversation.model.Upload upload(String name, byte[] content) {
        return new be.eloket.conversation.model.Upload(name, contentStore.store(new java.io.ByteArrayInputStream(content)));
    }

    @EJB
    AsFacilityUser asFacilityUser;

    /** This bean through its proxy: a call that gets a transaction of its own. */
    @EJB
    TestData self;

    @EJB
    be.eloket.conversation.boundary.Conversations conversations;

    /**
     * A conversation of three messages under the facility's first theme: the department asks
     * ("{@code title}"), the facility answers, the department answers again. Answers its
     * reference and the id of the first message.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public java.util.Map<String, String> thread(long facilityId, String title) throws Exception {
        // Every step commits on its own, as the department and the facility would do it: the
        // facility's reply must see the department's message.
        long theme = self.themeIds(facilityId).get(0);
        long handler = self.caseHandlerOf(facilityId, "Dossierbehandelaar " + unique());
        long user = self.accountId(self.facilityUser(facilityId, "Schrijver " + unique()));
        be.eloket.conversation.model.Sent first = department.departmentStarts(facilityId, theme, title, "Vraag: " + title,
                java.util.List.of(), handler);
        be.eloket.conversation.model.ConversationContactRow contact = new be.eloket.conversation.model.ConversationContactRow(
                null, "Draad", "Contact", "draad-" + unique() + "@voorziening.example", "+32 2 553 35 00", false);
        asFacilityUser.call(() -> conversations.reply(facilityId, user, first.messageId(),
                be.eloket.conversation.model.Draft.reply("Antwoord van de voorziening", java.util.List.of(), java.util.List.of(contact)),
                java.util.Locale.forLanguageTag("nl")));
        department.departmentReplies(first.conversationId(), "Tweede antwoord van het departement", java.util.List.of(), handler);
        return java.util.Map.of("reference", first.reference(), "first", Long.toString(first.messageId()));
    }

    /** Another team that answers the facility's first theme ("Hulp nodig?"); answers its id. */
    public long otherTeam(long facilityId, String name) {
        return teamOf(em.find(Facility.class, facilityId).getThemes().get(0).getId(), name, true);
    }

    /** A new team that answers the questions of theme {@code themeId}; answers the team id. */
    public long teamOf(long themeId, String name, boolean active) {
        Team team = new Team(name);
        team.setActive(active);
        em.persist(team);
        em.find(Theme.class, themeId).getTeams().add(team);
        em.flush();
        return team.getId();
    }

    /** A confirmed contact person of the facility's first theme with {@code email}. */
    public void confirmedContact(long facilityId, String email) {
        Facility facility = em.find(Facility.class, facilityId);
        be.eloket.contact.entity.ContactPerson person = new be.eloket.contact.entity.ContactPerson(facility, "nl");
        person.setLastName("Contact");
        person.setFirstName("Vaste");
        person.setEmail(email);
        person.setPhone("+32 2 553 35 00");
        person.getThemes().add(facility.getThemes().get(0));
        person.confirm(java.time.Instant.now());
        em.persist(person);
    }

    /** A case handler {@code displayName} of a new team that handles theme {@code themeId} only; answers the account id. */
    public long caseHandlerOfOwnTeam(long themeId, String displayName) {
        Team team = new Team("Team " + unique());
        em.persist(team);
        em.find(Theme.class, themeId).getTeams().add(team);
        em.flush();
        return caseHandlerIn(team.getId(), displayName, true);
    }

    /** A case handler in team {@code teamId}, active or not; answers the account id. */
    public long caseHandlerIn(long teamId, String displayName, boolean active) {
        String username = departmentStaff(Role.CASE_HANDLER, displayName);
        be.eloket.account.entity.Account account = em.createNamedQuery(be.eloket.account.entity.Account.BY_USERNAME,
                be.eloket.account.entity.Account.class).setParameter("username", username).getSingleResult();
        account.setTeam(em.find(Team.class, teamId));
        account.setActive(active);
        return account.getId();
    }

    @Resource(lookup = "java:jboss/datasources/EloketDS")
    DataSource database;

    /**
     * From now on the database counts every statement it runs, from nought: PostgreSQL's
     * pg_stat_statements, which the tests' embedded PostgreSQL loads at start (another test database
     * needs {@code shared_preload_libraries = 'pg_stat_statements'}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void countStatements() throws SQLException {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements schema public");
            statement.execute("select public.pg_stat_statements_reset()");
        }
    }

    /**
     * Each statement the database ran since {@link #countStatements()}, as PostgreSQL writes it
     * (values as $1, $2, …), with how often.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, Long> countedStatements() throws SQLException {
        Map<String, Long> counted = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select query, calls from public.pg_stat_statements"
                     + " where dbid = (select oid from pg_database where datname = current_database())")) {
            while (rows.next()) {
                counted.merge(rows.getString(1), rows.getLong(2), Long::sum);
            }
        }
        return counted;
    }

    /** Makes theme {@code themeId} inactive. */
    public void deactivateTheme(long themeId) {
        em.find(Theme.class, themeId).setActive(false);
    }

    /** The helpdesk questions account {@code accountId} asked, the oldest first. */
    public java.util.List<be.eloket.helpdesk.entity.HelpdeskQuestion> helpdeskQuestionsOf(long accountId) {
        return em.createQuery("select q from HelpdeskQuestion q where q.accountId = :account order by q.id",
                        be.eloket.helpdesk.entity.HelpdeskQuestion.class)
                .setParameter("account", accountId).getResultList();
    }

    /** The facility as stored now. */
    public Facility storedFacility(long facilityId) {
        Facility facility = em.find(Facility.class, facilityId);
        em.refresh(facility);
        return facility;
    }

    /** Gives facility {@code facilityId} theme {@code themeId} as well. */
    public void addTheme(long facilityId, long themeId) {
        em.find(Facility.class, facilityId).getThemes().add(em.find(Theme.class, themeId));
    }

    /** The facility no longer has theme {@code themeId}. */
    public void removeTheme(long facilityId, long themeId) {
        em.find(Facility.class, facilityId).getThemes().removeIf(theme -> theme.getId() == themeId);
    }

    /** How many files {@code accountId} has parked for messages being written (MSG-17). */
    public long parkedFilesOf(long accountId) {
        return em.createQuery("select count(p) from ParkedUpload p where p.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult();
    }

    /** How many conversations facility {@code facilityId} has. */
    /**
     * BO-9: previews and starts, on this server, the import of {@code lines} new facilities of a theme
     * of their own, each with a first user; names and addresses start with {@code prefix}. Answers the
     * import's id.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public long registerImport(String prefix, int lines) {
        // Preview and start each in a transaction of their own, as two requests of the page: the
        // start reads the committed upload.
        String theme = self.themeCodes(self.facility("WZC Bron " + prefix, 1)).get(0);
        long first = java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000L, 900_000L) * 10_000;
        StringBuilder csv = new StringBuilder("nummer;naam;thema's;gebruiker naam;gebruiker e-mail\r\n");
        for (int i = 0; i < lines; i++) {
            String digits = String.format("%010d", first + i);
            csv.append(digits, 0, 4).append('.').append(digits, 4, 7).append('.').append(digits, 7, 10).append(';').append(prefix)
                    .append(' ').append(i).append(';').append(theme).append(";Gebruiker ").append(i).append(';').append(prefix)
                    .append('-').append(i).append("@voorziening.example\r\n");
        }
        long importId = registerImports.preview("register.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Locale.forLanguageTag("nl")).importId();
        registerImports.start(importId);
        return importId;
    }

    @EJB
    be.eloket.conversation.control.CircularDeliveries circularDeliveries;

    @EJB
    be.eloket.conversation.boundary.CircularSupervisor circularSupervisor;

    /**
     * BO-10: a circular of account {@code authorId} to every facility of theme {@code themeId},
     * recorded and started on this server as {@code Circulars.send} does (its checks are the
     * boundary tests' business). Answers the circular's id.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public long circular(long themeId, long authorId, String title) {
        long circularId = circularDeliveries.create(themeId, title, "Tekst van " + title, authorId, java.util.List.of(),
                java.util.List.of());
        circularSupervisor.run(circularId);
        return circularId;
    }

    /** Gives a facility a number of the register's form (BO-8): the test facilities have numbers of their own. */
    public void renumber(long facilityId, String number) {
        em.createNativeQuery("update facility set number = ?1 where id = ?2").setParameter(1, number).setParameter(2, facilityId)
                .executeUpdate();
    }

    /** The ids of the facilities with number {@code number}. */
    public java.util.List<Long> facilitiesNumbered(String number) {
        return em.createQuery("select f.id from Facility f where f.number = :number", Long.class)
                .setParameter("number", number).getResultList();
    }

    /**
     * BO-9: import {@code importId} as a server leaves it that died after committing {@code nextLine}
     * lines (which made {@code created} facilities and invited as many users): RUNNING, its lease run out.
     */
    public void diedAfter(long importId, int nextLine, int created) {
        em.createNativeQuery("update register_import set status = 'RUNNING', next_line = ?1, created = ?2, invited = ?2,"
                        + " started_by = 'admin@zorg.example', started_at = now(), lease_owner = 'dead-node',"
                        + " lease_until = now() - interval '1 minute' where id = ?3")
                .setParameter(1, nextLine).setParameter(2, created).setParameter(3, importId).executeUpdate();
    }

    /**
     * BO-10: {@code count} more facilities of theme {@code themeId}, named {@code prefix} and a
     * number, each with one confirmed contact person of the theme (contact-{@code n}-…@…), written
     * with a few statements: the circular tests and benchmark need thousands. Answers their ids.
     */
    public java.util.List<Long> facilitiesOfTheme(long themeId, int count, String prefix) {
        String tag = unique();
        java.util.List<Long> ids = ((java.util.List<?>) em.createNativeQuery("insert into facility (id, name, number, email, version)"
                        + " select nextval('facility_seq'), ?1 || ' ' || g, 'C' || ?2 || '-' || g, 'info-' || ?2 || '-' || g"
                        + " || '@voorziening.example', 0 from generate_series(1, ?3) g returning id")
                .setParameter(1, prefix).setParameter(2, tag).setParameter(3, count).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        em.createNativeQuery("insert into facility_theme (facility_id, theme_id) select id, ?1 from facility where number like ?2")
                .setParameter(1, themeId).setParameter(2, "C" + tag + "-%").executeUpdate();
        em.createNativeQuery("insert into contact_person (id, facility_id, last_name, first_name, email, email_key, phone,"
                        + " language, confirmed, confirmed_at, version) select nextval('contact_person_seq'), id, 'Contact', 'Persoon',"
                        + " 'contact-' || number || '@voorziening.example', lower('contact-' || number || '@voorziening.example'),"
                        + " '+32 2 553 35 00', 'nl', true, now(), 0 from facility where number like ?1")
                .setParameter(1, "C" + tag + "-%").executeUpdate();
        em.createNativeQuery("insert into contact_person_theme (contact_person_id, theme_id) select p.id, ?1 from contact_person p"
                        + " join facility f on f.id = p.facility_id where f.number like ?2")
                .setParameter(1, themeId).setParameter(2, "C" + tag + "-%").executeUpdate();
        return ids;
    }

    /** BO-10: the notifications in status {@code status} for the contacts of the facilities named {@code prefix} (facilitiesOfTheme). */
    public long notificationsFor(String prefix, String status) {
        return ((Number) em.createNativeQuery("select count(*) from queued_mail q join contact_person p on p.email = q.recipient"
                        + " join facility f on f.id = p.facility_id where f.name like ?1 and q.kind = 'MESSAGE_NOTIFICATION'"
                        + " and q.status = ?2")
                .setParameter(1, prefix + " %").setParameter(2, status).getSingleResult()).longValue();
    }

    /** BO-10: the distinct stored contents the messages of circular {@code circularId} carry. */
    public long storedContentsOfCircular(long circularId) {
        return ((Number) em.createNativeQuery("select count(distinct a.content_id) from attachment a join message m on m.id = a.message_id"
                        + " join conversation c on c.id = m.conversation_id where c.circular_id = ?1")
                .setParameter(1, circularId).getSingleResult()).longValue();
    }

    /** BO-10: the attachments of the messages of circular {@code circularId}. */
    public long attachmentsOfCircular(long circularId) {
        return ((Number) em.createNativeQuery("select count(*) from attachment a join message m on m.id = a.message_id"
                        + " join conversation c on c.id = m.conversation_id where c.circular_id = ?1")
                .setParameter(1, circularId).getSingleResult()).longValue();
    }

    /** BO-10: circular {@code circularId} as a server leaves it that died while sending it: RUNNING, its lease run out. */
    public void circularServerDied(long circularId) {
        em.createNativeQuery("update circular set lease_owner = 'dead-node', lease_until = now() - interval '1 minute'"
                        + " where id = ?1")
                .setParameter(1, circularId).executeUpdate();
    }

    /** BO-10: per facility, how many conversations circular {@code circularId} started there. */
    public Map<Long, Long> conversationsPerFacilityOf(long circularId) {
        Map<Long, Long> counts = new java.util.TreeMap<>();
        em.createQuery("select c.facility.id, count(c) from Conversation c where c.circularId = :circular group by c.facility.id",
                        Object[].class).setParameter("circular", circularId).getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The mails queued for {@code recipient}, of every kind and state. */
    public long mailsQueuedFor(String recipient) {
        return ((Number) em.createNativeQuery("select count(*) from queued_mail where recipient = ?1")
                .setParameter(1, recipient).getSingleResult()).longValue();
    }

    public long conversationsOf(long facilityId) {
        return em.createQuery("select count(c) from Conversation c where c.facility.id = :facility", Long.class)
                .setParameter("facility", facilityId).getSingleResult();
    }

    /** A case handler in the default team of the facility's first theme; answers the username. */
    public String caseHandlerLoginOf(long facilityId, String displayName) {
        return em.find(be.eloket.account.entity.Account.class, caseHandlerOf(facilityId, displayName)).getUsername();
    }

    // --- BO-5 facilities, helpdesk questions, inbox extras

    /** A contact person of the facility for theme {@code themeId}, confirmed or not; answers its id. */
    public long contactOfTheme(long facilityId, long themeId, String email, boolean confirmed) {
        Facility facility = em.find(Facility.class, facilityId);
        be.eloket.contact.entity.ContactPerson person = new be.eloket.contact.entity.ContactPerson(facility, "nl");
        person.setLastName("Persoon");
        person.setFirstName(confirmed ? "Bevestigde" : "Onbevestigde");
        person.setEmail(email);
        person.setPhone("+32 2 553 35 00");
        person.getThemes().add(em.find(Theme.class, themeId));
        if (confirmed) {
            person.confirm(java.time.Instant.now());
        }
        em.persist(person);
        em.flush();
        return person.getId();
    }

    @EJB
    be.eloket.helpdesk.boundary.Helpdesk helpdesk;

    /** A question of a new user of the facility to the technical helpdesk; answers the question's id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long helpdeskQuestion(long facilityId, String question) throws Exception {
        String username = self.facilityUser(facilityId, "Vraagsteller " + unique());
        long account = self.accountId(username);
        return asFacilityUser.call(() -> helpdesk.ask(facilityId, account, username, question));
    }

    /** How many helpdesk questions of the facility stand in {@code status}. */
    public long helpdeskQuestionCount(long facilityId, be.eloket.helpdesk.entity.QuestionStatus status) {
        return em.createQuery("select count(q) from HelpdeskQuestion q where q.facilityId = :facility and q.status = :status",
                        Long.class)
                .setParameter("facility", facilityId).setParameter("status", status).getSingleResult();
    }

    // --- BO-7 accounts

    /** Lets every open invitation link of the account {@code username} expire (BO-7). */
    public void expireInvitationLinks(String username) {
        em.createNativeQuery("update invitation_token set expires_at = ?1 where account_id in"
                        + " (select id from account where username = ?2)")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
                .setParameter(2, username.toLowerCase(java.util.Locale.ROOT))
                .executeUpdate();
    }

    /** How many accounts have {@code username}, whatever their state (BO-7). */
    public long accountsNamed(String username) {
        return em.createQuery("select count(a) from Account a where a.username = :username", Long.class)
                .setParameter("username", username.toLowerCase(java.util.Locale.ROOT)).getSingleResult();
    }

    /** How many invitation links hold {@code text} anywhere in their stored hash (must be none for a raw token). */
    public long invitationTokensContaining(String text) {
        return ((Number) em.createNativeQuery("select count(*) from invitation_token where token_hash like ?1")
                .setParameter(1, "%" + text + "%").getSingleResult()).longValue();
    }
}
