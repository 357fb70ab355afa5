package be.eloket.conversation.boundary;

import be.eloket.conversation.control.CircularDeliveries;
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
 * Resumes a circular whose server died (BO-10): every {@code eloket.circular.check-seconds}
 * (default 30; 0 switches it off) each server takes over the running circulars whose lease ran out
 * and starts their job again, which sends to the facilities not yet handled. Every server has its
 * own non-persistent timer; the lease keeps them apart.
 */
@Startup
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CircularSupervisor {

    public static final String JOB = "send-circular";

    private static final Logger LOG = System.getLogger(CircularSupervisor.class.getName());

    @Resource
    TimerService timers;

    @EJB
    CircularDeliveries deliveries;

    @Inject
    @ConfigProperty(name = "eloket.circular.check-seconds", defaultValue = "30")
    long checkSeconds;

    @Inject
    @ConfigProperty(name = "eloket.circular.chunk-size", defaultValue = "50")
    int chunkSize;

    @PostConstruct
    void schedule() {
        if (checkSeconds > 0) {
            long interval = checkSeconds * 1000;
            timers.createIntervalTimer(interval, interval, new TimerConfig("send-circular", false));
        }
    }

    @Timeout
    void check() {
        for (long circularId : deliveries.takeOverLapsed()) {
            LOG.log(Level.WARNING, "Circular {0} lost its server; resumed here with the facilities not yet handled", circularId);
            run(circularId);
        }
    }

    /** Starts the job of a circular this server holds the lease of. */
    public long run(long circularId) {
        Properties parameters = new Properties();
        parameters.setProperty("circularId", Long.toString(circularId));
        parameters.setProperty("chunkSize", Integer.toString(chunkSize));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }
}
