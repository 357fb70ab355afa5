package be.eloket.conversation.boundary;

import be.eloket.account.entity.Account;
import be.eloket.conversation.control.AttachmentPolicy;
import be.eloket.conversation.control.CircularDeliveries;
import be.eloket.conversation.control.DepartmentScope;
import be.eloket.conversation.control.ParkedUploads;
import be.eloket.conversation.control.Postings;
import be.eloket.conversation.entity.Circular;
import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.CircularProgress;
import be.eloket.conversation.model.CircularRecipientLine;
import be.eloket.conversation.model.RecipientFilter;
import be.eloket.conversation.model.UploadRef;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The department's messages to every facility of a theme (BO-10): sent by a batch job, one
 * conversation per facility, while the sender follows its progress, and kept as one object that
 * says whom it reached, whom not and why, and who opened it. Within the staff member's
 * {@link DepartmentScope}, like the conversations it starts.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Circulars {

    private static final Logger LOG = System.getLogger(Circulars.class.getName());

    /** A facility of a circular as the lists show it; its first message is the circular's. */
    private static final String RECIPIENT_LINE = "select r.facility_id, f.name, f.number, r.conversation_id, c.reference,"
            + " r.refusal, r.refusal_argument, (select min(m.read_at) from message m where m.conversation_id = r.conversation_id"
            + " and m.direction = 'RECEIVED') from circular_recipient r join facility f on f.id = r.facility_id"
            + " left join conversation c on c.id = r.conversation_id where r.circular_id = ?1";

    /** A recipient (alias r) whose facility opened the circular's message (MSG-6's read flag). */
    private static final String OPENED = "exists (select 1 from message m where m.conversation_id = r.conversation_id"
            + " and m.direction = 'RECEIVED' and m.read_at is not null)";

    /** Per circular: how many facilities got its conversation, were refused, opened it. */
    private static final String COUNTS = "select r.circular_id, count(r.conversation_id), count(r.refusal),"
            + " count(*) filter (where " + OPENED + ") from circular_recipient r";

    @PersistenceContext
    EntityManager em;

    @Inject
    DepartmentScope department;

    @EJB
    CircularDeliveries deliveries;

    @EJB
    CircularSupervisor supervisor;

    @EJB
    ParkedUploads parkedUploads;

    @Inject
    AttachmentPolicy attachmentPolicy;

    /**
     * Checks a circular under {@code themeId} and starts sending it to every facility of the theme;
     * answers its id at once, for its progress page. Refused, with every problem at once, without
     * theme, title or text, under a theme outside the caller's scope ({@link NotFound}) or one
     * without open facilities.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long send(long accountId, Long themeId, String title, String text, List<UploadRef> uploads) {
        NewMessages.requireChoices(themeId, false, title, text);
        Theme theme = department.theme(accountId, themeId);
        List<Problem> problems = new ArrayList<>();
        if (!theme.acceptsNewConversations()) {
            problems.add(Problem.of("theme", "compose.theme.unknown"));
        }
        Postings.checkTitle(title, problems);
        Postings.checkText(text, problems);
        // Checked once, not per facility: every conversation's attachments refer to the same stored contents.
        AttachmentPolicy.Checked files = attachmentPolicy.check(parkedUploads.contents(accountId, uploads, problems));
        problems.addAll(files.problems());
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        long circularId = deliveries.create(themeId, title.strip(), text.strip(), accountId, files.accepted(), uploads);
        long execution = supervisor.run(circularId);
        LOG.log(Level.INFO, "Circular {0} to theme {1} sent by account {2} (job execution {3})", circularId, themeId, accountId,
                execution);
        return circularId;
    }

    /** A circular within the caller's scope as it stands, its theme named in {@code language}. */
    public CircularProgress progress(long accountId, long circularId, Locale language) {
        Circular circular = within(accountId, circularId);
        return progress(circular, counts(List.of(circularId)).get(circularId), language);
    }

    /**
     * The facilities of a circular within the caller's scope that {@code filter} shows, from
     * {@code first}, at most {@code max}: the refused first, then by name.
     */
    public List<CircularRecipientLine> recipients(long accountId, long circularId, RecipientFilter filter, int first, int max) {
        within(accountId, circularId);
        List<?> rows = em.createNativeQuery(RECIPIENT_LINE + shown(filter) + " order by r.refusal is null, f.name, f.id")
                .setParameter(1, circularId).setFirstResult(first).setMaxResults(max).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new CircularRecipientLine(((Number) row[0]).longValue(),
                (String) row[1], (String) row[2], row[3] == null ? null : ((Number) row[3]).longValue(), (String) row[4],
                (String) row[5], (String) row[6], row[7] == null ? null : ((Timestamp) row[7]).toInstant())).toList();
    }

    /** How many facilities of a circular within the caller's scope {@code filter} shows. */
    public long recipientCount(long accountId, long circularId, RecipientFilter filter) {
        within(accountId, circularId);
        return ((Number) em.createNativeQuery("select count(*) from circular_recipient r where r.circular_id = ?1" + shown(filter))
                .setParameter(1, circularId).getSingleResult()).longValue();
    }

    private static String shown(RecipientFilter filter) {
        return switch (filter) {
            case ALL -> "";
            case REFUSED -> " and r.refusal is not null";
            case NOT_OPENED -> " and r.conversation_id is not null and not " + OPENED;
        };
    }

    /**
     * The circulars of the themes in the caller's scope, the running ones first, then the newest:
     * from {@code first}, at most {@code max}, paged in the database.
     */
    public List<CircularProgress> list(long accountId, int first, int max, Locale language) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Circular> query = em.createQuery("select c from Circular c join c.theme t where " + scope(accountId, parameters)
                + " order by case when c.status = :running then 0 else 1 end, c.createdAt desc, c.id desc", Circular.class);
        parameters.forEach(query::setParameter);
        List<Circular> page = query.setParameter("running", Circular.RUNNING).setFirstResult(first).setMaxResults(max)
                .getResultList();
        Map<Long, long[]> counts = counts(page.stream().map(Circular::getId).toList());
        return page.stream().map(circular -> progress(circular, counts.get(circular.getId()), language)).toList();
    }

    /** How many circulars {@link #list} pages through. */
    public long count(long accountId) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(c) from Circular c join c.theme t where "
                + scope(accountId, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String scope(long accountId, Map<String, Object> parameters) {
        Account caller = department.caller(accountId);
        return DepartmentScope.where(caller, parameters);
    }

    private Circular within(long accountId, long circularId) {
        Circular circular = em.find(Circular.class, circularId);
        if (circular == null) {
            throw new NotFound("circular", circularId);
        }
        department.theme(accountId, circular.getTheme().getId());
        return circular;
    }

    /** The counts of {@link #COUNTS} for each of {@code circularIds}, in one query; a circular without recipients counts nothing. */
    private Map<Long, long[]> counts(List<Long> circularIds) {
        Map<Long, long[]> counts = new HashMap<>();
        circularIds.forEach(id -> counts.put(id, new long[3]));
        if (!circularIds.isEmpty()) {
            // The ids are the database's own numbers, written into the statement: a native query takes no list.
            String ids = String.join(", ", circularIds.stream().map(String::valueOf).toList());
            ((List<?>) em.createNativeQuery(COUNTS + " where r.circular_id in (" + ids + ") group by r.circular_id").getResultList())
                    .stream().map(Object[].class::cast).forEach(row -> counts.put(((Number) row[0]).longValue(), new long[] {
                            ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()}));
        }
        return counts;
    }

    private static CircularProgress progress(Circular circular, long[] counts, Locale language) {
        return new CircularProgress(circular.getId(), circular.getTitle(), circular.getTheme().name(language),
                circular.getAuthorName(), circular.getCreatedAt(), circular.getFinishedAt(),
                Circular.RUNNING.equals(circular.getStatus()), circular.getRecipientCount(), counts[0], counts[1], counts[2]);
    }
}
