package be.eloket.conversation.boundary;

import be.eloket.conversation.control.AttachmentPolicy;
import be.eloket.conversation.control.DepartmentScope;
import be.eloket.conversation.control.ParkedUploads;
import be.eloket.conversation.control.Postings;
import be.eloket.conversation.model.InboxChoices;
import be.eloket.conversation.model.Sent;
import be.eloket.conversation.model.Upload;
import be.eloket.conversation.model.UploadRef;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The department starts conversations (BO-3): with one facility, or with every facility of a
 * theme, under a theme within the staff member's {@link DepartmentScope}.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
public class NewMessages {

    private static final Logger LOG = System.getLogger(NewMessages.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DepartmentScope department;

    @EJB
    ParkedUploads parkedUploads;

    @Inject
    Postings postings;

    @Inject
    AttachmentPolicy attachmentPolicy;

    /** The themes within the caller's scope under which a new conversation may start: not the deactivated ones (BO-3, BO-4). */
    public List<InboxChoices.Choice> themesForNewMessages(long accountId, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = DepartmentScope.where(department.caller(accountId), parameters);
        TypedQuery<Theme> query = em.createQuery("select t from Theme t where " + scope + " order by t.code", Theme.class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().filter(Theme::acceptsNewConversations)
                .map(theme -> new InboxChoices.Choice(theme.getId(), theme.name(locale))).toList();
    }

    /** The open facilities that have theme {@code themeId}, by name: whom a new message under it can go to (BO-3, BO-8). */
    public List<InboxChoices.Choice> facilitiesWith(long themeId) {
        return em.createQuery("select f.id, f.name from Facility f join f.themes t where t.id = :theme and f.closedAt is null"
                        + " order by f.name",
                        Object[].class)
                .setParameter("theme", themeId)
                .getResultStream()
                .map(row -> new InboxChoices.Choice((Long) row[0], (String) row[1]))
                .toList();
    }

    /** BO-3: a new conversation with one facility, under a theme within the caller's scope. */
    public Sent publish(long accountId, Long facilityId, Long themeId, String title, String text, List<UploadRef> uploads) {
        requireChoices(themeId, facilityId == null, title, text);
        department.theme(accountId, themeId);
        Sent sent = postings.departmentStarts(facilityId, themeId, title, text, parked(accountId, uploads), accountId);
        parkedUploads.discard(accountId, uploads);
        return sent;
    }

    /**
     * BO-3 (+): the same new message to every open facility that has the theme (BO-8), one conversation each,
     * each in its own transaction so that one refused facility does not stop the others. Answers
     * how many were sent.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int publishToAll(long accountId, Long themeId, String title, String text, List<UploadRef> parkedFiles) {
        requireChoices(themeId, false, title, text);
        department.theme(accountId, themeId);
        // Checked once, not per facility: every conversation's attachments refer to the same stored contents.
        AttachmentPolicy.Checked files = attachmentPolicy.check(parked(accountId, parkedFiles));
        List<Long> facilities = em.createQuery("select f.id from Facility f join f.themes t where t.id = :theme"
                        + " and f.closedAt is null order by f.id", Long.class)
                .setParameter("theme", themeId)
                .getResultList();
        if (facilities.isEmpty()) {
            throw new RejectedInput(List.of(Problem.of("theme", "new-message.theme.no-facilities")));
        }
        int sent = 0;
        RejectedInput refused = null;
        for (long facilityId : facilities) {
            try {
                postings.departmentStarts(facilityId, themeId, title, text, files, accountId);
                sent++;
            } catch (RejectedInput rejected) {
                refused = rejected;
                LOG.log(Level.WARNING, "Facility {0} refused a message to all of theme {1}", facilityId, themeId);
            }
        }
        // Refused everywhere means the message itself is wrong (no title, no text, a bad file): show why.
        if (sent == 0 && refused != null) {
            throw refused;
        }
        parkedUploads.discard(accountId, parkedFiles);
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
    private static void requireChoices(Long themeId, boolean facilityMissing, String title, String text) {
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
