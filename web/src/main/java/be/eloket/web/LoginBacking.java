package be.eloket.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import be.eloket.account.boundary.Accounts;
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
import java.util.OptionalLong;

/** /login.xhtml: logs a person in (SEC-1, SEC-6). */
@Named
@RequestScoped
public class LoginBacking {

    /** Where Soteria (Jakarta Security in WildFly) keeps the request that led to the login page. */
    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    @Inject
    SecurityContext securityContext;

    @Inject
    ActiveUser activeUser;

    @EJB
    LoginAttempts attempts;

    @EJB
    Accounts accounts;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A field left empty is a slip, not a wrong password: said as such, and not counted (SEC-6).
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            Problems.globalError("login.incomplete");
            return;
        }
        String address = request.getRemoteAddr();
        OptionalLong attempt = attempts.begin(username, address);
        if (attempt.isEmpty()) {
            Problems.globalError("login.throttled");
            return;
        }
        // A new session id before the session becomes an authenticated one: an id planted
        // beforehand (session fixation) is worth nothing afterwards.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // Read before authenticating: a login started here makes the mechanism forget it.
        String next = continueUrl(request);
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(Account.normalised(username), new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> {
                // The mechanism redirects to the page the person first asked for.
                attempts.succeeded(username, attempt.getAsLong());
                context.responseComplete();
            }
            case SUCCESS -> {
                attempts.succeeded(username, attempt.getAsLong());
                external.redirect(next);
            }
            default -> {
                attempts.failed(username, address);
                Problems.globalError(accounts.whyRefused(username, password).messageKey());
            }
        }
    }

    /**
     * Where to go after logging in: the page asked for before the login page (a link in a
     * notification mail, MSG-16), else the home page. The form mechanism keeps that request in
     * the session but answers SUCCESS to a login started from the login page itself, and forgets
     * it; only a page of this application is ever a target.
     */
    private static String continueUrl(HttpServletRequest request) {
        String home = request.getContextPath() + "/index.xhtml";
        Object saved = request.getSession(false) == null ? null : request.getSession().getAttribute(SAVED_REQUEST);
        if (saved == null) {
            return home;
        }
        try {
            String url = String.valueOf(saved.getClass().getMethod("getFullRequestURL").invoke(saved));
            String own = request.getRequestURL().toString().replace(request.getRequestURI(), "") + request.getContextPath() + "/";
            return url.startsWith(own) && !url.contains("/login.xhtml") ? url : home;
        } catch (ReflectiveOperationException e) {
            return home;
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
