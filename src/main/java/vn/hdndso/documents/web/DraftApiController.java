package vn.hdndso.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentVersion;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/**
 * A draft as work in progress, through the JSON API: edit its metadata, replace its file (every
 * version kept and downloadable), return it to its drafter with a comment (the signer), withdraw
 * it.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/documents/{id}")
@Tag(name = "Documents")
class DraftApiController {

    private static final String STAFF = "@councilAccess.has('CLERK','COUNCIL_ADMIN')";
    private static final String SIGNER = "@councilAccess.has('COUNCIL_ADMIN')";

    private final Councils councils;
    private final OutgoingDocuments documents;

    DraftApiController(Councils councils, OutgoingDocuments documents) {
        this.councils = councils;
        this.documents = documents;
    }

    record ReturnRequest(@Nullable String comment) {}

    record WithdrawRequest(@Nullable String reason) {}

    record Version(
            int version,
            String fileName,
            String sha256,
            long size,
            int pageCount,
            @Nullable String originalName,
            @Nullable String originalMediaType,
            String uploadedBy,
            OffsetDateTime uploadedAt,
            String pdfUrl,
            @Nullable String originalUrl) {}

    @PutMapping
    @PreAuthorize(STAFF)
    @Operation(
            summary = "Edit a draft's metadata",
            description = "Same fields as the metadata of a new draft; only a draft (DRAFT) may be edited."
                    + " restricted (không công khai) is kept when left out.")
    DocumentApiController.Summary edit(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody DocumentApiController.Metadata body) {
        Council council = councils.requireBySlug(slug);
        return DocumentApiController.Summary.of(documents.edit(council.id(), new DocumentId(id), body.toNew()));
    }

    @PostMapping(path = "/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(STAFF)
    @Operation(
            summary = "Replace a draft's file",
            description = "A PDF, DOCX or ODT (converted to PDF by LibreOffice, the original kept) becomes the"
                    + " next version; the previous versions stay downloadable.")
    DocumentApiController.Summary replaceFile(
            @PathVariable String slug, @PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        Council council = councils.requireBySlug(slug);
        OutgoingDocument replaced = documents.replaceFile(
                council.id(),
                new DocumentId(id),
                file.getOriginalFilename() == null ? "van-ban.pdf" : file.getOriginalFilename(),
                MultipartParts.bytes(file));
        return DocumentApiController.Summary.of(replaced);
    }

    @PostMapping("/return")
    @PreAuthorize(SIGNER)
    @Operation(
            summary = "Return a document to its drafter",
            description = "A document in review or approved becomes a draft again; the comment (required) is"
                    + " shown with it and kept in its history.")
    DocumentApiController.Summary returnToDrafter(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable ReturnRequest body) {
        Council council = councils.requireBySlug(slug);
        return DocumentApiController.Summary.of(
                documents.returnToDrafter(council.id(), new DocumentId(id), body == null ? null : body.comment()));
    }

    @PostMapping("/withdraw")
    @PreAuthorize(STAFF)
    @Operation(
            summary = "Withdraw a document before its issue",
            description = "It stays in the register's history as withdrawn (WITHDRAWN) and is never numbered.")
    DocumentApiController.Summary withdraw(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable WithdrawRequest body) {
        Council council = councils.requireBySlug(slug);
        return DocumentApiController.Summary.of(
                documents.withdraw(council.id(), new DocumentId(id), body == null ? null : body.reason()));
    }

    @GetMapping("/versions")
    @PreAuthorize(STAFF)
    @Operation(summary = "Every file the document had, oldest first")
    List<Version> versions(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        String base = "/api/v1/councils/" + slug + "/documents/" + id + "/versions/";
        return documents.versions(council.id(), new DocumentId(id)).stream()
                .map(v -> new Version(
                        v.version(),
                        v.pdf().name(),
                        v.pdf().sha256(),
                        v.pdf().size(),
                        v.pageCount(),
                        v.source() == null ? null : v.source().name(),
                        v.sourceMediaType(),
                        v.uploadedBy(),
                        OffsetDateTime.ofInstant(v.uploadedAt(), VnTime.ZONE),
                        base + v.version() + "/file.pdf",
                        v.source() == null ? null : base + v.version() + "/original"))
                .toList();
    }

    @GetMapping("/versions/{version}/file.pdf")
    @PreAuthorize(STAFF)
    @Operation(summary = "The PDF of one version")
    ResponseEntity<byte[]> versionPdf(@PathVariable String slug, @PathVariable UUID id, @PathVariable int version) {
        Council council = councils.requireBySlug(slug);
        return versionPdf(documents, council, id, version);
    }

    @GetMapping("/versions/{version}/original")
    @PreAuthorize(STAFF)
    @Operation(summary = "The DOCX or ODT one version was converted from")
    ResponseEntity<byte[]> versionOriginal(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable int version) {
        Council council = councils.requireBySlug(slug);
        return versionOriginal(documents, council, id, version);
    }

    static ResponseEntity<byte[]> versionPdf(OutgoingDocuments documents, Council council, UUID id, int version) {
        DocumentId document = new DocumentId(id);
        DocumentVersion v = documents.version(council.id(), document, version);
        return DocumentApiController.pdf(
                documents.content(council.id(), document, v.pdf()), "phien-ban-" + version + ".pdf");
    }

    static ResponseEntity<byte[]> versionOriginal(OutgoingDocuments documents, Council council, UUID id, int version) {
        DocumentId document = new DocumentId(id);
        DocumentVersion v = documents.version(council.id(), document, version);
        OutgoingDocument.Content source = v.source();
        String type = v.sourceMediaType();
        if (source == null || type == null) {
            throw new NotFoundException("documents.editableOriginal.none", id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(source.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(documents.content(council.id(), document, source));
    }
}
