package vn.hdndso.sessions;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.files.BlobStore;
import vn.hdndso.files.FileType;
import vn.hdndso.files.StoredFile;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.internal.CouncilSessionRepository;
import vn.hdndso.sessions.internal.PackRepository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;

/**
 * The document pack of a session: PDFs uploaded (checked by the files module: a file that is not
 * a readable PDF is refused) or taken from the documents module; read on a phone as page images
 * rendered on the server, or downloaded one by one or as one ZIP. Every opening by a person is a
 * read receipt the standing committee sees.
 */
@Service
public class Packs {

    static final float DPI = 110f;

    private final CouncilSessionRepository sessions;
    private final PackRepository packs;
    private final vn.hdndso.files.Files files;
    private final OutgoingDocuments documents;
    private final BlobStore blobs;
    private final ApplicationEventPublisher events;
    private final Path pageCache;

    Packs(
            CouncilSessionRepository sessions,
            PackRepository packs,
            vn.hdndso.files.Files files,
            OutgoingDocuments documents,
            BlobStore blobs,
            ApplicationEventPublisher events,
            InstallationProperties installation) {
        this.sessions = sessions;
        this.packs = packs;
        this.files = files;
        this.documents = documents;
        this.blobs = blobs;
        this.events = events;
        this.pageCache = installation.dataDir().resolve("cache").resolve("pack-pages");
    }

    /** A document of the pack. */
    public record PackDocument(
            UUID id, int position, String title, @Nullable UUID documentId, String sha256, long size, int pageCount) {}

    /** Who opened which document, first and last, how often. */
    public record ReadReceipt(
            UUID documentId,
            String documentTitle,
            String userName,
            Instant firstOpenedAt,
            Instant lastOpenedAt,
            int opened) {}

    @Transactional(readOnly = true)
    public List<PackDocument> list(CouncilId council, SessionId id) {
        session(council, id);
        return packs.list(id).stream().map(Packs::of).toList();
    }

    @Transactional(readOnly = true)
    public PackDocument require(CouncilId council, SessionId id, UUID document) {
        session(council, id);
        return packs.find(id, document)
                .map(Packs::of)
                .orElseThrow(() -> new NotFoundException("sessions.pack.notFound", document));
    }

    /** Adds an uploaded PDF; anything else (or a damaged or protected PDF) is refused on field {@code file}. */
    @Transactional
    public PackDocument upload(
            CouncilId council, SessionId id, @Nullable String title, String fileName, InputStream content) {
        CouncilSession session = session(council, id);
        String clean = title == null ? "" : VnText.normalize(title);
        if (clean.isEmpty()) {
            clean = fileName.replaceAll("(?i)\\.pdf$", "");
        }
        if (clean.length() > 500) {
            throw InvalidInputException.of("title", "sessions.field.tooLong", 500);
        }
        StoredFile stored = files.store(council, fileName, content, Set.of(FileType.PDF));
        Integer pages = stored.pageCount();
        if (pages == null || pages <= 0) {
            throw InvalidInputException.of("file", "sessions.pack.notPdf");
        }
        return add(session, clean, null, stored.sha256(), stored.size(), pages);
    }

    /** Adds a document of the documents module (its signed PDF once issued, its draft before). */
    @Transactional
    public PackDocument addDocument(CouncilId council, SessionId id, UUID documentId) {
        CouncilSession session = session(council, id);
        OutgoingDocument document = documents
                .find(council, new DocumentId(documentId))
                .orElseThrow(() -> InvalidInputException.of("documentId", "sessions.pack.documentUnknown"));
        OutgoingDocument.Content content = document.signed() != null ? document.signed() : document.original();
        String title = (document.numberSymbol() == null ? "" : document.numberSymbol() + " ") + document.subject();
        return add(
                session,
                title.length() > 500 ? title.substring(0, 500) : title,
                documentId,
                content.sha256(),
                content.size(),
                document.pageCount());
    }

    @Transactional
    public void remove(CouncilId council, SessionId id, UUID document) {
        CouncilSession session = session(council, id);
        PackDocument removed = require(council, id, document);
        packs.remove(id, document);
        events.publishEvent(Sessions.audit(session, "packRemoved").with("title", removed.title()));
    }

    /** Records that the signed-in person opened a document (a read receipt), and returns it. */
    @Transactional
    public PackDocument open(CouncilId council, SessionId id, UUID document) {
        PackDocument found = require(council, id, document);
        CurrentUser.get().ifPresent(u -> packs.opened(council, document, u.id().value(), u.fullName(), Instant.now()));
        return found;
    }

    @Transactional(readOnly = true)
    public List<ReadReceipt> receipts(CouncilId council, SessionId id) {
        session(council, id);
        return packs.receipts(id).stream()
                .map(r -> new ReadReceipt(
                        r.documentId(),
                        r.documentTitle(),
                        r.userName(),
                        r.firstOpenedAt(),
                        r.lastOpenedAt(),
                        r.opened()))
                .toList();
    }

    public InputStream pdf(PackDocument document) {
        return blobs.open(document.sha256());
    }

    /** One page as a PNG, rendered once and kept in the cache directory (derived data). */
    public byte[] page(PackDocument document, int page) {
        if (page < 1 || page > document.pageCount()) {
            throw new NotFoundException("sessions.pack.pageNotFound", page);
        }
        Path cached = pageCache.resolve(document.sha256() + "-" + page + ".png");
        try {
            if (Files.exists(cached)) {
                return Files.readAllBytes(cached);
            }
            byte[] png;
            try (InputStream in = blobs.open(document.sha256());
                    PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
                var out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                png = out.toByteArray();
            }
            Files.createDirectories(pageCache);
            Path temp = Files.createTempFile(pageCache, "page", ".tmp");
            Files.write(temp, png);
            Files.move(
                    temp,
                    cached,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole pack as one ZIP, the documents numbered in pack order. */
    public void zip(List<PackDocument> pack, OutputStream target) {
        try (var zip = new ZipOutputStream(target)) {
            Set<String> names = new HashSet<>();
            for (PackDocument d : pack) {
                String base = "%02d-%s"
                        .formatted(
                                d.position(),
                                VnText.normalize(d.title())
                                        .replaceAll("[^\\p{L}\\p{N}]+", "-")
                                        .replaceAll("(^-|-$)", ""));
                String name = base.length() > 80 ? base.substring(0, 80) : base;
                while (!names.add(name)) {
                    name = name + "-" + d.id().toString().substring(0, 4);
                }
                zip.putNextEntry(new ZipEntry(name + ".pdf"));
                try (InputStream in = blobs.open(d.sha256())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PackDocument add(
            CouncilSession session, String title, @Nullable UUID documentId, String sha256, long size, int pages) {
        var row = new PackRepository.Row(
                UUID.randomUUID(), session.id(), 0, title, documentId, sha256, size, pages, Instant.now());
        packs.add(session.council(), row, Sessions.actor());
        events.publishEvent(Sessions.audit(session, "packAdded")
                .with("title", title)
                .with("sha256", sha256)
                .with("pages", pages));
        return require(session.council(), session.id(), row.id());
    }

    private CouncilSession session(CouncilId council, SessionId id) {
        return sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    private static PackDocument of(PackRepository.Row r) {
        return new PackDocument(r.id(), r.position(), r.title(), r.documentId(), r.sha256(), r.size(), r.pageCount());
    }
}
