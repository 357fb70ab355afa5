package be.eloket.web.backoffice;

import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.model.InboxFilter;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The inbox's filters as they are being typed (BO-2): "Filteren" makes them the list's {@link
 * InboxFilter}.
 */
public class InboxFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String facility;
    private Long themeId;
    private Long teamId;
    private Long caseHandlerId;
    private String reference;
    private LocalDate from;
    private LocalDate to;
    private ConversationStatus status;
    private boolean unread;

    public InboxFilter filter() {
        return new InboxFilter(facility, themeId, teamId, caseHandlerId, reference, from, to, status, unread);
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
