package be.eloket.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the send-mails job every {@code eloket.mail.interval-seconds} (default 30; 0 switches
 * the timer off) unless this server's previous execution is still running (MAIL-2). Every
 * server of a cluster has its own non-persistent timer; the claims keep them apart (MAIL-3).
 */
@Startup
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailScheduler {

    public static final String JOB = "send-mails";

    private static final Logger LOG = System.getLogger(MailScheduler.class.getName());
    private static final Set<BatchStatus> RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED);

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "eloket.mail.interval-seconds", defaultValue = "30")
    long intervalSeconds;

    // Mails sent per chunk (one transaction of the batch runtime, outcomes recorded at its end)
    // and claimed per page. Larger is not free: after a crash, the mails of the unfinished chunk
    // that did go out are sent again once their lease ends (at most a chunk), and a page must go
    // out within the lease (eloket.mail.lease-seconds) or another server sends its rest too. The
    // P3 benchmark (docs/benchmarks.md) found 50 and 100 only a few per cent cheaper than these.
    @Inject
    @ConfigProperty(name = "eloket.mail.chunk-size", defaultValue = "25")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "eloket.mail.page-size", defaultValue = "50")
    int pageSize;

    private Long lastExecution;

    @PostConstruct
    void schedule() {
        if (intervalSeconds > 0) {
            long interval = intervalSeconds * 1000;
            timers.createIntervalTimer(interval, interval, new TimerConfig("send-mails", false));
        }
    }

    @Timeout
    void tick() {
        startUnlessRunning();
    }

    /** Starts an execution now unless one of this server is running; answers the one that runs. */
    public long startUnlessRunning() {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (lastExecution != null && RUNNING.contains(operator.getJobExecution(lastExecution).getBatchStatus())) {
            return lastExecution;
        }
        Properties parameters = new Properties();
        parameters.setProperty("chunkSize", Integer.toString(chunkSize));
        parameters.setProperty("pageSize", Integer.toString(pageSize));
        lastExecution = operator.start(JOB, parameters);
        LOG.log(Level.DEBUG, "send-mails execution {0} started", lastExecution);
        return lastExecution;
    }
}
