package be.eloket.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.omnifaces.util.Faces;

/**
 * The id of a record in a page's address ({@code f:viewParam}). One that is no number ("abc",
 * a link cut short, a number too large) answers the not-found page, as an id nobody may see does
 * (SEC-2). With JSF's own conversion the page would be shown without its record and without a
 * word: a failed conversion skips the page's {@code f:viewAction}, which opens the record.
 * No id at all is left to the page (a new message has no {@code replyTo}).
 */
@FacesConverter("eloket.IdInAddress")
public class IdInAddress implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            Faces.responseSendError(404, "not found");
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
