package be.eloket.test;

import be.eloket.platform.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs test code with the case handler role, as the container would for a logged-in case handler. */
@Stateless
// No transaction of its own: every boundary call in the work is its own transaction, as from a page.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
@RunAs(Role.Names.CASE_HANDLER)
public class AsCaseHandler {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
