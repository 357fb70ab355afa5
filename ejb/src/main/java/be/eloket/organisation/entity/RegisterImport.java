package be.eloket.organisation.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An upload of the department's register (BO-9): the file as uploaded, whether its job has run,
 * the line it reached (its checkpoint, written with each chunk), what it did and refused. Only the
 * preview stores one through JPA: the job and the leases change it with conditional updates
 * ({@code ImportLeases}, {@code RegisterLineWriter}), the pages read it as an {@code ImportProgress}.
 */
@Entity
@Table(name = "register_import")
public class RegisterImport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "register_import_seq", sequenceName = "register_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_import_seq")
    private Long id;

    @Column(name = "file_name")
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    private byte[] contents;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    private String language;

    @Enumerated(EnumType.STRING)
    private ImportStatus status = ImportStatus.PREVIEWED;

    @Column(name = "line_count")
    private int lineCount;

    @Column(name = "next_line")
    private int nextLine;

    private int created;
    private int changed;
    private int unchanged;
    private int invited;
    private int refused;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    // lease_owner and lease_until: written by ImportLeases and the import job only.

    @ElementCollection
    @CollectionTable(name = "register_import_refusal", joinColumns = @JoinColumn(name = "import_id"))
    @OrderBy("line")
    private List<RefusedLine> refusedLines = new ArrayList<>();

    @Version
    private long version;

    protected RegisterImport() {
        // for JPA
    }

    public RegisterImport(String fileName, byte[] contents, String uploadedBy, Instant uploadedAt, String language,
                          int lineCount) {
        this.fileName = fileName;
        this.contents = contents;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.language = language;
        this.lineCount = lineCount;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContents() {
        return contents;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getLanguage() {
        return language;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getLineCount() {
        return lineCount;
    }

    public int getNextLine() {
        return nextLine;
    }

    public int getCreated() {
        return created;
    }

    public int getChanged() {
        return changed;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getInvited() {
        return invited;
    }

    public int getRefused() {
        return refused;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public List<RefusedLine> getRefusedLines() {
        return refusedLines;
    }

}
