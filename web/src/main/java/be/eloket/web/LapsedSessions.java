package be.eloket.web;

import be.eloket.account.boundary.Accounts;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.Principal;

/**
 * Ends the session of a person whose account was deactivated or whose password was reset since
 * the login (BO-7), or whose facility was closed (BO-8), on the next request. The login mechanism keeps a logged-in person in the
 * session without asking the identity store again, so every page request asks the account once
 * (one indexed query): the session remembers the account's credential generation of its first
 * request and ends when the account is no longer active, has no password or has moved on.
 */
@WebFilter(urlPatterns = {"/facility/*", "/backoffice/*", "/index.xhtml"})
public class LapsedSessions extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = System.getLogger(LapsedSessions.class.getName());
    private static final String GENERATION = LapsedSessions.class.getName() + ".generation";

    @EJB
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller == null || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Long generation = accounts.credentialGeneration(caller.getName());
        Object seen = session.getAttribute(GENERATION);
        if (generation == null || seen != null && !seen.equals(generation)) {
            LOG.log(Level.INFO, "Session of {0} ended: the account was deactivated or its password reset, or its facility closed", caller.getName());
            request.logout();
            session.invalidate();
            String login = request.getContextPath() + "/login.xhtml?ended=true";
            if (AjaxRedirects.isAjax(request)) {
                AjaxRedirects.send(response, login);
            } else {
                response.sendRedirect(login);
            }
            return;
        }
        if (seen == null) {
            session.setAttribute(GENERATION, generation);
        }
        chain.doFilter(request, response);
    }
}
