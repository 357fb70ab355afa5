package be.eloket.web;

import be.eloket.account.boundary.Invitations;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /invitation.xhtml, the public page behind the link of an invitation or reset mail (BO-7): shows
 * for whom the link is; the person chooses a password (a POST).
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Invitations invitations;

    private String token;
    private Invitations.Outcome outcome;
    private String password;
    private String repeated;

    /** View action of the GET: looks the link up, changes nothing. */
    public void check() {
        outcome = invitations.check(token);
    }

    @Refusals("invitation.not-set")
    public void choosePassword() {
        outcome = invitations.choosePassword(token, password, repeated);
    }

    public int getMinimumLength() {
        return Invitations.MINIMUM_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Invitations.Outcome getOutcome() {
        return outcome;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
