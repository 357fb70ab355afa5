package be.eloket.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The bundle text of an enum value, under the key {@code prefix.value} where the value is written
 * by the bundle's key rule: {@code #{labels.of('outbox.status', mail.status)}} reads
 * {@code outbox.status.queued}, {@code MailKind.CONTACT_REMOVED} becomes {@code contact-removed}.
 */
@Named
@ApplicationScoped
public class Labels {

    /** A field name of the audit trail ("lastName", "themes"): the trail writes them as plain identifiers. */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z]+");

    /**
     * An audit line's changes as the facility reads them, set aside after the line: " (Telefoonnummer:
     * 02 553 35 00 → 09 999 99 99; Thema's: …)". The trail stores them as "phone: before → after; …"
     * with the code's field names; each field is named by its bundle key {@code audit.field.<name>},
     * and a field without one (a code such as a role or a direction, which says nothing to the
     * facility) is left out. Empty when nothing is left, so that the page writes it as it comes.
     */
    public String changesAside(String changes) {
        if (changes == null || changes.isBlank()) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        StringJoiner readable = new StringJoiner("; ");
        for (String change : changes.split("; ")) {
            int colon = change.indexOf(": ");
            String field = colon < 0 ? change : change.substring(0, colon);
            String key = "audit.field." + field;
            if (FIELD.matcher(field).matches() && bundle.containsKey(key)) {
                readable.add(bundle.getString(key) + (colon < 0 ? "" : change.substring(colon)));
            }
        }
        return readable.length() == 0 ? "" : " (" + readable + ")";
    }

    public String of(String prefix, Enum<?> value) {
        if (value == null) {
            return "";
        }
        return Problems.text(FacesContext.getCurrentInstance(),
                prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
