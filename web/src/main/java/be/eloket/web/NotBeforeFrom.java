package be.eloket.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The "tot en met" date of a filter (messages, inbox, audit trail, outbox): one before the
 * filter's "vanaf" date is refused beside the field, saying which date to choose, instead of a
 * list that stays empty without a word (UX-3). The "vanaf" field is named by the attribute
 * {@code from}, its id in the same form; it stands before this field, so JSF has read it by now:
 * <pre>{@code <f:validator validatorId="eloket.NotBeforeFrom"/> <f:attribute name="from" value="filter-from"/>}</pre>
 */
@FacesValidator("eloket.NotBeforeFrom")
public class NotBeforeFrom implements Validator<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public void validate(FacesContext context, UIComponent component, LocalDate to) {
        UIInput fromField = (UIInput) component.findComponent((String) component.getAttributes().get("from"));
        // A "vanaf" date that could not be read has its own message already.
        if (to != null && fromField.isValid() && fromField.getValue() instanceof LocalDate from && to.isBefore(from)) {
            String text = Problems.text(context, "date.before-from", SHOWN.format(to), SHOWN.format(from));
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
