package be.eloket.organisation.boundary;

import be.eloket.organisation.control.ImportLeases;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resumes an import whose server died (BO-9): every {@code eloket.register-import.check-seconds}
 * (default 30; 0 switches it off) each server takes over the running imports whose lease ran out
 * ({@link ImportLeases}) and starts their job again, which goes on after the last chunk committed.
 * Every server has its own non-persistent timer; the lease keeps them apart.
 */
@Startup
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegisterImportSupervisor {

    public static final String JOB = "register-import";

    private static final Logger LOG = System.getLogger(RegisterImportSupervisor.class.getName());

    @Resource
    TimerService timers;

    @EJB
    ImportLeases leases;

    @Inject
    @ConfigProperty(name = "eloket.register-import.check-seconds", defaultValue = "30")
    long checkSeconds;

    @Inject
    @ConfigProperty(name = "eloket.register-import.chunk-size", defaultValue = "50")
    int chunkSize;

    @PostConstruct
    void schedule() {
        if (checkSeconds > 0) {
            long interval = checkSeconds * 1000;
            timers.createIntervalTimer(interval, interval, new TimerConfig("register-import", false));
        }
    }

    @Timeout
    void check() {
        for (long importId : leases.takeOverLapsed()) {
            LOG.log(Level.WARNING, "Import {0} lost its server; resumed here after its last chunk", importId);
            run(importId);
        }
    }

    /** Starts the job of an import this server holds the lease of. */
    public long run(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(importId));
        parameters.setProperty("language", leases.language(importId));
        parameters.setProperty("chunkSize", Integer.toString(chunkSize));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }
}
