package be.eloket.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Iterator;

/**
 * What a list field (a select or a group of checkboxes) says when the choice sent is not among
 * its options, in the person's language (bundle key {@code choice.stale}): a list read anew for
 * every request changed since the page was shown, or the request was forged. JSF's own text for it is English and technical ("Validation
 * Error: Value is not valid"), and it cannot be set on the field: {@code UISelectOne} looks it up
 * in the {@code <message-bundle>}, which this application does not declare (see
 * faces-config.xml). So the field's message is replaced just after it was validated (registered
 * in faces-config.xml for {@code PostValidateEvent} on the list fields the pages use). None of
 * the list fields has a validator of its own, so a choice refused is always this case.
 */
public class StaleChoices implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIInput field = (UIInput) event.getSource();
        // An empty choice refused is a required field left empty: its own message stays.
        if (field.isValid() || nothingChosen(field.getSubmittedValue())) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = field.getClientId(context);
        for (Iterator<FacesMessage> messages = context.getMessages(clientId); messages.hasNext(); ) {
            messages.next();
            messages.remove();
        }
        String text = Problems.text(context, "choice.stale");
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static boolean nothingChosen(Object submitted) {
        return submitted == null || submitted instanceof String chosen && chosen.isEmpty()
                || submitted instanceof String[] chosen && chosen.length == 0;
    }
}
