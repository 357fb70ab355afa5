package be.eloket.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.DateTimeConverter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datepicker.DatePicker;

/**
 * What every date field (a p:datePicker, or a text field with a date converter) says when it
 * cannot read what was typed, in the person's language (bundle key {@code date.invalid}):
 * "'morgen' is geen geldige datum. Schrijf de datum als dd/mm/jjjj, …". JSF's own place for that
 * text, the {@code <message-bundle>} of faces-config.xml, costs Mojarra 4.0 an exception on every
 * resource lookup (see there), so the message is set on the field instead, just before it converts
 * what was typed (registered in faces-config.xml for {@code PreValidateEvent} on DatePicker and
 * HtmlInputText): no page has to repeat it, and a page that is only shown does not pay for it.
 */
public class DateFieldMessages implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker
                || source instanceof UIInput field && field.getConverter() instanceof DateTimeConverter;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIInput field = (UIInput) event.getSource();
        Object typed = field.getSubmittedValue();
        // An empty field converts to no date and cannot be refused; the message set on a field is
        // kept in the page's state, so it is set only where it may be needed.
        if (typed != null && !typed.toString().isBlank()) {
            field.setConverterMessage(Problems.text(FacesContext.getCurrentInstance(), "date.invalid", typed));
        }
    }
}
