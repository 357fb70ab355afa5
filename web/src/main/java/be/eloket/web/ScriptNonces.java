package be.eloket.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;
import org.primefaces.util.Constants;

/**
 * SEC-7: the pages run no script that the Content-Security-Policy does not name. PrimeFaces
 * ({@code primefaces.CSP} in web.xml) gives each page a nonce, sends it in the policy and on every
 * script it writes, moves event handlers into such scripts, and expects the nonce back with every
 * post of the page. Two gaps are closed here:
 * <ul>
 * <li>PrimeFaces' script puts the nonce into the forms in the browser, so a form posted without
 * scripts (the language switch, Afmelden) would lack it: every form carries it from the server
 * ({@link Forms}).</li>
 * <li>PrimeFaces checks the nonce only when it writes the answer, after the post's action ran,
 * and a missing or foreign nonce then breaks the answer: the nonce is checked as soon as the
 * page is restored, and a post without it is refused as a post to an expired page, like a forged
 * view state (SEC-2), before anything of it is read.</li>
 * </ul>
 * Registered in faces-config.xml.
 */
public class ScriptNonces implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = System.getLogger(ScriptNonces.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view != null && context.isPostback()) {
            try {
                PrimeFacesContext.getCspState(context).getNonce();
            } catch (CspException e) {
                refuse(context, view, e);
            }
        }
    }

    /**
     * Nothing of PrimeFaces can be written in answer to this request (every script needs the nonce
     * it lacks): a plain post answers the expired page through the container (RefusedRequests), an
     * ajax post opens the page anew, as the browser would after the expired page.
     */
    private static void refuse(FacesContext context, UIViewRoot view, CspException refused) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        if (!AjaxRedirects.isAjax(request)) {
            // Mojarra hands this to the exception handler at the end of the phase.
            throw new ViewExpiredException("A post without its page's script nonce: " + refused.getMessage(), view.getViewId());
        }
        LOG.log(Level.INFO, "Refused a post to {0} without its page''s script nonce: {1}; the page opens anew",
                view.getViewId(), refused.getMessage());
        try {
            AjaxRedirects.send((HttpServletResponse) context.getExternalContext().getResponse(),
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing: the page's nonce is known only once the page is restored.
    }

    /** Every form of the HTML render kit writes the page's nonce as its first field. */
    public static class Forms extends RenderKitFactory {

        private final Map<String, RenderKit> kits = new ConcurrentHashMap<>();

        public Forms(RenderKitFactory wrapped) {
            super(wrapped);
        }

        @Override
        public void addRenderKit(String renderKitId, RenderKit renderKit) {
            getWrapped().addRenderKit(renderKitId, renderKit);
        }

        @Override
        public RenderKit getRenderKit(FacesContext context, String renderKitId) {
            RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
            return kit == null || !HTML_BASIC_RENDER_KIT.equals(renderKitId) ? kit
                    : kits.computeIfAbsent(renderKitId, id -> new NoncedFormsKit(kit));
        }

        @Override
        public Iterator<String> getRenderKitIds() {
            return getWrapped().getRenderKitIds();
        }
    }

    private static final class NoncedFormsKit extends RenderKitWrapper {

        /** Made at the first form: the kit may be asked for before its renderers are added. */
        private volatile NoncedForm form;

        NoncedFormsKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = super.getRenderer(family, rendererType);
            if (renderer == null || !UIForm.COMPONENT_FAMILY.equals(family) || !"jakarta.faces.Form".equals(rendererType)) {
                return renderer;
            }
            NoncedForm nonced = form;
            if (nonced == null || nonced.getWrapped() != renderer) {
                form = nonced = new NoncedForm(renderer);
            }
            return nonced;
        }
    }

    private static final class NoncedForm extends RendererWrapper {

        NoncedForm(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
            super.encodeBegin(context, component);
            // The same field PrimeFaces' script would add; it finds it there and leaves it.
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
    }
}
