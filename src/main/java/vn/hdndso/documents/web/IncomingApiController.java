package vn.hdndso.documents.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocumentId;
import vn.hdndso.documents.IncomingDocuments;
import vn.hdndso.documents.IncomingSignatures;
import vn.hdndso.documents.IncomingStatus;
import vn.hdndso.documents.NewIncomingDocument;
import vn.hdndso.documents.Urgency;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/** Incoming documents of a council: registration, handling and follow-up, the stored PDF. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/incoming")
class IncomingApiController {

    private static final String STAFF = "@councilAccess.has('CLERK','COUNCIL_ADMIN')";

    private final Councils councils;
    private final IncomingDocuments incoming;
    private final AuditTrail audit;
    private final Clock clock;

    private final WorkingDays workingDays;

    IncomingApiController(
            Councils councils, IncomingDocuments incoming, AuditTrail audit, Clock clock, WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.councils = councils;
        this.incoming = incoming;
        this.audit = audit;
        this.clock = clock;
    }

    /** The {@code metadata} part of a registration. */
    record Metadata(
            @Nullable LocalDate receivedOn,
            @Nullable String issuingBody,
            @Nullable String numberSymbol,
            @Nullable LocalDate documentDate,
            @Nullable String typeCode,
            @Nullable String subject,
            @Nullable String urgency,
            @Nullable Boolean confirmDuplicate) {}

    record Signatures(int count, IncomingSignatures.Status status, List<String> signers) {

        static Signatures of(IncomingSignatures s) {
            return new Signatures(s.count(), s.status(), s.signerNames());
        }
    }

    record Registered(
            String id,
            int arrivalNumber,
            int arrivalYear,
            IncomingStatus status,
            boolean duplicate,
            Signatures signatures) {}

    record AssignRequest(
            @Nullable UUID handlerUserId, @Nullable LocalDate deadline) {}

    record ProgressRequest(@Nullable String note) {}

    record CompleteRequest(@Nullable String replyNumberSymbol) {}

    record HistoryEntry(OffsetDateTime at, String actor, String action, String details) {}

    record Summary(
            String id,
            int arrivalNumber,
            int arrivalYear,
            LocalDate receivedOn,
            String issuingBody,
            String numberSymbol,
            LocalDate documentDate,
            String typeCode,
            String typeName,
            String subject,
            Urgency urgency,
            IncomingStatus status,
            @Nullable String handlerUserId,
            @Nullable String handlerName,
            @Nullable LocalDate deadline,
            boolean overdue,
            boolean dueSoon,
            @Nullable LocalDate assignedOn,
            @Nullable String progressNote,
            @Nullable String replyNumberSymbol,
            boolean duplicate,
            @Nullable String duplicateOf,
            Signatures signatures) {

        static Summary of(IncomingDocument d, LocalDate today, WorkingDays workingDays) {
            return new Summary(
                    d.id().toString(),
                    d.arrivalNumber(),
                    d.arrivalYear(),
                    d.receivedOn(),
                    d.issuingBody(),
                    d.numberSymbol(),
                    d.documentDate(),
                    d.type().code(),
                    d.type().vietnameseName(),
                    d.subject(),
                    d.urgency(),
                    d.status(),
                    d.handler() == null ? null : d.handler().userId().toString(),
                    d.handler() == null ? null : d.handler().fullName(),
                    d.deadline(),
                    d.overdueOn(today),
                    d.dueSoonOn(today, workingDays),
                    d.assignedOn(),
                    d.progressNote(),
                    d.replyNumberSymbol(),
                    d.isDuplicate(),
                    d.duplicateOf() == null ? null : d.duplicateOf().toString(),
                    Signatures.of(d.signatures()));
        }
    }

    record Detail(Summary document, String fileSha256, int pageCount, List<HistoryEntry> history) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(STAFF)
    ResponseEntity<Registered> register(
            @PathVariable String slug,
            @RequestPart("metadata") String metadata,
            @RequestPart("file") MultipartFile file) {
        Council council = councils.requireBySlug(slug);
        Metadata m = MultipartParts.metadata(metadata, Metadata.class);
        Urgency urgency = m.urgency() == null || m.urgency().isBlank()
                ? Urgency.NORMAL
                : Urgency.parse(m.urgency())
                        .orElseThrow(() -> InvalidInputException.of("urgency", "documents.incoming.urgency.unknown"));
        IncomingDocument d = incoming.register(
                council.id(),
                new NewIncomingDocument(
                        m.receivedOn(),
                        m.issuingBody(),
                        m.numberSymbol(),
                        m.documentDate(),
                        m.typeCode(),
                        m.subject(),
                        urgency,
                        Boolean.TRUE.equals(m.confirmDuplicate())),
                file.getOriginalFilename() == null ? "van-ban-den.pdf" : file.getOriginalFilename(),
                MultipartParts.bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/incoming/" + d.id()))
                .body(new Registered(
                        d.id().toString(),
                        d.arrivalNumber(),
                        d.arrivalYear(),
                        d.status(),
                        d.isDuplicate(),
                        Signatures.of(d.signatures())));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    Page<Summary> list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable IncomingStatus status,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable Boolean dueSoon,
            @RequestParam(required = false) @Nullable String q,
            Page.Request page) {
        Council council = councils.requireBySlug(slug);
        Page<IncomingDocument> found = incoming.list(
                council.id(),
                new IncomingDocuments.Filter(
                        year, status, Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(dueSoon), q),
                page);
        return new Page<>(
                found.items().stream().map(this::summary).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    Detail get(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        IncomingDocument d = incoming.require(council.id(), new IncomingDocumentId(id));
        List<HistoryEntry> history = audit.about(council.id(), "incoming", id.toString()).stream()
                .map(e -> new HistoryEntry(
                        OffsetDateTime.ofInstant(e.occurredAt(), VnTime.ZONE), e.actor(), e.action(), e.details()))
                .toList();
        return new Detail(summary(d), d.file().sha256(), d.file().pageCount(), history);
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize(STAFF)
    Summary assign(@PathVariable String slug, @PathVariable UUID id, @RequestBody AssignRequest body) {
        Council council = councils.requireBySlug(slug);
        return summary(
                incoming.assign(council.id(), new IncomingDocumentId(id), body.handlerUserId(), body.deadline()));
    }

    @PostMapping("/{id}/progress")
    @PreAuthorize(STAFF)
    Summary progress(@PathVariable String slug, @PathVariable UUID id, @RequestBody ProgressRequest body) {
        Council council = councils.requireBySlug(slug);
        return summary(incoming.progress(council.id(), new IncomingDocumentId(id), body.note()));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(STAFF)
    Summary complete(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable CompleteRequest body) {
        Council council = councils.requireBySlug(slug);
        return summary(incoming.complete(
                council.id(), new IncomingDocumentId(id), body == null ? null : body.replyNumberSymbol()));
    }

    @GetMapping("/{id}/file.pdf")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return DocumentApiController.pdf(
                incoming.pdf(council.id(), new IncomingDocumentId(id)), "van-ban-den-" + id + ".pdf");
    }

    /** The file as received, when it came as DOCX or ODT (the registered PDF was converted from it). */
    @GetMapping("/{id}/original")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> original(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        var document = new IncomingDocumentId(id);
        var original = incoming.original(council.id(), document)
                .orElseThrow(() -> new vn.hdndso.shared.NotFoundException("documents.editableOriginal.none", id));
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(original.mediaType()))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(original.originalName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(incoming.originalBytes(council.id(), document));
    }

    private Summary summary(IncomingDocument d) {
        return Summary.of(d, VnTime.today(clock), workingDays);
    }
}
