package be.eloket.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the schema with the versioned migrations in {@code db/migration} before
 * anything else touches the database (OPS-5). Flyway takes a database lock while it migrates, so
 * two servers starting together apply each migration once.
 */
@Startup
@Singleton
// Flyway manages its own connections and commits; under a JTA transaction PostgreSQL refuses
// the autocommit switch (IJ031017) and the deployment would roll back.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = System.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/EloketDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // In the cluster the batch job repository (configure-cluster.cli) creates its
                // tables in this schema when the server boots, before this runs. A schema without
                // Flyway's history is still new to us: start from version 0 and apply everything.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.log(Level.INFO, "Database schema at version {0} ({1} migration(s) applied now)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
    }
}
