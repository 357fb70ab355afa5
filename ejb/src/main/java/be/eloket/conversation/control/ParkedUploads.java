package be.eloket.conversation.control;

import be.eloket.conversation.entity.ParkedUpload;
import be.eloket.conversation.model.Upload;
import be.eloket.conversation.model.UploadRef;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files attached to messages being written (MSG-17), parked in the database from their upload
 * until the message is sent (their bytes in the {@link ContentStore}, which the message's
 * attachments then refer to): the page's session, which the cluster replicates on every request,
 * keeps only their {@link UploadRef}s, and every server can send them. Each file belongs to the
 * account that uploaded it; another account's file is unknown to it. A file not sent within
 * {@code eloket.attachment.parked-hours} (default 24) is removed; an account parks at most
 * {@code eloket.attachment.max-parked-bytes} (default 100 MB) at a time.
 */
@Stateless
@PermitAll
public class ParkedUploads {

    private static final Logger LOG = System.getLogger(ParkedUploads.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ContentStore store;

    @Inject
    @ConfigProperty(name = "eloket.attachment.parked-hours", defaultValue = "24")
    long parkedHours;

    // What one account may have parked at a time: twice what one message may carry, so that a
    // person can prepare a message while another waits, but not fill the database.
    @Inject
    @ConfigProperty(name = "eloket.attachment.max-parked-bytes", defaultValue = "104857600")
    long maxParkedBytes;

    private final Clock clock = Clock.systemUTC();

    /** Parks a file for {@code accountId}; refused when the account's parked files would weigh too much. */
    public UploadRef park(long accountId, Upload upload) {
        Long alreadyParked = em.createQuery("select sum(p.size) from ParkedUpload p where p.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
        if ((alreadyParked == null ? 0 : alreadyParked) + upload.size() > maxParkedBytes) {
            throw new RejectedInput(List.of(Problem.of("attachments", "attachments.parked-too-large",
                    maxParkedBytes / (1024 * 1024))));
        }
        ParkedUpload parked = new ParkedUpload(accountId, upload, clock.instant());
        em.persist(parked);
        em.flush();
        return parked.ref();
    }

    /**
     * The files behind {@code refs}, in their order, for the checks of MSG-10 and the attachments
     * they become. A file that is no longer there (removed after a day, or sent meanwhile from
     * another window) is a problem of its line, so that the person adds it again.
     */
    public List<Upload> contents(long accountId, List<UploadRef> refs, List<Problem> problems) {
        if (refs.isEmpty()) {
            return List.of();
        }
        Map<Long, ParkedUpload> found = em.createQuery("select p from ParkedUpload p where p.id in :ids"
                        + " and p.accountId = :account", ParkedUpload.class)
                .setParameter("ids", refs.stream().map(UploadRef::id).toList())
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toMap(ParkedUpload::getId, Function.identity()));
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            ParkedUpload parked = found.get(refs.get(i).id());
            if (parked == null) {
                problems.add(Problem.of("attachments[" + i + "].file", "attachments.gone", refs.get(i).fileName()));
            } else {
                uploads.add(parked.upload(store.find(parked.getContentId())));
            }
        }
        return uploads;
    }

    /** The files sent, or removed by the person: gone from the database (within the caller's transaction). */
    public void discard(long accountId, Collection<UploadRef> refs) {
        if (!refs.isEmpty()) {
            em.createQuery("delete from ParkedUpload p where p.id in :ids and p.accountId = :account")
                    .setParameter("ids", refs.stream().map(UploadRef::id).toList())
                    .setParameter("account", accountId)
                    .executeUpdate();
        }
    }

    /** Files parked before {@code moment}: abandoned with the message they were meant for. Answers how many. */
    public int removeParkedBefore(Instant moment) {
        return em.createQuery("delete from ParkedUpload p where p.parkedAt < :moment")
                .setParameter("moment", moment)
                .executeUpdate();
    }

    // Every server of a cluster has this timer; the delete is the same on each, whichever runs first.
    @Schedule(hour = "*", minute = "41", persistent = false)
    void removeAbandoned() {
        int removed = removeParkedBefore(clock.instant().minus(Duration.ofHours(parkedHours)));
        if (removed > 0) {
            LOG.log(Level.INFO, "Removed {0} file(s) attached to messages never sent", removed);
        }
    }
}
