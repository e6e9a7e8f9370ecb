package vn.hdndso.sessions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.Packs;
import vn.hdndso.sessions.SessionId;

/**
 * The document pack through the JSON API: list, add a PDF (optionally for an agenda item), tie a
 * document to an item, one PDF, its pages' text, the ZIP, read receipts.
 */
@RestController
class PackApiController {

    private final Councils councils;
    private final Packs packs;

    PackApiController(Councils councils, Packs packs) {
        this.councils = councils;
        this.packs = packs;
    }

    record Added(String id, int pageCount) {}

    @GetMapping("/api/v1/councils/{slug}/sessions/{id}/pack/{document}.pdf")
    @PreAuthorize(PackController.MEMBER)
    void pdf(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID document, HttpServletResponse response)
            throws IOException {
        PackDownloads.pdf(packs, councils.requireBySlug(slug).id(), new SessionId(id), document, response);
    }

    @GetMapping("/api/v1/councils/{slug}/sessions/{id}/pack.zip")
    @PreAuthorize(PackController.MEMBER)
    void zip(@PathVariable String slug, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        PackDownloads.zip(packs, councils.requireBySlug(slug).id(), new SessionId(id), response);
    }

    @GetMapping("/api/v1/councils/{slug}/sessions/{id}/pack")
    @PreAuthorize(PackController.MEMBER)
    @ResponseBody
    List<Packs.PackDocument> list(@PathVariable String slug, @PathVariable UUID id) {
        return packs.list(councils.requireBySlug(slug).id(), new SessionId(id));
    }

    @PostMapping(path = "/api/v1/councils/{slug}/sessions/{id}/pack", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(SessionApiController.STAFF)
    @ResponseBody
    ResponseEntity<Added> add(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable UUID agendaItemId)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        Packs.PackDocument d;
        try (InputStream in = file.getInputStream()) {
            d = packs.upload(council.id(), new SessionId(id), title, PackController.name(file), in);
        }
        if (agendaItemId != null) {
            d = packs.assign(council.id(), new SessionId(id), d.id(), new AgendaItemId(agendaItemId));
        }
        return ResponseEntity.created(
                        URI.create("/api/v1/councils/" + slug + "/sessions/" + id + "/pack/" + d.id() + ".pdf"))
                .body(new Added(d.id().toString(), d.pageCount()));
    }

    /** {@code {"agendaItemId": "…"}} ties the document to an item of the session's agenda; null unties it. */
    record Assignment(@Nullable UUID agendaItemId) {}

    /** The text of each page, for readers and tools that do not want page images. */
    record PageTexts(String id, String title, List<String> pages) {}

    @PutMapping("/api/v1/councils/{slug}/sessions/{id}/pack/{document}/agenda-item")
    @PreAuthorize(SessionApiController.STAFF)
    @ResponseBody
    Packs.PackDocument assign(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID document,
            @RequestBody Assignment assignment) {
        UUID item = assignment.agendaItemId();
        return packs.assign(
                councils.requireBySlug(slug).id(),
                new SessionId(id),
                document,
                item == null ? null : new AgendaItemId(item));
    }

    @GetMapping("/api/v1/councils/{slug}/sessions/{id}/pack/{document}/text")
    @PreAuthorize(PackController.MEMBER)
    @ResponseBody
    PageTexts text(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID document) {
        Packs.PackDocument d = packs.require(councils.requireBySlug(slug).id(), new SessionId(id), document);
        return new PageTexts(d.id().toString(), d.title(), packs.pageTexts(d));
    }

    @GetMapping("/api/v1/councils/{slug}/sessions/{id}/pack/receipts")
    @PreAuthorize(SessionApiController.STAFF)
    @ResponseBody
    List<Packs.ReadReceipt> receipts(@PathVariable String slug, @PathVariable UUID id) {
        return packs.receipts(councils.requireBySlug(slug).id(), new SessionId(id));
    }
}
