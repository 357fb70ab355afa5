package be.eloket.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /index.xhtml: sends each person to the home page of their role. */
@Named
@RequestScoped
public class IndexBacking {

    @Inject
    ActiveUser activeUser;

    public String home() {
        return activeUser.homeOutcome();
    }
}
