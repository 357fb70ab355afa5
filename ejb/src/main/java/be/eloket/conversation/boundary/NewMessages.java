package be.eloket.conversation.boundary;

import be.eloket.conversation.control.DepartmentScope;
import be.eloket.conversation.control.ParkedUploads;
import be.eloket.conversation.control.Postings;
import be.eloket.conversation.model.InboxChoices;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.Upload;
import be.eloket.conversation.model.UploadRef;
import be.eloket.platform.Conditions;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import be.eloket.theme.entity.Theme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The department starts conversations (BO-3) with one facility, under a theme within the staff
 * member's {@link DepartmentScope}; {@link Circulars} starts them with every facility of a theme.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
public class NewMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    DepartmentScope department;

    @EJB
    ParkedUploads parkedUploads;

    @Inject
    Postings postings;

    /** The themes within the caller's scope under which a new conversation may start: not the deactivated ones (BO-3, BO-4). */
    public List<InboxChoices.Choice> themesForNewMessages(long accountId, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = DepartmentScope.where(department.caller(accountId), parameters);
        TypedQuery<Theme> query = em.createQuery("select t from Theme t where " + scope + " order by t.code", Theme.class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().filter(Theme::acceptsNewConversations)
                .map(theme -> new InboxChoices.Choice(theme.getId(), theme.name(locale))).toList();
    }

    /**
     * At most {@code max} open facilities of theme {@code themeId} whose name or number contains
     * {@code typed}, by name (BO-3, BO-8): the choice of one facility among thousands, made in the
     * database.
     */
    public List<InboxChoices.Choice> facilitiesMatching(long themeId, String typed, int max) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        Conditions.containsAny(where, parameters, "typed", typed, "f.name", "f.number");
        TypedQuery<Object[]> query = em.createQuery("select f.id, f.name, f.number from Facility f join f.themes t"
                + " where t.id = :theme and f.closedAt is null" + where + " order by f.name, f.id", Object[].class);
        parameters.forEach(query::setParameter);
        return query.setParameter("theme", themeId).setMaxResults(max).getResultStream()
                .map(row -> new InboxChoices.Choice((Long) row[0], row[1] + " (" + row[2] + ")"))
                .toList();
    }

    /** Facility {@code facilityId} as a choice under theme {@code themeId}, if it is one: what a chosen name stands for after a postback. */
    public Optional<InboxChoices.Choice> facilityChoice(long themeId, long facilityId) {
        return em.createQuery("select f.id, f.name, f.number from Facility f join f.themes t where t.id = :theme"
                        + " and f.closedAt is null and f.id = :facility", Object[].class)
                .setParameter("theme", themeId).setParameter("facility", facilityId).getResultStream()
                .map(row -> new InboxChoices.Choice((Long) row[0], row[1] + " (" + row[2] + ")"))
                .findFirst();
    }

    /** BO-3: a new conversation with one facility, under a theme within the caller's scope. */
    public Sent publish(long accountId, Long facilityId, Long themeId, String title, String text, List<UploadRef> uploads) {
        requireChoices(themeId, facilityId == null, title, text);
        department.theme(accountId, themeId);
        Sent sent = postings.departmentStarts(facilityId, themeId, title, text, parked(accountId, uploads), accountId);
        parkedUploads.discard(accountId, uploads);
        return sent;
    }

    /** The files parked for the message; one that is gone meanwhile refuses it, so that it is added again. */
    private List<Upload> parked(long accountId, List<UploadRef> uploads) {
        List<Problem> problems = new ArrayList<>();
        List<Upload> files = parkedUploads.contents(accountId, uploads, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return files;
    }

    /**
     * BO-3, UX-3: a new message without its theme, or without its facility when it is not for all of
     * the theme, is refused together with whatever else is wrong with its title and text, so that the
     * person sees every problem at once.
     */
    static void requireChoices(Long themeId, boolean facilityMissing, String title, String text) {
        List<Problem> problems = new ArrayList<>();
        if (themeId == null) {
            problems.add(Problem.of("theme", "new-message.theme.required"));
        }
        if (facilityMissing) {
            problems.add(Problem.of("facility", "new-message.facility.required"));
        }
        if (!problems.isEmpty()) {
            Postings.checkTitle(title, problems);
            Postings.checkText(text, problems);
            throw new RejectedInput(problems);
        }
    }
}
