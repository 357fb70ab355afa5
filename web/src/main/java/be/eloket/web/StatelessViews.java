package be.eloket.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The pages that keep no state between requests (P2, SEC-3): JSF keeps nothing of them in the
 * session, and a form on them never answers the expired page; in its place each form carries the
 * person's form token ({@link FormTokens}). The page frame makes their views transient when it
 * builds them, {@link StatelessPostbacks} already when the page is asked for, before anything
 * (PrimeFaces' script nonce, SEC-7) would give the view a map of its own in the session.
 */
@Named
@ApplicationScoped
public class StatelessViews {

    private static final Set<String> VIEW_IDS = Set.of("/facility/messages.xhtml");

    public static boolean contains(String viewId) {
        return VIEW_IDS.contains(viewId);
    }

    /** For the page frame's {@code f:view}. */
    public boolean isStateless(String viewId) {
        return contains(viewId);
    }
}
