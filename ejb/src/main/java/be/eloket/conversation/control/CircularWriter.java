package be.eloket.conversation.control;

import be.eloket.platform.Problem;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Starts the conversation of each facility of a chunk, each in a transaction of its own
 * ({@link CircularDeliveries#deliver}): a facility refused for a reason of its own does not stop
 * the others. Renews the circular's lease before each chunk; a server whose circular was taken
 * over (it was thought dead) stops, and a facility both reach is handled by one of them only.
 */
@Named("circularWriter")
@Dependent
public class CircularWriter extends AbstractItemWriter {

    private static final Logger LOG = System.getLogger(CircularWriter.class.getName());

    @Inject
    JobContext job;

    @EJB
    CircularDeliveries deliveries;

    /** What every facility receives, read once per job. */
    private CircularDeliveries.Letter letter;

    @Override
    public void open(Serializable checkpoint) {
        letter = deliveries.letterOf(CircularRecipientReader.circularId(job));
    }

    @Override
    public void writeItems(List<Object> items) {
        long circularId = CircularRecipientReader.circularId(job);
        if (!deliveries.renew(circularId)) {
            throw new IllegalStateException("Circular " + circularId + " was taken over by another server; this one stops");
        }
        for (Object item : items) {
            long facilityId = (Long) item;
            try {
                deliveries.deliver(circularId, facilityId, letter);
            } catch (RuntimeException failed) {
                // Everything the circular itself could get wrong was checked when it was sent: this is the facility's own.
                // The class only: a database error's message may quote the message's title or text.
                LOG.log(Level.WARNING, "Circular {0} could not reach facility {1}: {2}", circularId, facilityId,
                        failed.getClass().getName());
                deliveries.refuse(circularId, facilityId, Problem.of("facility", "circular.refused.failed"));
            }
        }
    }
}
