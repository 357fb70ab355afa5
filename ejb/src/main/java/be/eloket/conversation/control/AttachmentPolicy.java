package be.eloket.conversation.control;

import be.eloket.conversation.entity.Upload;
import be.eloket.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of attachments (MSG-17): an allow-list of types decided from the content (Apache
 * Tika), never from the browser's claim; size limits per file and per message; cleaned names.
 * Named for the pages, which tell the limits beside every upload and let the browser refuse a
 * file over the limit before it is sent.
 */
@Named
@ApplicationScoped
public class AttachmentPolicy {

    /** Allowed types and the name a user knows them by. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"),
            Map.entry("text/plain", "txt"));

    private static final Tika TIKA = new Tika();

    @Inject
    @ConfigProperty(name = "eloket.attachment.max-file-bytes", defaultValue = "20971520")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "eloket.attachment.max-message-bytes", defaultValue = "52428800")
    long maxMessageBytes;

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    public long getMaxFileMegabytes() {
        return maxFileBytes / (1024 * 1024);
    }

    public long getMaxMessageMegabytes() {
        return maxMessageBytes / (1024 * 1024);
    }

    /** The uploads as they will be stored, or the problems that refuse them. */
    public Checked check(List<Upload> uploads) {
        List<Problem> problems = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String name = cleaned(upload.fileName());
            String field = "attachments[" + i + "].file";
            total += upload.size();
            if (upload.size() == 0) {
                problems.add(Problem.of(field, "attachments.empty", name));
                continue;
            }
            if (upload.size() > maxFileBytes) {
                problems.add(Problem.of(field, "attachments.too-large", name, maxFileBytes / (1024 * 1024)));
                continue;
            }
            String type = typeOf(upload, name);
            if (!ALLOWED.containsKey(type)) {
                problems.add(Problem.of(field, "attachments.type-not-allowed", name));
                continue;
            }
            accepted.add(new Accepted(name, type, upload.content(), sha256(upload.content())));
        }
        if (total > maxMessageBytes) {
            problems.add(Problem.of("attachments", "attachments.message-too-large", maxMessageBytes / (1024 * 1024)));
        }
        return new Checked(accepted, problems);
    }

    /**
     * Decided from the bytes; the name only refines a container the bytes leave open (a zip that
     * says it is a .docx). An executable renamed to .pdf stays an executable.
     */
    static String typeOf(Upload upload, String name) {
        try (InputStream content = new ByteArrayInputStream(upload.content())) {
            return TIKA.detect(content, name);
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /**
     * A file name that is safe everywhere it goes: no folders, no control or reserved characters,
     * no leading dots, at most 150 characters, never empty.
     */
    static String cleaned(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}<>:\"|?*\\u202E\\u200E\\u200F]", "_")
                .replaceAll("^[.\\s]+", "")
                .strip();
        if (name.length() > 150) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 150 - extension.length()) + extension;
        }
        return name.isEmpty() ? "bijlage" : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** An upload that passed: its cleaned name, detected type, bytes and checksum. */
    public record Accepted(String fileName, String mediaType, byte[] content, String sha256) {
    }

    /** The outcome of a check: what may be stored, and what is refused. */
    public record Checked(List<Accepted> accepted, List<Problem> problems) {
    }
}
