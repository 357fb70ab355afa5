package be.eloket.audit.boundary;

import be.eloket.audit.model.AuditFilter;
import be.eloket.audit.model.AuditLine;
import be.eloket.platform.FirstPages;
import be.eloket.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading the audit trail (SEC-5): administrators page through all of it with filters; a
 * facility sees the last changes of its own organisation on "Mijn organisatie". Entries are
 * written only by the audit component's recorder, in the transaction of each change.
 */
@Stateless
public class AuditTrail {

    /** How many entries "Mijn organisatie" shows. */
    public static final int RECENT = 10;

    /** The actions of the department's handling, which the facility's own history leaves out. */
    private static final List<String> DEPARTMENT_HANDLING = List.of("ASSIGNED", "MARKED_ANSWERED");

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final String LINE = "select new be.eloket.audit.model.AuditLine(a.id, a.at, a.actor, a.facilityId, f.name,"
            + " a.subjectKind, a.subjectId, a.action, a.changes) from AuditEntry a left join Facility f on f.id = a.facilityId";

    @PersistenceContext
    EntityManager em;

    /** One page of the entries matching {@code filter}, newest first, paged in the database. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<AuditLine> entries(AuditFilter filter, int first, int pageSize) {
        Map<String, Object> parameters = new HashMap<>();
        return FirstPages.read(em, LINE + " where " + where(filter, parameters)
                + " order by a.at desc, a.id desc", AuditLine.class, parameters, first, pageSize);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long count(AuditFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditEntry a left join Facility f on f.id = a.facilityId"
                + " where " + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * The last {@value #RECENT} entries of the facility's own data, newest first: not the
     * department's handling of its conversations and helpdesk questions (assignments, marked answered).
     */
    @RolesAllowed(Role.Names.FACILITY_USER)
    public List<AuditLine> recent(long facilityId) {
        return em.createQuery(LINE + " where a.facilityId = :facility and a.action not in :internal"
                        + " order by a.at desc, a.id desc", AuditLine.class)
                .setParameter("facility", facilityId)
                .setParameter("internal", DEPARTMENT_HANDLING)
                .setMaxResults(RECENT)
                .getResultList();
    }

    private static String where(AuditFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and lower(a.actor) like :actor escape '\\'");
            parameters.put("actor", contains(filter.actor()));
        }
        if (filter.facilityId() != null) {
            where.append(" and a.facilityId = :facility");
            parameters.put("facility", filter.facilityId());
        }
        if (filter.facilityName() != null && !filter.facilityName().isBlank()) {
            where.append(" and lower(f.name) like :facilityName escape '\\'");
            parameters.put("facilityName", contains(filter.facilityName()));
        }
        if (filter.subjectKind() != null) {
            where.append(" and a.subjectKind = :kind");
            parameters.put("kind", filter.subjectKind());
        }
        if (filter.from() != null) {
            where.append(" and a.at >= :from");
            parameters.put("from", filter.from().atStartOfDay(BRUSSELS).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and a.at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(BRUSSELS).toInstant());
        }
        return where.toString();
    }

    private static String contains(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
