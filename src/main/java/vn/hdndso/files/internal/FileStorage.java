package vn.hdndso.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;
import vn.hdndso.files.FileType;
import vn.hdndso.files.Files;
import vn.hdndso.files.OfficeConversion;
import vn.hdndso.files.StoredFile;
import vn.hdndso.files.StoredFileId;
import vn.hdndso.files.TextStatus;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * A council's files: stores an upload after checking it, keeps the text of every PDF for search,
 * and opens stored files again. Runs in the caller's tenant scope (storing needs the council's
 * staff scope); row-level security keeps councils apart.
 *
 * <p>Storing is all or nothing for the registry: a file that fails a check leaves no row and no
 * blob. The blob is written before the row; should the row's transaction then roll back, an
 * unreferenced blob stays behind, which is harmless (content-addressed, never listed).
 */
@Service
class FileStorage implements Files {

    static final int MAX_NAME = 255;
    private static final Set<FileType> ANY = EnumSet.allOf(FileType.class);

    private final BlobStore blobs;
    private final UploadRules check;
    private final StoredFileRepository registry;
    private final ApplicationEventPublisher events;
    private final Path spoolDirectory;
    private final Clock clock;
    private final OfficeConversion conversion;

    FileStorage(
            BlobStore blobs,
            UploadRules check,
            StoredFileRepository registry,
            ApplicationEventPublisher events,
            InstallationProperties installation,
            Clock clock,
            OfficeConversion conversion) {
        this.blobs = blobs;
        this.check = check;
        this.registry = registry;
        this.events = events;
        this.spoolDirectory = installation.dataDir().resolve("tmp").resolve("uploads");
        this.clock = clock;
        this.conversion = conversion;
    }

    /** Stores a file of any accepted type; see {@link #store(CouncilId, String, InputStream, Set)}. */
    @Override
    @Transactional
    public StoredFile store(CouncilId council, String originalName, InputStream content) {
        return store(council, originalName, content, ANY);
    }

    /**
     * Checks the content (size, type by content, a PDF opens and is not protected), writes the
     * blob, extracts a PDF's text, records the file and audits it.
     *
     * @param originalName the name the user gave it, kept for display and downloads only
     * @param accepted the types this use accepts (e.g. only PDF and DOCX for a draft)
     * @throws vn.hdndso.shared.InvalidInputException on field {@code file} when a check fails
     */
    @Override
    @Transactional
    public StoredFile store(CouncilId council, String originalName, InputStream content, Set<FileType> accepted) {
        try (DigestingSpool spool = receive(content)) {
            if (spool.size() == 0 && originalName.isBlank()) {
                // a form sent without a file chosen: an empty part without a name
                throw InvalidInputException.of("file", "files.error.noFile");
            }
            check.checkSize(spool.size());
            FileType type = UploadRules.typeOf(spool.path(), accepted);
            PdfInspector.PdfFacts pdf = type == FileType.PDF
                    ? PdfInspector.inspect(new RandomAccessReadBufferedFile(spool.path()), true)
                    : null;
            BlobRef blob;
            try (InputStream in = java.nio.file.Files.newInputStream(spool.path())) {
                blob = blobs.put(in);
            }
            StoredFile file = new StoredFile(
                    new StoredFileId(UUID.randomUUID()),
                    council,
                    blob.sha256(),
                    blob.size(),
                    type,
                    cleanName(originalName, type),
                    pdf == null ? null : pdf.pageCount(),
                    pdf == null ? null : pdf.text(),
                    pdf == null ? TextStatus.NOT_APPLICABLE : pdf.textStatus(),
                    Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                    actor());
            registry.insert(file);
            events.publishEvent(AuditEvent.of(council, "files.file.stored", "file", file.id())
                    .with("name", file.originalName())
                    .with("sha256", file.sha256())
                    .with("size", file.size())
                    .with("type", file.mediaType())
                    .with("textStatus", file.textStatus()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional
    public StoredFile storeAsPdf(CouncilId council, String originalName, InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, check.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0 && originalName.isBlank()) {
            // a form sent without a file chosen: an empty part without a name
            throw InvalidInputException.of("file", "files.error.noFile");
        }
        check.checkSize(bytes.length);
        var converted = conversion.toPdf(originalName, bytes);
        if (converted.isEmpty()) {
            return store(council, originalName, new java.io.ByteArrayInputStream(bytes), EnumSet.of(FileType.PDF));
        }
        store(
                council,
                originalName,
                new java.io.ByteArrayInputStream(bytes),
                EnumSet.of(converted.get().sourceType()));
        return store(
                council,
                vn.hdndso.files.ConvertedDocument.pdfName(
                        cleanName(originalName, converted.get().sourceType())),
                new java.io.ByteArrayInputStream(converted.get().pdf()),
                EnumSet.of(FileType.PDF));
    }

    /** A stored file of the council, if the current scope may see it. */
    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(CouncilId council, StoredFileId id) {
        return registry.find(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile require(CouncilId council, StoredFileId id) {
        return find(council, id).orElseThrow(() -> new NotFoundException("files.error.notFound", id));
    }

    /**
     * The extracted text of a council's stored content (by its SHA-256), for search; empty for a
     * scan without a text layer, a non-PDF or a content the scope may not see.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> textOf(CouncilId council, String sha256) {
        return registry.textOf(council, sha256);
    }

    /** The content of a stored file; the caller closes the stream. */
    @Override
    @Transactional(readOnly = true)
    public InputStream open(CouncilId council, StoredFileId id) {
        StoredFile file = require(council, id);
        try {
            return blobs.open(file.sha256());
        } catch (NoSuchElementException e) {
            throw new IllegalStateException("the blob of file " + id + " is missing from the blob store", e);
        }
    }

    private DigestingSpool receive(InputStream content) throws IOException {
        try {
            return DigestingSpool.receive(content, spoolDirectory, check.maxBytes());
        } catch (DigestingSpool.TooLargeException e) {
            throw check.tooLarge();
        }
    }

    /** The last segment of the name, NFC, without control characters, at most 255 characters. */
    static String cleanName(String originalName, FileType type) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "tep." + type.extension();
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
