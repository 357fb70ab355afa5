package be.eloket.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import be.eloket.account.boundary.LoginAttempts;
import be.eloket.account.entity.Account;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /login.xhtml: logs a person in (SEC-1, SEC-6). */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    ActiveUser activeUser;

    @EJB
    LoginAttempts attempts;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = request.getRemoteAddr();
        if (!attempts.allowed(username, address)) {
            Problems.globalError("login.throttled");
            return;
        }
        // A new session id before the session becomes an authenticated one: an id planted
        // beforehand (session fixation) is worth nothing afterwards.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(Account.normalised(username), new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> {
                // The mechanism redirects to the page the person first asked for.
                attempts.succeeded(username);
                context.responseComplete();
            }
            case SUCCESS -> {
                attempts.succeeded(username);
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            }
            default -> {
                attempts.failed(username, address);
                Problems.globalError("login.failed");
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
