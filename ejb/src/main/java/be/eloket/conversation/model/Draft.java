package be.eloket.conversation.model;

import java.io.Serializable;
import java.util.List;

/**
 * A message a facility user sends (MSG-7, MSG-13): for a new conversation a theme, a title and
 * optionally the team or case handler chosen in "Hulp nodig?" (MSG-15); always the text, the
 * attachments (parked at their upload) and the contacts to notify.
 */
public record Draft(Long themeId, String title, String text, List<UploadRef> attachments,
                    List<ConversationContactRow> contacts, Long teamId, Long caseHandlerId) implements Serializable {

    public static Draft reply(String text, List<UploadRef> attachments, List<ConversationContactRow> contacts) {
        return new Draft(null, null, text, attachments, contacts, null, null);
    }
}
