package be.eloket.organisation.control;

import be.eloket.organisation.model.RegisterLine;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/**
 * The lines of the import named by the job parameter {@code importId}, from the first one its
 * job has not yet applied (the import's {@code next_line}, committed with each chunk): a job
 * started again after its server died goes on where the last chunk ended.
 */
@Named("registerLineReader")
@Dependent
public class RegisterLineReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @PersistenceContext
    EntityManager em;

    private List<RegisterLine> lines;
    private int next;

    /** The import this job applies. */
    static long importId(JobContext job) {
        return Long.parseLong(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty("importId"));
    }

    /** The language of the import's mails. */
    static String language(JobContext job) {
        return BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty("language", "nl");
    }

    @Override
    public void open(Serializable checkpoint) {
        Object[] upload = em.createQuery("select i.contents, i.nextLine from RegisterImport i where i.id = :id", Object[].class)
                .setParameter("id", importId(job)).getSingleResult();
        lines = RegisterLines.parse((byte[]) upload[0]);
        next = (Integer) upload[1];
        // The writer judges each line against the whole file (a number given twice).
        step.setTransientUserData(new RegisterLines.FileIndex(lines));
    }

    @Override
    public Object readItem() {
        return next < lines.size() ? lines.get(next++) : null;
    }
}
