package vn.hdndso.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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
import vn.hdndso.documents.PublishedDocuments;
import vn.hdndso.documents.RecallNotice;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/**
 * The public page of an issued document and its signed PDF; nothing else is public (a restricted
 * document is not found here, even by its council's staff). A document
 * that was issued and then recalled keeps its address: the page says so (410 Gone) with the date
 * and reason of the recall, and the PDF is gone (410).
 */
@Controller
class PublicDocumentController {

    private final Councils councils;
    private final OutgoingDocuments documents;
    private final PublishedDocuments published;

    PublicDocumentController(Councils councils, OutgoingDocuments documents, PublishedDocuments published) {
        this.councils = councils;
        this.documents = documents;
        this.published = published;
    }

    @GetMapping("/{slug:[a-z0-9-]+}/van-ban/{id}")
    String show(@PathVariable String slug, @PathVariable UUID id, Model model, HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        var documentId = new DocumentId(id);
        model.addAttribute("council", council);
        Optional<OutgoingDocument> issued =
                documents.find(council.id(), documentId).filter(OutgoingDocument::isPublic);
        if (issued.isPresent()) {
            model.addAttribute("document", issued.get());
            model.addAttribute(
                    "pageTitle",
                    issued.get().type().vietnameseName() + " " + issued.get().numberSymbol());
            model.addAttribute("pageDescription", issued.get().subject());
            model.addAttribute("atomFeed", "/" + council.slug() + "/feed.atom");
            return "documents/public";
        }
        // a published document never disappears silently: its address explains the recall
        RecallNotice notice = published
                .recallNotice(council.id(), documentId)
                .orElseThrow(() -> new NotFoundException("documents.notFound", documentId));
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("notice", notice);
        model.addAttribute("recalledAt", notice.recalledAt().atZone(VnTime.ZONE));
        return "documents/recalled";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/van-ban/{id}/signed.pdf")
    ResponseEntity<InputStreamResource> signed(@PathVariable String slug, @PathVariable UUID id, WebRequest request) {
        Council council = councils.requireBySlug(slug);
        var documentId = new DocumentId(id);
        Optional<OutgoingDocument> issued =
                documents.find(council.id(), documentId).filter(OutgoingDocument::isPublic);
        if (issued.isEmpty() && published.recallNotice(council.id(), documentId).isPresent()) {
            return ResponseEntity.status(HttpStatus.GONE).build();
        }
        OutgoingDocument document = issued.orElseThrow(() -> new NotFoundException("documents.notFound", documentId));
        // the signed PDF of an issued document never changes: its SHA-256 is its entity tag
        String etag = "\"" + java.util.Objects.requireNonNull(document.signed()).sha256() + "\"";
        var issue = java.util.Objects.requireNonNull(document.issue());
        if (request.checkNotModified(etag, issue.issuedAt().toEpochMilli())) {
            return ResponseEntity.status(org.springframework.http.HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .build();
        }
        // streamed from the blob store: a large signed PDF is never read whole into memory
        var pdf = DocumentApiController.pdf(new byte[0], "signed-" + id + ".pdf");
        var signed = java.util.Objects.requireNonNull(document.signed());
        return ResponseEntity.ok()
                .headers(pdf.getHeaders())
                .contentLength(signed.size())
                .eTag(etag)
                .lastModified(issue.issuedAt())
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(new InputStreamResource(documents.openSignedPdf(council.id(), documentId)));
    }
}
