package be.eloket.web;

import be.eloket.platform.NotFound;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.omnifaces.util.Exceptions;

/**
 * Forged and stale requests are the person's fault, not the server's (SEC-2, SEC-3): they answer
 * the not-found or the expired page, never "Er ging iets mis", and leave one line in the log, not
 * a stack trace.
 * <ul>
 * <li>a {@link NotFound} from a postback (an id of another facility's message or another team's
 * conversation put in the address of a form): the not-found page with status 404. An ajax request
 * gets the same page through OmniFaces' {@code FullAjaxExceptionHandler}, which this handler
 * wraps (web.xml maps {@code NotFound} to that page).</li>
 * <li>a view the session no longer holds, one that cannot be restored (a forged
 * {@code jakarta.faces.ViewState}, such as {@code stateless} on a page that keeps state), or a
 * table's page that no pager offers (forged {@code first} or {@code rows}): the expired page, with
 * status 400.</li>
 * </ul>
 * The boundary that refuses an id of another facility logs it as a refused access; an id that does
 * not exist is not worth a line.
 */
public class RefusedRequests extends ExceptionHandlerWrapper {

    private static final Logger LOG = System.getLogger(RefusedRequests.class.getName());

    public RefusedRequests(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Throwable> expired = new ArrayList<>();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext event = events.next().getContext();
            Throwable root = Exceptions.unwrap(event.getException());
            if (root instanceof NotFound && !context.getPartialViewContext().isAjaxRequest()) {
                // Not logged here: the boundary logged an id of another facility as a refused access.
                events.remove();
                sendError(context, 404);
            } else if (root instanceof ViewExpiredException || isForgedPaging(root) || event.getPhaseId() == PhaseId.RESTORE_VIEW
                    && root.getClass() == FacesException.class && root.getCause() == null) {
                events.remove();
                LOG.log(Level.INFO, "Refused a post to {0}: its view is gone or cannot be restored, or its paging is forged: {1}",
                        context.getExternalContext().getRequestServletPath(), root.getMessage());
                if (context.getPartialViewContext().isAjaxRequest()) {
                    expired.add(root instanceof ViewExpiredException ? root
                            : new ViewExpiredException(root.getMessage(), context.getExternalContext().getRequestServletPath()));
                } else {
                    sendError(context, 400);
                }
            }
        }
        for (Throwable exception : expired) {
            context.getApplication().publishEvent(context, ExceptionQueuedEvent.class,
                    new ExceptionQueuedEventContext(context, exception));
        }
        getWrapped().handle();
    }

    /**
     * A table's page that no pager offers ({@code first} or {@code rows} negative, no number, or
     * not one of the table's choices): PrimeFaces refuses it where it applies the values.
     */
    private static boolean isForgedPaging(Throwable root) {
        return root instanceof IllegalArgumentException && Arrays.stream(root.getStackTrace()).limit(6)
                .anyMatch(frame -> frame.getClassName().equals("org.primefaces.component.api.UIPageableData")
                        || frame.getClassName().equals("jakarta.faces.component.UIData") && frame.getMethodName().equals("setFirst"));
    }

    /** The container answers the error page of {@code status} (web.xml), and nothing is logged beyond our line. */
    private static void sendError(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, status == 404 ? "not found" : "expired");
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registered in faces-config.xml after OmniFaces' factory, so that it wraps its handler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusedRequests(getWrapped().getExceptionHandler());
        }
    }
}
