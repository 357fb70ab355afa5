package be.eloket.conversation.control;

import be.eloket.conversation.model.StoredContent;
import be.eloket.conversation.model.Upload;
import be.eloket.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of attachments (MSG-17): an allow-list of types decided from the content (Apache
 * Tika), never from the browser's claim; size limits per file and per message; cleaned names.
 * Named for the pages, which tell the limits beside every upload and let the browser refuse a
 * file over the limit before it is sent. The files are read from the {@link ContentStore} as
 * streams: the type from their first bytes, an office document unpacked as it is read.
 */
@Named
@ApplicationScoped
public class AttachmentPolicy {

    /**
     * Allowed types and the extensions a file of that type may have; the first is the name a user
     * knows the type by. A stored name always ends with one of its type's extensions, so that no
     * program of the reader's opens it as something else (a text file named .hta, .ps1 or
     * a.pdf.exe is a script or program to Windows, whatever its bytes).
     */
    static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", List.of("pdf")),
            Map.entry("application/msword", List.of("doc")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
            Map.entry("application/vnd.ms-excel", List.of("xls")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
            Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of("ods")),
            Map.entry("image/jpeg", List.of("jpg", "jpeg")),
            Map.entry("image/png", List.of("png")),
            Map.entry("text/plain", List.of("txt")));

    /**
     * What the files inside an office document (a zip) may add up to: far above any real document,
     * far below what a "zip bomb" of a few kilobytes unpacks to on the reader's machine.
     */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    private static final Tika TIKA = new Tika();

    @EJB
    ContentStore store;

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
            if (!ALLOWED.containsKey(type) || !ALLOWED.get(type).contains(extensionOf(name))) {
                problems.add(Problem.of(field, "attachments.type-not-allowed", name));
                continue;
            }
            if (type.startsWith("application/vnd.o") && unpacksBeyondLimit(store.open(upload.content().id()))) {
                problems.add(Problem.of(field, "attachments.unpacks-too-large", name));
                continue;
            }
            accepted.add(new Accepted(name, type, upload.content()));
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
    String typeOf(Upload upload, String name) {
        try (InputStream content = store.open(upload.content().id())) {
            return TIKA.detect(content, name);
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /** The part of {@code name} after its last dot, in lower case; empty without one. */
    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the files of the zip {@code content} unpack to more than {@value #MAX_UNPACKED_BYTES}
     * bytes. Counted by unpacking, not from the sizes the zip declares (a bomb declares what it
     * likes), and stopped as soon as the limit is passed; a zip that cannot be read is left to the
     * type check, which has taken it for an office document.
     */
    static boolean unpacksBeyondLimit(InputStream content) {
        byte[] buffer = new byte[64 * 1024];
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(content)) {
            while (zip.getNextEntry() != null) {
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        return true;
                    }
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
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

    /** An upload that passed: its cleaned name, detected type, and its stored content (with size and checksum). */
    public record Accepted(String fileName, String mediaType, StoredContent content) {
    }

    /** The outcome of a check: what may be stored, and what is refused. */
    public record Checked(List<Accepted> accepted, List<Problem> problems) {
    }
}
