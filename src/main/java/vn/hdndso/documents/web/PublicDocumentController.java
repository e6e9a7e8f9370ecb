package vn.hdndso.documents.web;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;

/** The public page of an issued document and its signed PDF; nothing else is public. */
@Controller
class PublicDocumentController {

    private final Councils councils;
    private final OutgoingDocuments documents;

    PublicDocumentController(Councils councils, OutgoingDocuments documents) {
        this.councils = councils;
        this.documents = documents;
    }

    @GetMapping("/{slug:[a-z0-9-]+}/van-ban/{id}")
    String show(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        OutgoingDocument document = documents.requireIssued(council.id(), new DocumentId(id));
        model.addAttribute("council", council);
        model.addAttribute("document", document);
        return "documents/public";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/van-ban/{id}/signed.pdf")
    ResponseEntity<byte[]> signed(@PathVariable String slug, @PathVariable UUID id, WebRequest request) {
        Council council = councils.requireBySlug(slug);
        OutgoingDocument document = documents.requireIssued(council.id(), new DocumentId(id));
        // the signed PDF of an issued document never changes: its SHA-256 is its entity tag
        String etag = "\"" + java.util.Objects.requireNonNull(document.signed()).sha256() + "\"";
        var issue = java.util.Objects.requireNonNull(document.issue());
        if (request.checkNotModified(etag, issue.issuedAt().toEpochMilli())) {
            return ResponseEntity.status(org.springframework.http.HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .build();
        }
        var pdf = DocumentApiController.pdf(
                documents.signedPdf(council.id(), new DocumentId(id)), "signed-" + id + ".pdf");
        return ResponseEntity.ok()
                .headers(pdf.getHeaders())
                .eTag(etag)
                .lastModified(issue.issuedAt())
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(pdf.getBody());
    }
}
