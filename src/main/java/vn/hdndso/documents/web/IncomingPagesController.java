package vn.hdndso.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocumentId;
import vn.hdndso.documents.IncomingDocuments;
import vn.hdndso.documents.IncomingStatus;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FlashActions;
import vn.hdndso.shared.web.Page;

/** The staff pages of incoming documents: list with follow-up, registration, a document and its handling. */
@Controller
@RequestMapping("/app/councils/{slug}/documents/incoming")
@PreAuthorize("@councilAccess.has('CLERK','COUNCIL_ADMIN')")
class IncomingPagesController {

    private static final java.time.format.DateTimeFormatter MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VnTime.ZONE);

    private final Councils councils;
    private final IncomingDocuments incoming;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final WorkingDays workingDays;

    IncomingPagesController(
            Councils councils,
            IncomingDocuments incoming,
            UserAccounts users,
            AuditTrail audit,
            MessageSource messages,
            Clock clock,
            WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.councils = councils;
        this.incoming = incoming;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** One step of the history as the page shows it. */
    record HistoryLine(String when, String action, String actor) {}

    @GetMapping
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable IncomingStatus status,
            @RequestParam(required = false) @Nullable String due,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        Council council = councils.requireBySlug(slug);
        boolean overdue = "overdue".equals(due);
        boolean dueSoon = "soon".equals(due);
        Page<IncomingDocument> found = incoming.list(
                council.id(),
                new IncomingDocuments.Filter(year, status, overdue, dueSoon, q),
                new Page.Request(page, 50));
        model.addAttribute("council", council);
        model.addAttribute("documents", found);
        model.addAttribute("today", VnTime.today(clock));
        model.addAttribute("workingDays", workingDays);
        model.addAttribute("years", incoming.years(council.id()));
        model.addAttribute("statuses", IncomingStatus.values());
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("due", due == null ? "" : due);
        model.addAttribute("q", q == null ? "" : q);
        return "documents/incoming";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        IncomingDocument document = incoming.require(council.id(), new IncomingDocumentId(id));
        model.addAttribute("council", council);
        model.addAttribute("document", document);
        model.addAttribute("today", VnTime.today(clock));
        model.addAttribute("workingDays", workingDays);
        model.addAttribute(
                "history",
                audit.about(council.id(), "incoming", id.toString()).stream()
                        .map(e -> new HistoryLine(MINUTES.format(e.occurredAt()), e.action(), e.actor()))
                        .toList());
        boolean open = document.status() != IncomingStatus.DONE;
        model.addAttribute("canAssign", open);
        model.addAttribute("canProgress", open && document.status() != IncomingStatus.RECEIVED);
        model.addAttribute("handlers", open ? handlers(council) : List.of());
        return "documents/incoming-detail";
    }

    @PostMapping("/{id}/assign")
    String assign(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID handlerUserId,
            @RequestParam(defaultValue = "") String deadline,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate due = FormFields.date("deadline", deadline, errors, messages);
        if (!errors.isEmpty()) {
            return problem(slug, id, errors.values().iterator().next(), redirect);
        }
        return act(
                slug,
                id,
                "documents.incoming.done.assigned",
                redirect,
                () -> incoming.assign(council.id(), new IncomingDocumentId(id), handlerUserId, due));
    }

    @PostMapping("/{id}/progress")
    String progress(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        return act(
                slug,
                id,
                "documents.incoming.done.progressed",
                redirect,
                () -> incoming.progress(council.id(), new IncomingDocumentId(id), note));
    }

    @PostMapping("/{id}/complete")
    String complete(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String replyNumberSymbol,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        return act(
                slug,
                id,
                "documents.incoming.done.completed",
                redirect,
                () -> incoming.complete(council.id(), new IncomingDocumentId(id), replyNumberSymbol));
    }

    @GetMapping("/{id}/file.pdf")
    ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return DocumentApiController.pdf(
                incoming.pdf(council.id(), new IncomingDocumentId(id)), "van-ban-den-" + id + ".pdf");
    }

    private String act(String slug, UUID id, String doneKey, RedirectAttributes redirect, Runnable action) {
        return FlashActions.run(back(slug, id), doneKey, redirect, messages, action);
    }

    private String problem(String slug, UUID id, String text, RedirectAttributes redirect) {
        return FlashActions.problem(back(slug, id), text, redirect);
    }

    private static String back(String slug, UUID id) {
        return "/app/councils/" + slug + "/documents/incoming/" + id;
    }

    private List<UserAccount> handlers(Council council) {
        return users.ofCouncil(council.id()).stream()
                .filter(UserAccount::enabled)
                .toList();
    }
}
