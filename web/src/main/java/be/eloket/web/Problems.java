package be.eloket.web;

import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import org.omnifaces.util.Components;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows what a boundary refused: each {@link Problem} as a message beside its field (the input
 * of the submitted form whose id is the problem's field), the field marked invalid, and one
 * summary for screen readers at the top (UX-3). Keeps client ids out of the backing beans.
 */
public final class Problems {

    /** "rows[2].email": the collection, the line index and the field. */
    private static final Pattern LINE_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private Problems() {
    }

    public static void show(RejectedInput rejection, String summaryKey) {
        show(rejection, summaryKey, null);
    }

    /**
     * As {@link #show(RejectedInput, String)}, for a table: a problem of line {@code rows[2].email}
     * goes to the input "email" in row 2 of the table with id "rows", and its text starts with
     * the line number and the field's label (key {@code labelPrefix.email}), e.g. "Rij 3,
     * E-mailadres: …", so that it still says where it belongs when read out on its own.
     */
    public static void show(RejectedInput rejection, String summaryKey, String labelPrefix) {
        FacesContext context = FacesContext.getCurrentInstance();
        String formId = Components.getCurrentForm().getClientId(context);
        for (Problem problem : rejection.problems()) {
            Matcher line = LINE_FIELD.matcher(problem.field());
            String clientId = formId + ":" + (line.matches()
                    ? line.group(1) + ":" + line.group(2) + ":" + line.group(3)
                    : problem.field());
            String text = text(context, problem.messageKey(), problem.arguments().toArray());
            if (line.matches() && labelPrefix != null) {
                text = text(context, "validation.line-field", Integer.parseInt(line.group(2)) + 1,
                        text(context, labelPrefix + "." + line.group(3)), text);
            }
            // invokeOnComponent, not findComponent: it also reaches an input in a row of a table.
            boolean beside = context.getViewRoot().invokeOnComponent(context, clientId, (ctx, field) -> {
                if (field instanceof UIInput input) {
                    // An invalid input redisplays its submitted value: hand it back what was typed.
                    input.setSubmittedValue(submitted(input.getValue()));
                    input.setValid(false);
                }
            });
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
            context.addMessage(beside ? clientId : null, message);
        }
        globalError(summaryKey);
        context.validationFailed();
    }

    /** What an input shows again: its text, or for a multi-select the list of chosen values. */
    private static Object submitted(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().map(String::valueOf).toArray(String[]::new);
        }
        return value.toString();
    }

    /** The error {@code key} beside {@code field}, whose message component shows it. */
    public static void beside(UIComponent field, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(context, key, arguments);
        context.addMessage(field.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void globalError(String key, Object... arguments) {
        global(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void globalInfo(String key, Object... arguments) {
        global(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void global(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(context, key, arguments);
        context.addMessage(null, new FacesMessage(severity, text, text));
    }

    /** The text of {@code key} in the user's language, its arguments filled in. */
    public static String text(FacesContext context, String key, Object... arguments) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }
}
