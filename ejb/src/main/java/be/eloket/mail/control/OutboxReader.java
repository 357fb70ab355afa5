package be.eloket.mail.control;

import be.eloket.mail.entity.QueuedMail;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The reader of the send-mails job: claims due mails a page at a time (MAIL-3) and hands them
 * out one by one; when no mail is due any more the job ends. The claimant names this server and
 * this execution, so that outcomes are recorded only for mails this execution still holds.
 */
@Dependent
@Named("outboxReader")
public class OutboxReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @EJB
    MailClaims claims;

    /** Mails claimed at a time: the job parameter pageSize (eloket.mail.page-size, see MailScheduler). */
    @Inject
    @BatchProperty
    String pageSize;

    private final Deque<QueuedMail> page = new ArrayDeque<>();

    /** Who claims: this server's node name and the job execution, unique across the cluster. */
    public static String claimant(JobContext job) {
        return System.getProperty("jboss.node.name", "node") + "/" + job.getExecutionId();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(claims.claim(claimant(job), Integer.parseInt(pageSize)));
        }
        return page.pollFirst();
    }

    @Override
    public Serializable checkpointInfo() {
        // Nothing to resume: unsent claims are released by their lease running out.
        return null;
    }
}
