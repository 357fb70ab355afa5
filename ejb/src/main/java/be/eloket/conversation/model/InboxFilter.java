package be.eloket.conversation.model;

import be.eloket.conversation.entity.ConversationStatus;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of the department's inbox (BO-2); null or blank means "any". The facility name and
 * the reference are case-insensitive "contains"; dates are whole days in Europe/Brussels;
 * {@code unread} keeps only the messages no one of the department opened yet.
 */
public record InboxFilter(String facility, Long themeId, Long teamId, Long caseHandlerId, String reference,
                          LocalDate from, LocalDate to, ConversationStatus status, boolean unread) implements Serializable {

    public static InboxFilter any() {
        return new InboxFilter(null, null, null, null, null, null, null, null, false);
    }

    public InboxFilter withFacility(String value) {
        return new InboxFilter(value, themeId, teamId, caseHandlerId, reference, from, to, status, unread);
    }

    public InboxFilter withTheme(Long value) {
        return new InboxFilter(facility, value, teamId, caseHandlerId, reference, from, to, status, unread);
    }

    public InboxFilter withTeam(Long value) {
        return new InboxFilter(facility, themeId, value, caseHandlerId, reference, from, to, status, unread);
    }

    public InboxFilter withCaseHandler(Long value) {
        return new InboxFilter(facility, themeId, teamId, value, reference, from, to, status, unread);
    }

    public InboxFilter withReference(String value) {
        return new InboxFilter(facility, themeId, teamId, caseHandlerId, value, from, to, status, unread);
    }

    public InboxFilter withStatus(ConversationStatus value) {
        return new InboxFilter(facility, themeId, teamId, caseHandlerId, reference, from, to, value, unread);
    }

    public InboxFilter between(LocalDate fromDay, LocalDate toDay) {
        return new InboxFilter(facility, themeId, teamId, caseHandlerId, reference, fromDay, toDay, status, unread);
    }

    public InboxFilter unreadOnly(boolean value) {
        return new InboxFilter(facility, themeId, teamId, caseHandlerId, reference, from, to, status, value);
    }
}
