package be.eloket.test;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every test that runs inside the server shares: the real EAR with the test helpers and
 * every such test class ({@link Deployments#inServer}), so that each class gets the same
 * deployment, and its WAR as the archive the tests run in (their {@code @EJB} and {@code @Inject}
 * fields are the server's).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InServerTest {

    @Deployment
    protected static Archive<?> deployment() {
        EnterpriseArchive ear = Deployments.inServer();
        Testable.archiveToTest(Deployments.war(ear));
        return ear;
    }
}
