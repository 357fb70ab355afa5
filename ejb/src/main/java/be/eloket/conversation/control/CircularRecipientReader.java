package be.eloket.conversation.control;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The facilities circular {@code circularId} has not yet reached, in the order of their ids, a
 * page at a time from the database: a job started again after its server died reads only what is
 * left.
 */
@Named("circularRecipientReader")
@Dependent
public class CircularRecipientReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    JobContext job;

    @PersistenceContext
    EntityManager em;

    private final Deque<Long> page = new ArrayDeque<>();
    private long after;
    private boolean exhausted;

    /** The circular the job of {@code job} sends. */
    static long circularId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty("circularId"));
    }

    @Override
    public void open(Serializable checkpoint) {
        after = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            em.createNativeQuery("select facility_id from circular_recipient where circular_id = ?1 and handled_at is null"
                            + " and facility_id > ?2 order by facility_id limit " + PAGE)
                    .setParameter(1, circularId(job)).setParameter(2, after).getResultStream()
                    .forEach(id -> page.add(((Number) id).longValue()));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            after = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return after;
    }
}
