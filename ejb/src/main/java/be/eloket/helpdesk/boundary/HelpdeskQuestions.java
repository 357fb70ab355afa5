package be.eloket.helpdesk.boundary;

import be.eloket.audit.entity.SubjectKind;
import be.eloket.audit.model.Audited;
import be.eloket.audit.model.FieldChange;
import be.eloket.helpdesk.entity.HelpdeskQuestion;
import be.eloket.helpdesk.entity.QuestionStatus;
import be.eloket.helpdesk.model.QuestionFilter;
import be.eloket.helpdesk.model.QuestionLine;
import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.Conditions;
import be.eloket.platform.FirstPages;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The helpdesk questions in the backoffice (BO-6): administrators list them, open or answered,
 * read one and mark it answered once the helpdesk replied by mail.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class HelpdeskQuestions {

    private static final String LINE = "select new be.eloket.helpdesk.model.QuestionLine(q.id, q.askedAt, f.name, f.number,"
            + " a.displayName, q.email, q.question, q.status, q.answeredAt, q.answeredBy)"
            + " from HelpdeskQuestion q, Facility f, Account a where f.id = q.facilityId and a.id = q.accountId";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Event<Audited> audited;

    private final Clock clock = Clock.systemUTC();

    /** One page of the questions matching {@code filter}, the newest first, paged in the database. */
    public List<QuestionLine> questions(QuestionFilter filter, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        return FirstPages.read(em, LINE + where(filter, parameters)
                + " order by q.askedAt desc, q.id desc", QuestionLine.class, parameters, first, pageSize);
    }

    public long count(QuestionFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(q) from HelpdeskQuestion q, Facility f"
                + " where f.id = q.facilityId" + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** One question, whole. */
    public QuestionLine question(long questionId) {
        List<QuestionLine> found = em.createQuery(LINE + " and q.id = :id", QuestionLine.class)
                .setParameter("id", questionId)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFound("helpdesk question", questionId);
        }
        return found.get(0);
    }

    /**
     * Marks the question answered, by the caller, now, and records it in the audit trail (SEC-5).
     * A question that is already answered is refused, so that two administrators do not both
     * think they did it.
     */
    public QuestionLine markAnswered(long questionId) {
        HelpdeskQuestion question = em.find(HelpdeskQuestion.class, questionId);
        if (question == null) {
            throw new NotFound("helpdesk question", questionId);
        }
        if (question.getStatus() == QuestionStatus.ANSWERED) {
            throw new RejectedInput(Problem.of("answered", "helpdesk-questions.answered.already", question.getAnsweredBy()));
        }
        question.answered(session.getCallerPrincipal().getName(), clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("helpdesk question", questionId);
        }
        audited.fire(new Audited(question.getFacilityId(), SubjectKind.HELPDESK_QUESTION, questionId, "MARKED_ANSWERED",
                List.of(new FieldChange("status", QuestionStatus.OPEN.name(), QuestionStatus.ANSWERED.name()))));
        return question(questionId);
    }

    private static String where(QuestionFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        Conditions.equal(where, parameters, "q.status", "status", filter.status());
        Conditions.containsAny(where, parameters, "facility", filter.facility(), "f.name", "f.number");
        return where.toString();
    }
}
