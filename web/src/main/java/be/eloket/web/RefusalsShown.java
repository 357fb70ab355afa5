package be.eloket.web;

import be.eloket.platform.ConcurrentChange;
import be.eloket.platform.NotFound;
import be.eloket.platform.RejectedInput;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/** Shows what a boundary refused in a method marked {@link Refusals}; see there. */
@Refusals
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalsShown implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object shown(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RejectedInput refused) {
            Refusals refusals = refusalsOf(invocation);
            if (refusals.value().isEmpty()) {
                throw refused;
            }
            Problems.show(refused, refusals.value(), refusals.lines().isEmpty() ? null : refusals.lines());
        } catch (ConcurrentChange changed) {
            Refusals refusals = refusalsOf(invocation);
            if (refusals.changed().isEmpty()) {
                throw changed;
            }
            Problems.globalError(refusals.changed());
        } catch (NotFound notFound) {
            if (Faces.isPostback()) {
                throw notFound;
            }
            Faces.responseSendError(404, "not found");
        }
        // An action that stays on its page (a null outcome), or a view action that has answered.
        return null;
    }

    private static Refusals refusalsOf(InvocationContext invocation) {
        return invocation.getMethod().getAnnotation(Refusals.class);
    }
}
