package be.eloket.conversation.entity;

import be.eloket.conversation.model.StoredContent;
import be.eloket.conversation.model.Upload;
import be.eloket.conversation.model.UploadRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file attached to a message that is still being written (MSG-17), kept in the database until
 * the message is sent or abandoned: every server of the cluster sees it, and the person's session
 * holds only its {@link UploadRef}.
 */
@Entity
@Table(name = "parked_upload")
public class ParkedUpload {

    /** The column's width; the name is the browser's and is cleaned only when it becomes an attachment. */
    private static final int MAX_NAME = 1000;

    @Id
    @SequenceGenerator(name = "parked_upload_seq", sequenceName = "parked_upload_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parked_upload_seq")
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private long size;

    @Column(name = "content_id")
    private long contentId;

    @Column(name = "parked_at")
    private Instant parkedAt;

    protected ParkedUpload() {
        // for JPA
    }

    public ParkedUpload(long accountId, Upload upload, Instant parkedAt) {
        this.accountId = accountId;
        String name = upload.fileName() == null ? "" : upload.fileName();
        this.fileName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        this.contentId = upload.content().id();
        this.size = upload.size();
        this.parkedAt = parkedAt;
    }

    public UploadRef ref() {
        return new UploadRef(id, fileName, size);
    }

    /**
     * The file as it was sent, its bytes {@code content} (the stored content it refers to), for the
     * checks of MSG-10 and the attachment it becomes.
     */
    public Upload upload(StoredContent content) {
        return new Upload(fileName, content);
    }

    public long getContentId() {
        return contentId;
    }

    public Long getId() {
        return id;
    }
}
