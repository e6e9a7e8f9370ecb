package vn.hdndso.documents.web;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.hdndso.documents.DocumentQuery;
import vn.hdndso.documents.DocumentStatus;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.RegisterPage;
import vn.hdndso.documents.RemoteIssues;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/** The staff pages of the outgoing register: list, new draft, a document with its history and actions. */
@Controller
@RequestMapping("/app/councils/{slug}/documents")
@PreAuthorize("@councilAccess.has('CLERK','COUNCIL_ADMIN')")
class DocumentPagesController {

    private final Councils councils;
    private final OutgoingDocuments documents;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final DraftFormPage form;
    private final RemoteIssues remoteIssues;

    DocumentPagesController(
            Councils councils,
            OutgoingDocuments documents,
            AuditTrail audit,
            MessageSource messages,
            DraftFormPage form,
            RemoteIssues remoteIssues) {
        this.councils = councils;
        this.documents = documents;
        this.audit = audit;
        this.messages = messages;
        this.form = form;
        this.remoteIssues = remoteIssues;
    }

    private static final java.time.format.DateTimeFormatter MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VnTime.ZONE);

    /** One step of a document's history as the page shows it, with the comment or reason it had. */
    /** One version of a document's file as the page lists it. */
    record VersionLine(int number, String pdfName, @Nullable String sourceName, String uploaded, String uploadedBy) {}

    record HistoryLine(
            String when,
            String action,
            String actor,
            @Nullable String note) {}

    @GetMapping
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable DocumentStatus status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        Council council = councils.requireBySlug(slug);
        DocumentType documentType = DocumentType.byCode(type).orElse(null);
        RegisterPage found = documents.registerPage(
                council.id(), new DocumentQuery(status, documentType, year, q), new Page.Request(page, 50));
        model.addAttribute("council", council);
        model.addAttribute("documents", found);
        model.addAttribute("years", documents.years(council.id()));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("year", year);
        model.addAttribute("type", documentType == null ? "" : documentType.code());
        model.addAttribute("status", status);
        model.addAttribute("q", q == null ? "" : q);
        return "documents/list";
    }

    @GetMapping("/new")
    String newForm(@PathVariable String slug, Model model) {
        return form.show(councils.requireBySlug(slug), DraftForm.empty(), Map.of(), model, null);
    }

    @PostMapping("/new")
    String create(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String typeCode,
            @RequestParam(defaultValue = "") String issuerSymbol,
            @RequestParam(defaultValue = "") String unitSymbol,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String signerName,
            @RequestParam(defaultValue = "") String signerPosition,
            @RequestParam(defaultValue = "") String recipients,
            @RequestParam(defaultValue = "") String visibility,
            @RequestParam(required = false) @Nullable MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        var form = new DraftForm(
                typeCode, issuerSymbol, unitSymbol, subject, signerName, signerPosition, recipients, visibility);
        try {
            OutgoingDocument created = documents.createDraft(
                    council.id(),
                    form.toNew(),
                    file == null || file.getOriginalFilename() == null ? "van-ban.pdf" : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute("done", "documents.done.created");
            String target = "/app/councils/" + slug + "/documents/" + created.id();
            if (request.getHeader("HX-Request") != null) {
                // the upload with a progress bar (htmx): the browser goes to the new document
                response.setHeader("HX-Redirect", target);
                return "documents/form :: done";
            }
            return "redirect:" + target;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = FormFields.errors(e, messages);
            return this.form.show(council, form, errors, model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        OutgoingDocument document = documents.require(council.id(), new DocumentId(id));
        boolean signer = CurrentUser.get()
                .map(u -> u.isCityAdmin() || u.has(Role.COUNCIL_ADMIN))
                .orElse(false);
        DocumentStatus status = document.status();
        model.addAttribute("council", council);
        model.addAttribute("document", document);
        model.addAttribute(
                "history",
                audit.about(council.id(), "document", id.toString()).stream()
                        .map(e -> new HistoryLine(
                                MINUTES.format(e.occurredAt()), e.action(), e.actor(), AuditNotes.noteOf(e.details())))
                        .toList());
        model.addAttribute(
                "versions",
                documents.versions(council.id(), document.id()).stream()
                        .map(v -> new VersionLine(
                                v.version(),
                                v.pdf().name(),
                                v.source() == null ? null : v.source().name(),
                                MINUTES.format(v.uploadedAt()),
                                v.uploadedBy()))
                        .toList());
        model.addAttribute(
                "editable",
                documents.editableOriginal(council.id(), document.id()).orElse(null));
        model.addAttribute("canSubmit", status == DocumentStatus.DRAFT);
        model.addAttribute("canEdit", document.isEditable());
        model.addAttribute("canReturn", signer && document.isReturnable());
        model.addAttribute("canWithdraw", document.isWithdrawable());
        model.addAttribute("canApprove", signer && status == DocumentStatus.IN_REVIEW);
        var remote = remoteIssues.of(council.id(), document.id());
        boolean waiting =
                remote.filter(r -> r.state() == RemoteIssues.State.PENDING).isPresent();
        model.addAttribute("remoteIssue", remote.orElse(null));
        model.addAttribute("remoteWaiting", waiting);
        model.addAttribute(
                "remoteExpires", remote.map(r -> MINUTES.format(r.expiresAt())).orElse(""));
        model.addAttribute("canCheckRemote", signer && waiting);
        model.addAttribute(
                "canIssueRemotely",
                signer
                        && !waiting
                        && remoteIssues.available()
                        && (status == DocumentStatus.APPROVED || status == DocumentStatus.IN_REVIEW));
        model.addAttribute("canIssue", signer && !waiting && status == DocumentStatus.APPROVED);
        model.addAttribute("canRecall", signer && status == DocumentStatus.ISSUED);
        return "documents/detail";
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        documents.submitForReview(council.id(), new DocumentId(id));
        return done(slug, id, "documents.done.submitted", redirect);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
    String approve(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        documents.approve(council.id(), new DocumentId(id));
        return done(slug, id, "documents.done.approved", redirect);
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
    String issue(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        documents.issue(council.id(), new DocumentId(id));
        return done(slug, id, "documents.done.issued", redirect);
    }

    @PostMapping("/{id}/recall")
    @PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
    String recall(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            documents.recall(council.id(), new DocumentId(id), reason);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "documents.recall.reasonRequired");
            return "redirect:/app/councils/" + slug + "/documents/" + id;
        }
        return done(slug, id, "documents.done.recalled", redirect);
    }

    @GetMapping("/{id}/original.pdf")
    ResponseEntity<byte[]> original(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return DocumentApiController.pdf(
                documents.originalPdf(council.id(), new DocumentId(id)), "original-" + id + ".pdf");
    }

    @GetMapping("/{id}/signed.pdf")
    ResponseEntity<byte[]> signed(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return DocumentApiController.pdf(
                documents.signedPdf(council.id(), new DocumentId(id)), "signed-" + id + ".pdf");
    }

    private String done(String slug, UUID id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", key);
        return "redirect:/app/councils/" + slug + "/documents/" + id;
    }
}
