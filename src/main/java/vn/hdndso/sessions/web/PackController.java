package vn.hdndso.sessions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Packs;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.InvalidInputException;

/**
 * The document pack of a session: the staff add PDFs and see read receipts; everyone of the
 * council reads them on a phone (page images), downloads one or the whole pack (ZIP).
 */
@Controller
class PackController {

    static final String MEMBER = "@councilAccess.member()";

    private final Councils councils;
    private final Sessions sessions;
    private final Packs packs;
    private final MessageSource messages;

    PackController(Councils councils, Sessions sessions, Packs packs, MessageSource messages) {
        this.councils = councils;
        this.sessions = sessions;
        this.packs = packs;
        this.messages = messages;
    }

    @GetMapping("/app/councils/{slug}/sessions/{id}/pack")
    @PreAuthorize(MEMBER)
    String page(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        SessionId sessionId = new SessionId(id);
        CouncilSession session = sessions.require(council.id(), sessionId);
        boolean staff = staff();
        model.addAttribute("council", council);
        model.addAttribute("meeting", session);
        model.addAttribute("pack", packs.list(council.id(), sessionId));
        model.addAttribute("agenda", sessions.agenda(council.id(), sessionId));
        model.addAttribute(
                "read",
                CurrentUser.get()
                        .map(u -> packs.readBy(council.id(), sessionId, u.id().value()))
                        .orElse(Set.of()));
        model.addAttribute("staff", staff);
        model.addAttribute("receipts", staff ? packs.receipts(council.id(), sessionId) : List.of());
        return "sessions/pack";
    }

    @PostMapping("/app/councils/{slug}/sessions/{id}/pack")
    @PreAuthorize(SessionApiController.STAFF)
    String upload(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable UUID agendaItemId,
            RedirectAttributes redirect)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "sessions.pack.fileRequired");
            }
            Packs.PackDocument added;
            try (InputStream in = file.getInputStream()) {
                added = packs.upload(council.id(), new SessionId(id), title, name(file), in);
            }
            if (agendaItemId != null) {
                packs.assign(council.id(), new SessionId(id), added.id(), new AgendaItemId(agendaItemId));
            }
            redirect.addFlashAttribute("done", "sessions.done.packAdded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", text(e));
        }
        return "redirect:/app/councils/" + slug + "/sessions/" + id + "/pack";
    }

    @PostMapping("/app/councils/{slug}/sessions/{id}/pack/{document}/remove")
    @PreAuthorize(SessionApiController.STAFF)
    String remove(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID document,
            RedirectAttributes redirect) {
        packs.remove(councils.requireBySlug(slug).id(), new SessionId(id), document);
        redirect.addFlashAttribute("done", "sessions.done.packRemoved");
        return "redirect:/app/councils/" + slug + "/sessions/" + id + "/pack";
    }

    /** Ties a document to an agenda item (or unties it, with an empty choice). */
    @PostMapping("/app/councils/{slug}/sessions/{id}/pack/{document}/item")
    @PreAuthorize(SessionApiController.STAFF)
    String assign(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID document,
            @RequestParam(required = false) @Nullable UUID agendaItemId,
            RedirectAttributes redirect) {
        try {
            packs.assign(
                    councils.requireBySlug(slug).id(),
                    new SessionId(id),
                    document,
                    agendaItemId == null ? null : new AgendaItemId(agendaItemId));
            redirect.addFlashAttribute("done", "sessions.done.packAssigned");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", text(e));
        }
        return "redirect:/app/councils/" + slug + "/sessions/" + id + "/pack";
    }

    /**
     * The phone reader; opening it is a read receipt. {@code view=text} shows each page's own text
     * (searchable with {@code q}, without diacritics too); otherwise the page images, at {@code
     * zoom} 1 to 3, each image sharp at that size.
     */
    @GetMapping("/app/councils/{slug}/sessions/{id}/pack/{document}")
    @PreAuthorize(MEMBER)
    String read(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID document,
            @RequestParam(defaultValue = "pages") String view,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int zoom,
            @RequestHeader(name = DelegateOfflinePackController.OFFLINE_COPY, required = false) @Nullable
                    String offlineCopy,
            Model model) {
        Council council = councils.requireBySlug(slug);
        SessionId sessionId = new SessionId(id);
        // the phone copying the pack for offline reading has not opened the document yet
        Packs.PackDocument d = offlineCopy == null
                ? packs.open(council.id(), sessionId, document)
                : packs.require(council.id(), sessionId, document);
        boolean text = "text".equals(view);
        String query = q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("council", council);
        model.addAttribute("meeting", sessions.require(council.id(), sessionId));
        model.addAttribute("document", d);
        model.addAttribute("textView", text);
        model.addAttribute("staff", staff());
        model.addAttribute("q", query);
        model.addAttribute("zoom", Math.clamp(zoom, 1, Packs.MAX_SCALE));
        if (text) {
            List<String> texts = packs.pageTexts(d);
            List<PageText> pages = new java.util.ArrayList<>();
            for (int n = 1; n <= texts.size(); n++) {
                pages.add(PageText.of(n, texts.get(n - 1), query));
            }
            model.addAttribute("pages", pages);
            model.addAttribute(
                    "matches", pages.stream().mapToInt(PageText::matches).sum());
            model.addAttribute("scanned", pages.stream().allMatch(PageText::scanned));
        }
        return "sessions/reader";
    }

    /** A page image; {@code scale} 2 or 3 renders it at twice or three times the screen resolution. */
    @GetMapping("/app/councils/{slug}/sessions/{id}/pack/{document}/pages/{page}.png")
    @PreAuthorize(MEMBER)
    ResponseEntity<byte[]> pageImage(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID document,
            @PathVariable int page,
            @RequestParam(defaultValue = "1") int scale) {
        Council council = councils.requireBySlug(slug);
        Packs.PackDocument d = packs.require(council.id(), new SessionId(id), document);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .body(packs.page(d, page, scale));
    }

    @GetMapping("/app/councils/{slug}/sessions/{id}/pack/{document}.pdf")
    @PreAuthorize(MEMBER)
    void pdf(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID document,
            @RequestHeader(name = DelegateOfflinePackController.OFFLINE_COPY, required = false) @Nullable
                    String offlineCopy,
            HttpServletResponse response)
            throws IOException {
        PackDownloads.pdf(
                packs, councils.requireBySlug(slug).id(), new SessionId(id), document, offlineCopy != null, response);
    }

    @GetMapping("/app/councils/{slug}/sessions/{id}/pack.zip")
    @PreAuthorize(MEMBER)
    void zip(@PathVariable String slug, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        PackDownloads.zip(packs, councils.requireBySlug(slug).id(), new SessionId(id), response);
    }

    private static boolean staff() {
        return CurrentUser.get()
                .map(u -> u.isCityAdmin() || u.has(Role.CLERK) || u.has(Role.COUNCIL_ADMIN))
                .orElse(false);
    }

    static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? "tai-lieu.pdf" : file.getOriginalFilename();
    }

    private String text(InvalidInputException e) {
        return e.problems().stream()
                .map(p -> messages.getMessage(
                        p.messageKey(), p.arguments(), p.messageKey(), LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(" "));
    }
}
