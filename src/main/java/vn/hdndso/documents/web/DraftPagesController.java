package vn.hdndso.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.shared.InvalidInputException;

/**
 * The staff pages' work on a draft: edit its metadata, replace its file, return it to its drafter
 * with a comment (the signer), withdraw it, and download each version's files.
 */
@Controller
@RequestMapping("/app/councils/{slug}/documents/{id}")
@PreAuthorize("@councilAccess.has('CLERK','COUNCIL_ADMIN')")
class DraftPagesController {

    private final Councils councils;
    private final OutgoingDocuments documents;
    private final DraftFormPage pages;
    private final MessageSource messages;

    DraftPagesController(Councils councils, OutgoingDocuments documents, DraftFormPage pages, MessageSource messages) {
        this.councils = councils;
        this.documents = documents;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/edit")
    String editForm(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        OutgoingDocument document = documents.require(council.id(), new DocumentId(id));
        return pages.show(council, DraftForm.of(document), Map.of(), model, document);
    }

    @PostMapping("/edit")
    String edit(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String typeCode,
            @RequestParam(defaultValue = "") String issuerSymbol,
            @RequestParam(defaultValue = "") String unitSymbol,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String signerName,
            @RequestParam(defaultValue = "") String signerPosition,
            @RequestParam(defaultValue = "") String recipients,
            @RequestParam(defaultValue = "") String visibility,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Council council = councils.requireBySlug(slug);
        var form = new DraftForm(
                typeCode, issuerSymbol, unitSymbol, subject, signerName, signerPosition, recipients, visibility);
        try {
            documents.edit(council.id(), new DocumentId(id), form.toNew());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            OutgoingDocument document = documents.require(council.id(), new DocumentId(id));
            return pages.show(council, form, FormFields.errors(e, messages), model, document);
        }
        return done(slug, id, "documents.done.edited", redirect);
    }

    @PostMapping("/file")
    String replaceFile(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        try {
            documents.replaceFile(
                    council.id(),
                    new DocumentId(id),
                    file == null || file.getOriginalFilename() == null ? "van-ban.pdf" : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "problemText",
                    String.join(" ", FormFields.errors(e, messages).values()));
            return "redirect:/app/councils/" + slug + "/documents/" + id;
        }
        return done(slug, id, "documents.done.fileReplaced", redirect);
    }

    @PostMapping("/return")
    @PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
    String returnToDrafter(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        if (comment.isBlank()) {
            redirect.addFlashAttribute("problem", "documents.return.commentRequired");
            return "redirect:/app/councils/" + slug + "/documents/" + id;
        }
        documents.returnToDrafter(council.id(), new DocumentId(id), comment);
        return done(slug, id, "documents.done.returned", redirect);
    }

    @PostMapping("/withdraw")
    String withdraw(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        documents.withdraw(council.id(), new DocumentId(id), reason);
        return done(slug, id, "documents.done.withdrawn", redirect);
    }

    /** The word-processing file kept with the document (its current version's DOCX or ODT). */
    @GetMapping("/original.docx")
    ResponseEntity<byte[]> editable(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        DocumentId document = new DocumentId(id);
        var original = documents
                .editableOriginal(council.id(), document)
                .orElseThrow(() -> new vn.hdndso.shared.NotFoundException("documents.editableOriginal.none", id));
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(original.mediaType()))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(original.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(documents.editableOriginalDocx(council.id(), document));
    }

    @GetMapping("/versions/{version}/file.pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable String slug, @PathVariable UUID id, @PathVariable int version) {
        return DraftApiController.versionPdf(documents, councils.requireBySlug(slug), id, version);
    }

    @GetMapping("/versions/{version}/original")
    ResponseEntity<byte[]> versionOriginal(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable int version) {
        return DraftApiController.versionOriginal(documents, councils.requireBySlug(slug), id, version);
    }

    private static String done(String slug, UUID id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", key);
        return "redirect:/app/councils/" + slug + "/documents/" + id;
    }
}
