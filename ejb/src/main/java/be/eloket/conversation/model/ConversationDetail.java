package be.eloket.conversation.model;

import be.eloket.conversation.entity.ConversationStatus;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A conversation as the backoffice shows it (BO-2): where it stands, its whole history (oldest
 * first, each message with its attachments) and the case handlers it may be assigned to.
 */
public record ConversationDetail(long id, String reference, String facilityName, String themeNameNl, String themeNameEn,
                                 String teamName, Long caseHandlerId, String caseHandlerName, ConversationStatus status,
                                 List<MessageDetail> messages, List<CaseHandlerChoice> caseHandlers)
        implements Serializable {

    /** A case handler of one of the theme's teams. */
    public record CaseHandlerChoice(long id, String name, String teamName) implements Serializable {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getTeamName() {
            return teamName;
        }
    }

    public String themeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? themeNameEn : themeNameNl;
    }

    public long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public String getTeamName() {
        return teamName;
    }

    public Long getCaseHandlerId() {
        return caseHandlerId;
    }

    public String getCaseHandlerName() {
        return caseHandlerName;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public List<MessageDetail> getMessages() {
        return messages;
    }

    public List<CaseHandlerChoice> getCaseHandlers() {
        return caseHandlers;
    }

    public boolean isOpen() {
        return status == ConversationStatus.OPEN;
    }
}
