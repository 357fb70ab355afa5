package be.eloket.conversation.model;

import be.eloket.conversation.entity.ConversationStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * One message from a facility as the inbox lists it (BO-2): no body. Unread while no one of the
 * department opened its conversation ({@code departmentReadAt} null).
 */
public record InboxLine(long messageId, long conversationId, String reference, String facilityName, String themeNameNl,
                        String themeNameEn, String title, String teamName, String caseHandlerName,
                        ConversationStatus status, Instant sentAt, Instant departmentReadAt) implements Serializable {

    public String themeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? themeNameEn : themeNameNl;
    }

    public long getMessageId() {
        return messageId;
    }

    public long getConversationId() {
        return conversationId;
    }

    public String getReference() {
        return reference;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public String getTitle() {
        return title;
    }

    public String getTeamName() {
        return teamName;
    }

    public String getCaseHandlerName() {
        return caseHandlerName;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isUnread() {
        return departmentReadAt == null;
    }
}
