package be.eloket.conversation.entity;

import be.eloket.conversation.model.AttachmentSummary;
import be.eloket.conversation.model.Download;
import be.eloket.conversation.model.StoredContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.InputStream;

/**
 * A file attached to a message (MSG-17), its type decided from its content, with size and
 * checksum; its bytes are a stored content, which the same file attached to other messages
 * shares (BO-10). Lists read {@link AttachmentSummary} instead.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "message_id")
    private long messageId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "content_id")
    private long contentId;

    protected Attachment() {
        // for JPA
    }

    public Attachment(long messageId, String fileName, String mediaType, StoredContent content) {
        this.messageId = messageId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.contentId = content.id();
        this.size = content.size();
        this.sha256 = content.sha256();
    }

    /** The attachment as it is handed over, its bytes read from {@code content} as they are sent. */
    public Download download(InputStream content) {
        return new Download(fileName, mediaType, size, sha256, content);
    }

    public Long getId() {
        return id;
    }

    public long getMessageId() {
        return messageId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public long getContentId() {
        return contentId;
    }
}
