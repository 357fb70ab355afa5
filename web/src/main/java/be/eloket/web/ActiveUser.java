package be.eloket.web;

import be.eloket.account.boundary.Accounts;
import be.eloket.account.model.ActiveAccount;
import be.eloket.platform.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The logged-in person for this session. The facility every portal page works on comes from
 * here, established server-side from the authenticated name, never from a request parameter.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext securityContext;

    @EJB
    Accounts accounts;

    private ActiveAccount account;

    public ActiveAccount getAccount() {
        if (account == null && isAuthenticated()) {
            account = accounts.active(securityContext.getCallerPrincipal().getName());
        }
        return account;
    }

    /** WildFly names an unauthenticated caller "anonymous"; only a caller with a role is logged in. */
    private boolean isAuthenticated() {
        return securityContext.getCallerPrincipal() != null
                && Arrays.stream(Role.values()).anyMatch(role -> securityContext.isCallerInRole(role.name()));
    }

    public boolean isLoggedIn() {
        return getAccount() != null;
    }

    /** The facility of a facility user; fails for department staff, who have none. */
    public long facilityId() {
        ActiveAccount active = getAccount();
        if (active == null || active.facilityId() == null) {
            throw new IllegalStateException("not a facility user");
        }
        return active.facilityId();
    }

    /** The home page of this person's role. */
    public String homeOutcome() {
        return getAccount().isFacilityUser() ? "/facility/index?faces-redirect=true" : "/backoffice/index?faces-redirect=true";
    }
}
