package be.eloket.helpdesk.boundary;

import be.eloket.helpdesk.entity.HelpdeskQuestion;
import be.eloket.mail.boundary.Outbox;
import be.eloket.mail.entity.MailKind;
import be.eloket.mail.model.Mail;
import be.eloket.organisation.entity.Facility;
import be.eloket.platform.AdvisoryLocks;
import be.eloket.platform.Constraints;
import be.eloket.platform.NotFound;
import be.eloket.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The technical helpdesk of "Hulp nodig?" (MSG-15): a facility user's question is stored and
 * mailed to the helpdesk in one transaction, or, when refused, neither.
 */
@Stateless
@RolesAllowed(Role.Names.FACILITY_USER)
public class Helpdesk {

    /** More questions than this within {@link #WINDOW} from one account or one e-mail address are refused (SEC-6). */
    static final int QUESTIONS_PER_MINUTE = 3;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** The helpdesk reads its mail in Dutch, whatever the language of the person asking. */
    private static final Locale HELPDESK_LANGUAGE = Locale.forLanguageTag("nl");
    private static final Logger LOG = System.getLogger(Helpdesk.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Constraints constraints;

    @EJB
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "eloket.helpdesk.email", defaultValue = "helpdesk@zorg.example")
    String helpdeskAddress;

    private final Clock clock = Clock.systemUTC();

    /**
     * Asks the helpdesk {@code question}, to be answered at {@code email}. Refuses with
     * {@link be.eloket.platform.RejectedInput} when the address is not valid or the question is empty
     * or too long, and with {@link TooManyQuestions} when this account or address already asked
     * {@value #QUESTIONS_PER_MINUTE} questions within the last minute. Answers the question's id.
     */
    public long ask(long facilityId, long accountId, String email, String question) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw new NotFound("facility", facilityId);
        }
        Instant now = clock.instant();
        HelpdeskQuestion asked = new HelpdeskQuestion(facilityId, accountId, email, question, now);
        constraints.check(asked);
        // Counted from the stored questions rather than in memory: every server of a cluster sees
        // the same count, and a question whose transaction rolled back does not count. The locks
        // (account before address, always) make parallel questions count one after the other (SEC-8).
        AdvisoryLocks.lock(em, "helpdesk:account:" + accountId);
        AdvisoryLocks.lock(em, "helpdesk:email:" + asked.getEmail().toLowerCase(Locale.ROOT));
        long recent = em.createQuery("select count(q) from HelpdeskQuestion q where q.askedAt > :since"
                        + " and (q.accountId = :account or lower(q.email) = :email)", Long.class)
                .setParameter("since", now.minus(WINDOW))
                .setParameter("account", accountId)
                .setParameter("email", asked.getEmail().toLowerCase(Locale.ROOT))
                .getSingleResult();
        if (recent >= QUESTIONS_PER_MINUTE) {
            LOG.log(Level.WARNING, "Helpdesk question of account {0} (facility {1}) refused: {2} questions within a minute",
                    accountId, facilityId, recent);
            throw new TooManyQuestions(accountId);
        }
        em.persist(asked);
        outbox.queue(Mail.of(helpdeskAddress, null, HELPDESK_LANGUAGE, MailKind.HELPDESK_QUESTION,
                Map.of("senderEmail", asked.getEmail(), "question", asked.getQuestion(), "facilityName", facility.getName())));
        em.flush();
        LOG.log(Level.INFO, "Helpdesk question {0} from account {1} (facility {2}) queued for the helpdesk",
                asked.getId(), accountId, facilityId);
        return asked.getId();
    }
}
