package be.eloket.conversation.entity;

import be.eloket.conversation.model.AttachmentSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A file attached to a message (MSG-17), its type decided from its content, with size and
 * checksum. Loaded whole only to be downloaded; lists read {@link AttachmentSummary} instead.
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

    @Lob
    private byte[] content;

    protected Attachment() {
        // for JPA
    }

    public Attachment(long messageId, String fileName, String mediaType, byte[] content, String sha256) {
        this.messageId = messageId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
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

    public byte[] getContent() {
        return content;
    }
}
