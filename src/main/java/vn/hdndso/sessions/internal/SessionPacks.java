package vn.hdndso.sessions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.files.BlobStore;
import vn.hdndso.files.StoredFile;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Packs;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionPackChanged;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;

/** The module's {@link Packs}: the pack's documents, their pages as images, read receipts. */
@Service
class SessionPacks implements Packs {

    private final CouncilSessionRepository sessions;
    private final PackRepository packs;
    private final vn.hdndso.files.Files files;
    private final OutgoingDocuments documents;
    private final BlobStore blobs;
    private final ApplicationEventPublisher events;
    private final PackPages pages;
    private final Clock clock;

    SessionPacks(
            CouncilSessionRepository sessions,
            PackRepository packs,
            vn.hdndso.files.Files files,
            OutgoingDocuments documents,
            BlobStore blobs,
            ApplicationEventPublisher events,
            PackPages pages,
            Clock clock) {
        this.sessions = sessions;
        this.packs = packs;
        this.files = files;
        this.documents = documents;
        this.blobs = blobs;
        this.events = events;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PackDocument> list(CouncilId council, SessionId id) {
        session(council, id);
        return packs.list(id).stream().map(SessionPacks::of).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PackDocument require(CouncilId council, SessionId id, UUID document) {
        session(council, id);
        return packs.find(id, document)
                .map(SessionPacks::of)
                .orElseThrow(() -> new NotFoundException("sessions.pack.notFound", document));
    }

    @Override
    @Transactional
    public PackDocument upload(
            CouncilId council, SessionId id, @Nullable String title, String fileName, InputStream content) {
        CouncilSession session = session(council, id);
        String clean = title == null ? "" : VnText.normalize(title);
        if (clean.isEmpty()) {
            clean = fileName.replaceAll("(?i)\\.(pdf|docx|odt)$", "");
        }
        if (clean.length() > 500) {
            throw InvalidInputException.of("title", "sessions.field.tooLong", 500);
        }
        StoredFile stored = files.storeAsPdf(council, fileName, content); // a DOCX/ODT is converted
        Integer pages = stored.pageCount();
        if (pages == null || pages <= 0) {
            throw InvalidInputException.of("file", "sessions.pack.notPdf");
        }
        return add(session, clean, null, stored.sha256(), stored.size(), pages);
    }

    @Override
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

    @Override
    @Transactional
    public void remove(CouncilId council, SessionId id, UUID document) {
        CouncilSession session = session(council, id);
        PackDocument removed = require(council, id, document);
        packs.remove(id, document);
        events.publishEvent(SessionAudit.of(session, "packRemoved").with("title", removed.title()));
        events.publishEvent(new SessionPackChanged(council, id, "removed"));
    }

    @Override
    @Transactional
    public PackDocument assign(CouncilId council, SessionId id, UUID document, @Nullable AgendaItemId item) {
        CouncilSession session = session(council, id);
        PackDocument found = require(council, id, document);
        if (item != null && sessions.item(council, id, item).isEmpty()) {
            throw InvalidInputException.of("agendaItemId", "sessions.pack.itemUnknown");
        }
        if (!java.util.Objects.equals(found.agendaItemId(), item == null ? null : item.value())) {
            packs.assign(id, document, item);
            events.publishEvent(SessionAudit.of(session, "packAssigned")
                    .with("title", found.title())
                    .with("agendaItem", item == null ? "" : item.toString()));
            events.publishEvent(new SessionPackChanged(council, id, "assigned"));
        }
        return require(council, id, document);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> readBy(CouncilId council, SessionId id, UUID userId) {
        session(council, id);
        return Set.copyOf(packs.readBy(id, userId));
    }

    @Override
    @Transactional
    public PackDocument open(CouncilId council, SessionId id, UUID document) {
        PackDocument found = require(council, id, document);
        CurrentUser.get()
                .ifPresent(u -> packs.opened(council, document, u.id().value(), u.fullName(), Instant.now(clock)));
        return found;
    }

    @Override
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

    @Override
    public InputStream pdf(PackDocument document) {
        return blobs.open(document.sha256());
    }

    @Override
    public byte[] page(PackDocument document, int page, int scale) {
        return pages.image(document, page, scale);
    }

    @Override
    public List<String> pageTexts(PackDocument document) {
        return pages.texts(document);
    }

    @Override
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
        // a document of the documents module belongs to the agenda item that is about it
        AgendaItemId item = documentId == null
                ? null
                : sessions.items(session.council(), session.id()).stream()
                        .filter(i -> documentId.equals(i.documentId()))
                        .map(AgendaItem::id)
                        .findFirst()
                        .orElse(null);
        var row = new PackRepository.Row(
                UUID.randomUUID(), session.id(), 0, title, documentId, sha256, size, pages, Instant.now(clock), item);
        packs.add(session.council(), row, CurrentUser.describe());
        events.publishEvent(SessionAudit.of(session, "packAdded")
                .with("title", title)
                .with("sha256", sha256)
                .with("pages", pages));
        events.publishEvent(new SessionPackChanged(session.council(), session.id(), "added"));
        return require(session.council(), session.id(), row.id());
    }

    private CouncilSession session(CouncilId council, SessionId id) {
        return sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    private static PackDocument of(PackRepository.Row r) {
        return new PackDocument(
                r.id(),
                r.position(),
                r.title(),
                r.documentId(),
                r.sha256(),
                r.size(),
                r.pageCount(),
                r.agendaItem() == null ? null : r.agendaItem().value());
    }
}
