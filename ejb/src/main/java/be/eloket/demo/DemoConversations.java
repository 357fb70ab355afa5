package be.eloket.demo;

import be.eloket.account.entity.Account;
import be.eloket.contact.boundary.Confirmations;
import be.eloket.contact.model.ContactRow;
import be.eloket.conversation.control.ContentStore;
import be.eloket.conversation.control.Postings;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.Upload;
import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.entity.QueuedMail;
import be.eloket.mail.model.MailFilter;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversations of a demo facility, one in each state the screens know, written through the
 * real boundaries (the department's as administrator, the facility's through
 * {@link DemoFacilityUser}): a received message nobody opened yet; a long history (asked by the
 * department, answered by the facility, answered again, five messages); a received message with
 * a PDF, a text file and a PNG; and a question of the facility that nobody answered yet. The
 * facility first gets a confirmed contact person for the themes of {@code contactPerson}, so that
 * "Mijn taken" lists only its other themes. The messages are dated over the past three weeks.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class DemoConversations {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Pattern CONFIRMATION_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @PersistenceContext
    EntityManager em;

    @EJB
    DemoFacilityUser facilityUser;

    @EJB
    Postings department;

    @EJB
    ContentStore contentStore;

    @EJB
    Outbox outbox;

    @EJB
    Confirmations confirmations;

    private final Clock clock = Clock.systemUTC();

    /**
     * Creates the contact person and the conversations of {@code facilityId}, which needs at least
     * one facility user and a case handler in the default team of each theme of
     * {@code contactPerson}. The first of those themes holds the unread message and the long
     * history, the second (or the first again) the attachments and the open question.
     */
    public void create(long facilityId, ContactRow contactPerson) {
        facilityUser.addContactPerson(facilityId, contactPerson);
        confirm(contactPerson.getEmail());

        long main = contactPerson.getThemeIds().get(0);
        long other = contactPerson.getThemeIds().get(Math.min(1, contactPerson.getThemeIds().size() - 1));
        List<Long> users = facilityUsers(facilityId);
        long writer = users.get(0);
        long colleague = users.get(users.size() - 1);
        Timeline timeline = new Timeline(LocalDate.now(clock.withZone(BRUSSELS)));

        // The long history: asked, answered, asked further, answered with the chapters, closed.
        long mainHandler = caseHandlerOf(main);
        Sent asked = department.departmentStarts(facilityId, main, "Actualisatie van uw kwaliteitshandboek", """
                Beste,

                Bij de opvolging van uw erkenning vragen we u het bijgewerkte kwaliteitshandboek te bezorgen, \
                met een overzicht van wat er sinds de vorige versie veranderde.

                Met vriendelijke groeten""", List.of(), mainHandler);
        timeline.at(asked, 21, "10:05");
        Sent answered = facilityUser.reply(facilityId, writer, asked.messageId(), """
                Goedemiddag,

                We werken het handboek momenteel bij en bezorgen het tegen het einde van de maand. Welke \
                hoofdstukken wilt u zeker terugvinden?""");
        timeline.at(answered, 20, "14:30");
        Sent askedFurther = department.departmentReplies(asked.conversationId(), """
                Dank u voor uw snelle antwoord. Vooral de hoofdstukken over het medicatiebeleid en over de \
                behandeling van klachten zijn voor ons belangrijk.""", List.of(), mainHandler);
        timeline.at(askedFurther, 16, "09:40");
        Sent chapters = facilityUser.reply(facilityId, colleague, askedFurther.messageId(), """
                Beste,

                Beide hoofdstukken zijn herschreven en goedgekeurd door de directie. U vindt ze in het \
                handboek dat we vandaag op het gedeelde platform plaatsten.""");
        timeline.at(chapters, 14, "11:20");
        Sent closed = department.departmentReplies(asked.conversationId(), """
                We hebben de hoofdstukken ontvangen en nagekeken: ze voldoen. Het dossier is hiermee afgerond.""",
                List.of(), mainHandler);
        timeline.at(closed, 12, "15:05");
        facilityUser.open(facilityId, closed.messageId());

        // Several attachments, opened by the facility.
        Sent report = department.departmentStarts(facilityId, other, "Verslag van het inspectiebezoek", """
                Beste,

                In bijlage vindt u het verslag van ons bezoek, de aanwezigheidslijst en de plattegrond \
                waarop we de aandachtspunten aanduidden.""", List.of(
                        attachment("inspectieverslag.pdf"),
                        attachment("aanwezigheidslijst.txt"),
                        attachment("plattegrond.png")), caseHandlerOf(other));
        timeline.at(report, 8, "10:30");
        facilityUser.open(facilityId, report.messageId());

        // A question of the facility, not answered yet.
        Sent question = facilityUser.start(facilityId, writer, other, "Welke documenten horen bij de verlenging?", """
                Goedendag,

                Onze erkenning loopt volgend jaar af. Welke documenten moeten we bij de aanvraag tot \
                verlenging voegen, en tegen wanneer?""");
        timeline.at(question, 3, "16:45");

        // Received yesterday, not opened yet.
        Sent news = department.departmentStarts(facilityId, main, "Nieuwe afspraken voor het melden van incidenten", """
                Beste,

                Vanaf volgende maand meldt u ernstige incidenten binnen de 48 uur via het e-loket. We lichten \
                de nieuwe afspraken toe op de infosessie van volgende week.""", List.of(), mainHandler);
        timeline.at(news, 1, "08:50");

        timeline.apply(em);
    }

    /** Confirms the new contact person with the link of the confirmation mail, as the person would. */
    private void confirm(String email) {
        List<QueuedMail> mails = outbox.find(new MailFilter(email, MailKind.CONTACT_CONFIRMATION, null, null, null), 0, 1);
        Matcher token = CONFIRMATION_TOKEN.matcher(mails.isEmpty() ? "" : mails.get(0).getTemplateData());
        if (!token.find() || !confirmations.confirm(token.group(1)).isConfirmed()) {
            throw new IllegalStateException("the demo contact person " + email + " could not be confirmed");
        }
    }

    private List<Long> facilityUsers(long facilityId) {
        List<Long> users = em.createQuery("select a.id from Account a where a.facility.id = :facility and a.active = true"
                        + " order by a.id", Long.class)
                .setParameter("facility", facilityId)
                .getResultList();
        if (users.isEmpty()) {
            throw new IllegalStateException("demo facility " + facilityId + " has no user");
        }
        return users;
    }

    /** The first case handler of the theme's default team: the author of the department's messages. */
    private long caseHandlerOf(long themeId) {
        Theme theme = em.find(Theme.class, themeId);
        return em.createQuery("select a.id from Account a where a.team = :team and a.role = :role and a.active = true"
                        + " order by a.id", Long.class)
                .setParameter("team", theme.getDefaultTeam())
                .setParameter("role", Role.CASE_HANDLER)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no case handler for demo theme " + theme.getCode()));
    }

    /** A small real file from {@code /demo}, as a browser would upload it, in the content store. */
    private Upload attachment(String name) {
        try (InputStream content = DemoConversations.class.getResourceAsStream("/demo/" + name)) {
            if (content == null) {
                throw new IllegalStateException("demo file " + name + " is missing");
            }
            return new Upload(name, contentStore.store(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * When each demo message was sent. The boundaries stamp every message with the present moment;
     * once the whole story is stored, its messages and conversations move back to these dates so
     * that the lists and histories read like weeks of correspondence.
     */
    private static final class Timeline {

        private final LocalDate today;
        private final Map<Long, Instant> messages = new LinkedHashMap<>();
        private final Map<Long, List<Instant>> conversations = new LinkedHashMap<>();

        Timeline(LocalDate today) {
            this.today = today;
        }

        void at(Sent sent, int daysAgo, String time) {
            Instant at = today.minusDays(daysAgo).atTime(LocalTime.parse(time)).atZone(BRUSSELS).toInstant();
            messages.put(sent.messageId(), at);
            conversations.computeIfAbsent(sent.conversationId(), id -> new ArrayList<>()).add(at);
        }

        void apply(EntityManager em) {
            em.flush();
            messages.forEach((id, at) -> em.createNativeQuery("update message set sent_at = ?1 where id = ?2")
                    .setParameter(1, Timestamp.from(at))
                    .setParameter(2, id)
                    .executeUpdate());
            conversations.forEach((id, dates) -> em.createNativeQuery(
                            "update conversation set created_at = ?1, last_message_at = ?2 where id = ?3")
                    .setParameter(1, Timestamp.from(dates.get(0)))
                    .setParameter(2, Timestamp.from(dates.get(dates.size() - 1)))
                    .setParameter(3, id)
                    .executeUpdate());
        }
    }
}
