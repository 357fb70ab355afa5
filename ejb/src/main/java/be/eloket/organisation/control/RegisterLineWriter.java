package be.eloket.organisation.control;

import be.eloket.organisation.entity.RefusedLine;
import be.eloket.organisation.model.LineOutcome;
import be.eloket.organisation.model.RegisterLine;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges and applies a chunk of lines in the chunk's transaction, and in the same transaction
 * counts them on the import, moves its checkpoint past them and renews its lease: a chunk is
 * applied and recorded together, or not at all. The import's row stays locked from that update
 * to the commit, and a server whose lease was taken over (it was thought dead) finds its update
 * refused and rolls its chunk back.
 */
@Named("registerLineWriter")
@Dependent
public class RegisterLineWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    RegisterLines registerLines;

    @Inject
    ImportLeases leases;

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void writeItems(List<Object> items) {
        long importId = RegisterLineReader.importId(job);
        List<RegisterLine> lines = items.stream().map(RegisterLine.class::cast).toList();
        RegisterLines.FileIndex index = (RegisterLines.FileIndex) step.getTransientUserData();
        RegisterLines.Known known = registerLines.knownFor(lines);
        Locale language = Locale.forLanguageTag(RegisterLineReader.language(job));
        Map<LineOutcome.Kind, Integer> counts = new EnumMap<>(LineOutcome.Kind.class);
        int invited = 0;
        for (RegisterLine line : lines) {
            RegisterLines.Judged judged = registerLines.judge(line, known, index);
            registerLines.apply(judged, known, language);
            counts.merge(judged.outcome().kind(), 1, Integer::sum);
            invited += judged.outcome().invited() ? 1 : 0;
            RefusedLine refusal = judged.outcome().refusal();
            if (refusal != null) {
                em.createNativeQuery("insert into register_import_refusal (import_id, line, field, reason, argument)"
                                + " values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, importId).setParameter(2, refusal.getLine()).setParameter(3, refusal.getField())
                        .setParameter(4, refusal.getReason()).setParameter(5, refusal.getArgument()).executeUpdate();
            }
        }
        Instant now = clock.instant();
        int recorded = em.createNativeQuery("update register_import set next_line = next_line + ?1, created = created + ?2,"
                        + " changed = changed + ?3, unchanged = unchanged + ?4, refused = refused + ?5, invited = invited + ?6,"
                        + " lease_until = ?7, version = version + 1 where id = ?8 and status = 'RUNNING' and lease_owner = ?9")
                .setParameter(1, lines.size()).setParameter(2, counts.getOrDefault(LineOutcome.Kind.CREATED, 0))
                .setParameter(3, counts.getOrDefault(LineOutcome.Kind.CHANGED, 0))
                .setParameter(4, counts.getOrDefault(LineOutcome.Kind.UNCHANGED, 0))
                .setParameter(5, counts.getOrDefault(LineOutcome.Kind.REFUSED, 0)).setParameter(6, invited)
                .setParameter(7, Timestamp.from(leases.leaseEnd(now))).setParameter(8, importId).setParameter(9, ImportLeases.NODE)
                .executeUpdate();
        if (recorded != 1) {
            throw new IllegalStateException("Import " + importId + " was taken over by another server; this chunk is undone");
        }
    }
}
