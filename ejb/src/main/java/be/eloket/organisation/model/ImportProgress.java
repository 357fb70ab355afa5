package be.eloket.organisation.model;

import be.eloket.organisation.entity.ImportStatus;
import be.eloket.organisation.entity.RefusedLine;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An import as it stands (BO-9): how far its job got ({@code done} of {@code lineCount} lines),
 * what it did, who started it when, when it ended, and the lines it refused (the first ones).
 */
public record ImportProgress(long id, String fileName, ImportStatus status, int lineCount, int done, int created,
                             int changed, int unchanged, int invited, int refused, String startedBy, Instant startedAt,
                             Instant finishedAt, List<RefusedLine> refusals) implements Serializable {

    public ImportProgress {
        refusals = List.copyOf(refusals);
    }

    /** As a query reads it, before its refusals. */
    public ImportProgress(long id, String fileName, ImportStatus status, int lineCount, int done, int created, int changed,
                          int unchanged, int invited, int refused, String startedBy, Instant startedAt, Instant finishedAt) {
        this(id, fileName, status, lineCount, done, created, changed, unchanged, invited, refused, startedBy, startedAt,
                finishedAt, List.of());
    }

    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }

    public ImportProgress withRefusals(List<RefusedLine> lines) {
        return new ImportProgress(id, fileName, status, lineCount, done, created, changed, unchanged, invited, refused,
                startedBy, startedAt, finishedAt, lines);
    }
}
