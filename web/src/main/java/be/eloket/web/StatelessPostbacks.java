package be.eloket.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * SEC-3: a form post to a page that keeps no state is taken only with this person's form token
 * ({@link FormTokens}); without it (a form of another site, or of a session that ended) it is
 * answered as a post to an expired page, before anything of it is read: the expired page, which
 * offers to open the page again (an ajax post too, through OmniFaces' FullAjaxExceptionHandler).
 * Registered in faces-config.xml.
 */
public class StatelessPostbacks implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view != null && !context.isPostback() && StatelessViews.contains(view.getViewId())) {
            // Asked for anew: the view is built only when it renders, after PrimeFaces has put
            // the script nonce in the view's map, and a map would take the place of another
            // page's in the session (Mojarra keeps five): known as transient now, it gets none.
            view.setTransient(true);
        }
        if (view != null && view.isTransient() && context.isPostback() && !FormTokens.carried(context.getExternalContext())) {
            // Mojarra hands an exception of a phase listener to the exception handler at the end
            // of the phase, and no later phase runs.
            throw new ViewExpiredException("A post to a stateless page without the form token", view.getViewId());
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing: the view is known only after it is restored.
    }
}
