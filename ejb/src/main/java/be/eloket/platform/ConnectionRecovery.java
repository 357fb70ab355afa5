package be.eloket.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * How EclipseLink recovers a read that met a broken database connection. The datasource checks
 * its idle connections in the background, every second, not each time it hands one out
 * (wildfly-config, configure-datasource.cli, benchmark P2), so in the second after
 * PostgreSQL dropped its connections (a restart, a cut in the network) a request can be handed one
 * that died. EclipseLink then pings it and runs a read outside a transaction (every page's lists,
 * counts and the account check) again on a connection from the pool, up to three times. It waits
 * five seconds before each try by default, which a person would see as a hanging page; half a
 * second gives the pool's check the time to replace the dead connections.
 */
public class ConnectionRecovery implements SessionCustomizer {

    private static final int RETRIES = 3;
    private static final int DELAY_MILLIS = 500;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(RETRIES);
            login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
        }
    }
}
