package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.Inbox;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.model.InboxChoices;
import be.eloket.conversation.model.InboxFilter;
import be.eloket.conversation.model.InboxLine;
import be.eloket.web.ActiveUser;
import be.eloket.web.Language;
import be.eloket.web.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.time.LocalDate;

/** /backoffice/inbox.xhtml: the messages of facilities within the staff member's themes (BO-2). */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @Inject
    Language language;

    @EJB
    Inbox inbox;

    private String facility;
    private Long themeId;
    private Long teamId;
    private Long caseHandlerId;
    private String reference;
    private LocalDate from;
    private LocalDate to;
    private ConversationStatus status;
    private boolean unread;

    /** The filter the list shows: the one of the last "Filteren", not what is being typed. */
    private InboxFilter filter = InboxFilter.any();
    private long accountId;
    private InboxChoices choices;
    private PagedRows<InboxLine> messages;

    @PostConstruct
    void load() {
        accountId = activeUser.getAccount().id();
        choices = inbox.choices(accountId, language.getLocale());
        long caller = accountId;
        messages = new PagedRows<>((first, pageSize) -> inbox.messages(caller, filter, first, pageSize),
                () -> inbox.count(caller, filter), InboxLine::messageId);
    }

    public void filter() {
        filter = new InboxFilter(facility, themeId, teamId, caseHandlerId, reference, from, to, status, unread);
    }

    public PagedRows<InboxLine> getMessages() {
        return messages;
    }

    public InboxChoices getChoices() {
        return choices;
    }

    public List<ConversationStatus> getStatuses() {
        return ConversationStatus.OF_FACILITY_MESSAGES;
    }

    public String getFacility() {
        return facility;
    }

    public void setFacility(String facility) {
        this.facility = facility;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getCaseHandlerId() {
        return caseHandlerId;
    }

    public void setCaseHandlerId(Long caseHandlerId) {
        this.caseHandlerId = caseHandlerId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public void setStatus(ConversationStatus status) {
        this.status = status;
    }

    public boolean isUnread() {
        return unread;
    }

    public void setUnread(boolean unread) {
        this.unread = unread;
    }
}
