package be.eloket.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The bundle text of an enum value, under the key {@code prefix.value} where the value is written
 * by the bundle's key rule: {@code #{labels.of('outbox.status', mail.status)}} reads
 * {@code outbox.status.queued}, {@code MailKind.CONTACT_REMOVED} becomes {@code contact-removed}.
 */
@Named
@ApplicationScoped
public class Labels {

    public String of(String prefix, Enum<?> value) {
        if (value == null) {
            return "";
        }
        return Problems.text(FacesContext.getCurrentInstance(),
                prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
