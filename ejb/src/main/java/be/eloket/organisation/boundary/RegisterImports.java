package be.eloket.organisation.boundary;

import be.eloket.organisation.control.ImportLeases;
import be.eloket.organisation.control.RegisterLines;
import be.eloket.organisation.entity.ImportStatus;
import be.eloket.organisation.entity.RefusedLine;
import be.eloket.organisation.entity.RegisterImport;
import be.eloket.organisation.model.ImportProgress;
import be.eloket.organisation.model.LineOutcome;
import be.eloket.organisation.model.RegisterLine;
import be.eloket.organisation.model.RegisterPreview;
import be.eloket.platform.NotFound;
import be.eloket.platform.Problem;
import be.eloket.platform.RejectedInput;
import be.eloket.platform.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Go-live in bulk (BO-9), administrators only: a CSV of the department's register is previewed
 * (what it would create, change and leave alone, whom it would invite, which lines it refuses and
 * why) before anything is written, then imported by a batch job whose progress anyone of them can
 * follow. One import runs at a time. An import adds facilities and updates names and themes; it
 * never removes a theme or closes a facility.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class RegisterImports {

    /** The refused lines a progress shows at most; the preview shows them all. */
    public static final int REFUSALS_SHOWN = 500;

    private static final Logger LOG = System.getLogger(RegisterImports.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RegisterLines registerLines;

    @EJB
    ImportLeases leases;

    @EJB
    RegisterImportSupervisor supervisor;

    @Inject
    @ConfigProperty(name = "eloket.register-import.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** The largest file an import takes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The largest file an import takes, in whole megabytes, for the page's hint. */
    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /**
     * Reads and judges an uploaded file and keeps it for {@link #start}; writes nothing else.
     * Refuses (field {@code file}) a file that is too big, not CSV, empty or without the required
     * columns.
     */
    public RegisterPreview preview(String fileName, byte[] contents, Locale language) {
        String name = fileName == null ? "" : fileName.strip();
        if (contents.length > maxBytes) {
            throw new RejectedInput(Problem.of("file", "register-import.file.too-big", maxMegabytes()));
        }
        if (!name.toLowerCase(Locale.ROOT).matches(".+\\.(csv|txt)")) {
            throw new RejectedInput(Problem.of("file", "register-import.file.not-csv"));
        }
        List<RegisterLine> lines = RegisterLines.parse(contents);
        RegisterLines.FileIndex index = new RegisterLines.FileIndex(lines);
        RegisterLines.Known known = registerLines.knownFor(lines);
        int create = 0;
        int change = 0;
        int unchanged = 0;
        int invite = 0;
        List<RefusedLine> refused = new ArrayList<>();
        for (RegisterLine line : lines) {
            LineOutcome outcome = registerLines.judge(line, known, index).outcome();
            switch (outcome.kind()) {
                case CREATED -> create++;
                case CHANGED -> change++;
                case UNCHANGED -> unchanged++;
                case REFUSED -> refused.add(outcome.refusal());
            }
            if (outcome.invited()) {
                invite++;
            }
        }
        RegisterImport upload = new RegisterImport(name.length() > 255 ? name.substring(0, 255) : name, contents, caller(),
                clock.instant(), "en".equals(language.getLanguage()) ? "en" : "nl", lines.size());
        em.persist(upload);
        em.flush();
        LOG.log(Level.INFO, "Register file {0} ({1} lines) previewed by {2} as import {3}", name, lines.size(), caller(),
                upload.getId());
        return new RegisterPreview(upload.getId(), name, lines.size(), create, change, unchanged, invite, refused);
    }

    /**
     * Starts the job of a previewed import. Refuses when another import runs, or this one was
     * started already. The job runs on after the request, on this server.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void start(long importId) {
        RegisterImport upload = em.find(RegisterImport.class, importId);
        if (upload == null) {
            throw new NotFound("register import", importId);
        }
        boolean started;
        try {
            started = leases.start(importId, caller());
        } catch (EJBException raced) {
            // Another administrator's start won in the same instant (the database holds one RUNNING import).
            started = false;
        }
        if (!started) {
            throw new RejectedInput(Problem.of("import", upload.getStatus() == ImportStatus.PREVIEWED
                    ? "register-import.start.running" : "register-import.start.started"));
        }
        long execution = supervisor.run(importId);
        LOG.log(Level.INFO, "Import {0} started by {1} (job execution {2})", importId, caller(), execution);
    }

    /** An import as it stands: how far its job got, what it did, the first {@code REFUSALS_SHOWN} lines it refused. */
    public ImportProgress progress(long importId) {
        ImportProgress progress = em.createQuery("select new be.eloket.organisation.model.ImportProgress(i.id, i.fileName,"
                        + " i.status, i.lineCount, i.nextLine, i.created, i.changed, i.unchanged, i.invited, i.refused,"
                        + " i.startedBy, i.startedAt, i.finishedAt) from RegisterImport i where i.id = :id", ImportProgress.class)
                .setParameter("id", importId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("register import", importId));
        // As new objects, not the collection's own: the page only reads them.
        return progress.withRefusals(em.createQuery("select new be.eloket.organisation.entity.RefusedLine(r.line, r.field,"
                        + " r.reason, r.argument) from RegisterImport i join i.refusedLines r where i.id = :id"
                        + " order by r.line", RefusedLine.class)
                .setParameter("id", importId).setMaxResults(REFUSALS_SHOWN).getResultList());
    }

    /** The running import, else the one started last: what the page shows when an administrator comes back. */
    public Optional<ImportProgress> current() {
        return em.createQuery("select i.id from RegisterImport i where i.status <> :previewed"
                        + " order by case when i.status = :running then 0 else 1 end, i.startedAt desc, i.id desc", Long.class)
                .setParameter("previewed", ImportStatus.PREVIEWED).setParameter("running", ImportStatus.RUNNING)
                .setMaxResults(1).getResultStream().findFirst().map(this::progress);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
