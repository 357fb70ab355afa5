package be.eloket.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the department publishes its privacy statement, which the footer of every page links to
 * (the manual's "privacyverklaring op onze website"); {@code eloket.privacy-url} sets it.
 */
@Named
@ApplicationScoped
public class PrivacyStatement {

    @Inject
    @ConfigProperty(name = "eloket.privacy-url", defaultValue = "https://www.departementzorg.be/privacyverklaring")
    String url;

    public String getUrl() {
        return url;
    }
}
