package be.eloket.web;

import be.eloket.audit.model.FieldChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The bundle text of an enum value, under the key {@code prefix.value} where the value is written
 * by the bundle's key rule: {@code #{labels.of('outbox.status', mail.status)}} reads
 * {@code outbox.status.queued}, {@code MailKind.CONTACT_REMOVED} becomes {@code contact-removed}.
 */
@Named
@ApplicationScoped
public class Labels {

    /**
     * The fields of the audit trail a facility reads about its own data. Codes such as a role or a
     * direction, and the department's routing (team, case handler), say nothing to the facility.
     */
    private static final Set<String> FACILITY_FIELDS = Set.of("name", "lastName", "firstName", "displayName", "email", "phone",
            "url", "themes", "reference", "contacts", "username", "password");

    /**
     * An audit line's changes as the facility reads them, set aside after the line: " (Telefoonnummer:
     * 02 553 35 00 → 09 999 99 99; Thema's: …)", each field named by its bundle key
     * {@code audit.field.<name>}, only {@link #FACILITY_FIELDS}. Empty when nothing is left, so
     * that the page writes it as it comes.
     */
    public String changesAside(List<FieldChange> changes) {
        String readable = changes(changes.stream().filter(change -> FACILITY_FIELDS.contains(change.field())).toList());
        return readable.isEmpty() ? "" : " (" + readable + ")";
    }

    /**
     * An audit line's changes as the department's trail shows them: every field, named by its
     * bundle key {@code audit.field.<name>} (the code's name where a field has none).
     */
    public String changes(List<FieldChange> changes) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        StringJoiner readable = new StringJoiner("; ");
        for (FieldChange change : changes) {
            String key = "audit.field." + change.field();
            readable.add(change.describedAs(bundle.containsKey(key) ? bundle.getString(key) : change.field()));
        }
        return readable.toString();
    }

    public String of(String prefix, Enum<?> value) {
        if (value == null) {
            return "";
        }
        return Problems.text(FacesContext.getCurrentInstance(),
                prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
