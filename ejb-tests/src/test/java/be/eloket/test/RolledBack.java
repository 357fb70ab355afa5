package be.eloket.test;

import be.eloket.platform.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs test code as a facility user in one transaction that is rolled back after the work
 * succeeded, as when a later step of the same use case fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@PermitAll
@RunAs(Role.Names.FACILITY_USER)
public class RolledBack {

    @Resource
    SessionContext session;

    public <T> T call(Callable<T> work) throws Exception {
        T result = work.call();
        session.setRollbackOnly();
        return result;
    }
}
