package be.eloket.organisation.control;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Ends the import when its job has applied every line (BO-9); a job that failed leaves it RUNNING, for its lease to run out. */
@Named("registerImportEnd")
@Dependent
public class RegisterImportEnd extends AbstractJobListener {

    @Inject
    JobContext job;

    @EJB
    ImportLeases leases;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED) {
            leases.finish(RegisterLineReader.importId(job));
        }
    }
}
