package be.eloket.conversation.control;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ends the circular when its job has handled every facility (BO-10); a job that failed leaves it RUNNING, for its lease to run out. */
@Named("circularEnd")
@Dependent
public class CircularEnd extends AbstractJobListener {

    @Inject
    JobContext job;

    @EJB
    CircularDeliveries deliveries;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED) {
            deliveries.finish(CircularRecipientReader.circularId(job));
        }
    }
}
