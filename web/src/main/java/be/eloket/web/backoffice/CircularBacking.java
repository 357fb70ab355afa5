package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.Circulars;
import be.eloket.conversation.model.CircularProgress;
import be.eloket.conversation.model.CircularRecipientLine;
import be.eloket.conversation.model.RecipientFilter;
import be.eloket.web.ActiveUser;
import be.eloket.web.Language;
import be.eloket.web.PagedRows;
import be.eloket.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /backoffice/circular.xhtml?id=…: a circular to every facility of a theme (BO-10), its progress
 * while its job runs (the page asks every two seconds) and its facilities: the conversation each
 * got and whether it was opened, or why it was refused.
 */
@Named
@ViewScoped
public class CircularBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @Inject
    Language language;

    @EJB
    Circulars circulars;

    private Long id;
    private CircularProgress progress;
    private RecipientFilter filter = RecipientFilter.ALL;
    private PagedRows<CircularRecipientLine> recipients;

    /** A circular that does not exist, or of a theme outside the caller's scope, is a 404. */
    @Refusals
    public void open() {
        long caller = activeUser.getAccount().id();
        long shown = id == null ? -1 : id;
        progress = circulars.progress(caller, shown, language.getLocale());
        recipients = new PagedRows<>((first, pageSize) -> circulars.recipients(caller, shown, filter, first, pageSize),
                () -> circulars.recipientCount(caller, shown, filter), CircularRecipientLine::facilityId);
    }

    /** The poll while the job runs. */
    public void refresh() {
        progress = circulars.progress(activeUser.getAccount().id(), progress.id(), language.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CircularProgress getProgress() {
        return progress;
    }

    public RecipientFilter getFilter() {
        return filter;
    }

    public void setFilter(RecipientFilter filter) {
        this.filter = filter == null ? RecipientFilter.ALL : filter;
    }

    public RecipientFilter[] getFilters() {
        return RecipientFilter.values();
    }

    public PagedRows<CircularRecipientLine> getRecipients() {
        return recipients;
    }
}
