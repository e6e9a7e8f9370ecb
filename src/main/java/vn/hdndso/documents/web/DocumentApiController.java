package vn.hdndso.documents.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentQuery;
import vn.hdndso.documents.DocumentStatus;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.EditableOriginal;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/** Outgoing documents of a council: drafts, workflow, issue with signature, the signed PDF. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/documents")
class DocumentApiController {

    private static final String STAFF = "@councilAccess.has('CLERK','COUNCIL_ADMIN')";
    private static final String SIGNER = "@councilAccess.has('COUNCIL_ADMIN')";

    private final Councils councils;
    private final OutgoingDocuments documents;
    private final AuditTrail audit;

    DocumentApiController(Councils councils, OutgoingDocuments documents, AuditTrail audit) {
        this.councils = councils;
        this.documents = documents;
        this.audit = audit;
    }

    /** The {@code metadata} part of a new draft. */
    record Metadata(
            @Nullable String typeCode,
            @Nullable String issuerSymbol,
            @Nullable String unitSymbol,
            @Nullable Boolean normative,
            @Nullable String subject,
            @Nullable String signerName,
            @Nullable String signerPosition,
            @Nullable List<String> recipients,
            @Nullable Boolean restricted) {

        NewOutgoingDocument toNew() {
            return new NewOutgoingDocument(
                    typeCode,
                    issuerSymbol,
                    unitSymbol,
                    Boolean.TRUE.equals(normative),
                    subject,
                    signerName,
                    signerPosition,
                    recipients == null ? null : String.join("\n", recipients),
                    restricted);
        }
    }

    record Created(String id, DocumentStatus status) {}

    record Issued(
            String id, String numberSymbol, LocalDate issueDate, OffsetDateTime issuedAt, DocumentStatus status) {}

    record RecallRequest(@Nullable String reason) {}

    record Summary(
            String id,
            DocumentStatus status,
            String typeCode,
            String typeName,
            String issuerSymbol,
            @Nullable String numberSymbol,
            @Nullable LocalDate issueDate,
            String subject,
            String signerName,
            String signerPosition,
            boolean demo,
            boolean restricted,
            int version) {

        static Summary of(OutgoingDocument d) {
            return new Summary(
                    d.id().toString(),
                    d.status(),
                    d.type().code(),
                    d.type().vietnameseName(),
                    d.issuerSymbol(),
                    d.numberSymbol(),
                    d.issue() == null ? null : d.issue().issueDate(),
                    d.subject(),
                    d.signerName(),
                    d.signerPosition(),
                    d.demo(),
                    d.restricted(),
                    d.version());
        }
    }

    record HistoryEntry(OffsetDateTime at, String actor, String action, String details) {}

    record Detail(
            String id,
            DocumentStatus status,
            String typeCode,
            String typeName,
            String issuerSymbol,
            @Nullable String unitSymbol,
            boolean normative,
            @Nullable String numberSymbol,
            @Nullable LocalDate issueDate,
            @Nullable OffsetDateTime issuedAt,
            String subject,
            String signerName,
            String signerPosition,
            List<String> recipients,
            int pageCount,
            String originalSha256,
            @Nullable String signedSha256,
            @Nullable String recallReason,
            boolean demo,
            boolean restricted,
            int version,
            @Nullable String returnComment,
            @Nullable String originalName,
            List<HistoryEntry> history) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(STAFF)
    ResponseEntity<Created> create(
            @PathVariable String slug,
            @RequestPart("metadata") String metadata,
            @RequestPart("file") MultipartFile file) {
        Council council = councils.requireBySlug(slug);
        Metadata m = MultipartParts.metadata(metadata, Metadata.class);
        OutgoingDocument draft = documents.createDraft(
                council.id(),
                m.toNew(),
                file.getOriginalFilename() == null ? "van-ban.pdf" : file.getOriginalFilename(),
                MultipartParts.bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/documents/" + draft.id()))
                .body(new Created(draft.id().toString(), draft.status()));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    Page<Summary> list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable DocumentStatus status,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String q,
            Page.Request page) {
        Council council = councils.requireBySlug(slug);
        DocumentType documentType = type == null || type.isBlank()
                ? null
                : DocumentType.byCode(type)
                        .orElseThrow(() -> InvalidInputException.of("type", "documents.typeCode.unknown", type));
        Page<OutgoingDocument> found =
                documents.list(council.id(), new DocumentQuery(status, documentType, year, q), page);
        return new Page<>(found.items().stream().map(Summary::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    Detail get(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        OutgoingDocument d = documents.require(council.id(), new DocumentId(id));
        List<HistoryEntry> history = audit.about(council.id(), "document", id.toString()).stream()
                .map(e -> new HistoryEntry(
                        OffsetDateTime.ofInstant(e.occurredAt(), VnTime.ZONE), e.actor(), e.action(), e.details()))
                .toList();
        return new Detail(
                d.id().toString(),
                d.status(),
                d.type().code(),
                d.type().vietnameseName(),
                d.issuerSymbol(),
                d.unitSymbol(),
                d.normative(),
                d.numberSymbol(),
                d.issue() == null ? null : d.issue().issueDate(),
                d.issue() == null ? null : OffsetDateTime.ofInstant(d.issue().issuedAt(), VnTime.ZONE),
                d.subject(),
                d.signerName(),
                d.signerPosition(),
                d.recipientList(),
                d.pageCount(),
                d.original().sha256(),
                d.signed() == null ? null : d.signed().sha256(),
                d.recallReason(),
                d.demo(),
                d.restricted(),
                d.version(),
                d.returnComment(),
                documents
                        .editableOriginal(council.id(), d.id())
                        .map(EditableOriginal::name)
                        .orElse(null),
                history);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(STAFF)
    Summary submit(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return Summary.of(documents.submitForReview(council.id(), new DocumentId(id)));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(SIGNER)
    Summary approve(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return Summary.of(documents.approve(council.id(), new DocumentId(id)));
    }

    /** Issues the document; a draft or a document in review is approved by the same act. */
    @PostMapping("/{id}/issue")
    @PreAuthorize(SIGNER)
    Issued issue(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        OutgoingDocument issued = documents.approveAndIssue(council.id(), new DocumentId(id));
        var issue = java.util.Objects.requireNonNull(issued.issue());
        return new Issued(
                issued.id().toString(),
                issue.number().format(),
                issue.issueDate(),
                OffsetDateTime.ofInstant(issue.issuedAt(), VnTime.ZONE),
                issued.status());
    }

    @PostMapping("/{id}/recall")
    @PreAuthorize(SIGNER)
    Summary recall(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable RecallRequest body) {
        Council council = councils.requireBySlug(slug);
        return Summary.of(documents.recall(council.id(), new DocumentId(id), body == null ? null : body.reason()));
    }

    @GetMapping("/{id}/original.pdf")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> original(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return pdf(documents.originalPdf(council.id(), new DocumentId(id)), "original-" + id + ".pdf");
    }

    /**
     * The word-processing file kept with the document (the DOCX or ODT a clerk uploaded, or a
     * generated report's DOCX), for the staff to edit.
     */
    @GetMapping("/{id}/original.docx")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> editable(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        DocumentId document = new DocumentId(id);
        EditableOriginal docx = documents
                .editableOriginal(council.id(), document)
                .orElseThrow(() -> new NotFoundException("documents.editableOriginal.none", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(docx.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(docx.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(documents.editableOriginalDocx(council.id(), document));
    }

    /** Public once issued: anyone may download and check the signed PDF. */
    @GetMapping("/{id}/signed.pdf")
    ResponseEntity<byte[]> signed(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return pdf(documents.signedPdf(council.id(), new DocumentId(id)), "signed-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
