package be.eloket.mail.control;

import be.eloket.mail.boundary.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What operators watch of the mail delivery (OPS-4, OPS-6), published through WildFly's
 * Micrometer registry on the management interface's /metrics: the outbox backlog and the age of
 * its oldest waiting mail (read from the database at every scrape, so every server of a cluster
 * reports the same figures), whether this server reaches the SMTP relay (1 or 0), and the mails
 * this server sent or failed since it started (Prometheus adds those up over the servers).
 */
@Startup
@Singleton
@PermitAll
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MailMetrics {

    @Inject
    MeterRegistry registry;

    @EJB
    Outbox outbox;

    @Inject
    MailRelay relay;

    private final Map<SendOutcome.Result, Counter> outcomes = new EnumMap<>(SendOutcome.Result.class);

    /**
     * Registers through the registry's own gauge and counter methods, not Micrometer's builders:
     * WildFly 39 hands a deployment a registry that passes only those methods on to the one
     * /metrics shows; meters made with a builder stay in the deployment's registry, unseen.
     * The gauges hold the Outbox and MailRelay proxies weakly; this singleton's fields keep them alive.
     */
    @PostConstruct
    void register() {
        registry.gauge("eloket.outbox.backlog", Tags.empty(), outbox, Outbox::backlog);
        registry.gauge("eloket.outbox.oldest.queued.seconds", Tags.empty(), outbox, Outbox::oldestQueuedSeconds);
        registry.gauge("eloket.mail.relay.up", Tags.empty(), relay, mailRelay -> mailRelay.answers() ? 1 : 0);
        for (SendOutcome.Result result : SendOutcome.Result.values()) {
            outcomes.put(result, registry.counter("eloket.mails", "result", result.name().toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * The meters go with the deployment: WildFly's registry outlives it, and a gauge left behind
     * would go on asking the Outbox of an undeployed application (NaN after a redeployment),
     * while the next deployment's registration would get that old gauge back.
     */
    @PreDestroy
    void unregister() {
        for (String name : List.of("eloket.outbox.backlog", "eloket.outbox.oldest.queued.seconds", "eloket.mail.relay.up",
                "eloket.mails")) {
            registry.find(name).meters().forEach(registry::remove);
        }
    }

    public void count(List<SendOutcome> recorded) {
        for (SendOutcome outcome : recorded) {
            outcomes.get(outcome.result()).increment();
        }
    }
}
