package be.eloket.test;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** Waits on batch job executions through the JobOperator, with a time-out (never a bare sleep). */
public final class Jobs {

    private static final Set<BatchStatus> ENDED = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private Jobs() {
    }

    /** Waits until execution {@code id} has ended; answers how it ended. */
    public static BatchStatus awaitEnd(long id, Duration timeout) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            BatchStatus status = operator.getJobExecution(id).getBatchStatus();
            if (ENDED.contains(status)) {
                return status;
            }
            pause();
        }
        return fail("job execution " + id + " still running after " + timeout);
    }

    /**
     * Runs the job again and again (through {@code start}, which answers an execution id) until
     * {@code done} holds, failing after {@code timeout}. For mails that are retried later.
     */
    public static void runUntil(java.util.function.LongSupplier start, BooleanSupplier done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not done after " + timeout);
            }
            awaitEnd(start.getAsLong(), timeout);
            if (!done.getAsBoolean()) {
                pause();
            }
        }
    }

    /** Waits until {@code done} holds, failing after {@code timeout}. */
    public static void awaitUntil(BooleanSupplier done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail(what + ": not so after " + timeout);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
