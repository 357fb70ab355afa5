package be.eloket.test;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every test that drives the portal from outside shares (pages in a browser, plain HTTP):
 * the real EAR with the test helpers ({@link Deployments#ear}), its address, the test data the
 * server makes on request, and a browser logged in as one of its users.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PortalTest {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    protected static Archive<?> deployment() {
        return Deployments.ear();
    }

    /** Test data made by the server, for this test's own facility, users and messages. */
    protected RemoteTestData data() {
        return new RemoteTestData(base);
    }

    /** A browser on the portal, logged in as {@code user} (its "user" and "password"). */
    protected Browser loggedIn(Map<String, String> user) {
        return Browser.loggedIn(base, user);
    }
}
