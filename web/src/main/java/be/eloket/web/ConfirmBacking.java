package be.eloket.web;

import be.eloket.contact.boundary.Confirmations;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /confirm.xhtml, the public page behind the link in a confirmation mail (CP-6): shows whom the
 * link is for; the button confirms (a POST).
 */
@Named
@ViewScoped
public class ConfirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Confirmations confirmations;

    private String token;
    private Confirmations.Outcome outcome;

    /** View action of the GET: looks the link up, changes nothing. */
    public void check() {
        outcome = confirmations.check(token);
    }

    public void confirm() {
        outcome = confirmations.confirm(token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Confirmations.Outcome getOutcome() {
        return outcome;
    }
}
