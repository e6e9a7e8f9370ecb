package vn.hdndso.sessions.web;

import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.SessionDocuments;
import vn.hdndso.sessions.SessionId;

/** The notice and the minutes on the console (templates/sessions/papers.html) and the public signed minutes. */
@Controller
class SessionPaperPagesController {

    private static final String BASE = "/app/councils/{slug}/sessions/{id}";

    private final Councils councils;
    private final SessionDocuments papers;
    private final ConsoleActions console;

    SessionPaperPagesController(Councils councils, SessionDocuments papers, ConsoleActions console) {
        this.councils = councils;
        this.papers = papers;
        this.console = console;
    }

    @PostMapping(BASE + "/notice")
    @PreAuthorize(SessionApiController.STAFF)
    String draftNotice(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return console.act(
                slug, id, redirect, "sessionpapers.done.noticeDrafted", c -> papers.draftNotice(c, new SessionId(id)));
    }

    @PostMapping(BASE + "/notice/issue")
    @PreAuthorize(SessionApiController.CHAIR)
    String issueNotice(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return console.act(
                slug, id, redirect, "sessionpapers.done.noticeIssued", c -> papers.issueNotice(c, new SessionId(id)));
    }

    @PostMapping(BASE + "/minutes")
    @PreAuthorize(SessionApiController.STAFF)
    String editMinutes(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "sessionpapers.done.minutesEdited",
                c -> papers.editMinutes(c, new SessionId(id), text));
    }

    @PostMapping(BASE + "/minutes/approve")
    @PreAuthorize(SessionApiController.CHAIR)
    String approve(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "sessionpapers.done.minutesApproved",
                c -> papers.approveMinutes(c, new SessionId(id)));
    }

    @PostMapping(BASE + "/minutes/sign")
    @PreAuthorize(SessionApiController.CHAIR)
    String sign(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return console.act(
                slug, id, redirect, "sessionpapers.done.minutesSigned", c -> papers.signMinutes(c, new SessionId(id)));
    }

    @PostMapping(BASE + "/minutes/publish")
    @PreAuthorize(SessionApiController.STAFF)
    String publish(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "sessionpapers.done.minutesPublished",
                c -> papers.publishMinutes(c, new SessionId(id)));
    }

    /** The minutes' current text as a PDF, dated the day of the session. */
    @GetMapping(BASE + "/minutes-draft.pdf")
    @PreAuthorize(SessionApiController.STAFF)
    ResponseEntity<byte[]> draft(@PathVariable String slug, @PathVariable UUID id) {
        return pdf(
                papers.minutesDraftPdf(councils.requireBySlug(slug).id(), new SessionId(id)), "bien-ban-du-thao.pdf");
    }

    /** The signed minutes once published (public). */
    @GetMapping("/{slug:[a-z0-9-]+}/ky-hop/{id}/bien-ban-da-ky.pdf")
    ResponseEntity<byte[]> signed(@PathVariable String slug, @PathVariable UUID id) {
        return pdf(papers.publishedMinutesPdf(councils.requireBySlug(slug).id(), new SessionId(id)), "bien-ban.pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(body);
    }
}
