package vn.hdndso.sessions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.SessionDocuments;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionPaper;

/** The convening notice and the minutes as documents (docs/sessions.md "Notice and minutes"). */
@RestController
@RequestMapping("/api/v1/councils/{slug}/sessions/{id}")
@Tag(name = "Kỳ họp: giấy triệu tập và biên bản", description = "Lập, ký số, ban hành qua sổ văn bản đi")
class SessionPaperApiController {

    private final Councils councils;
    private final SessionDocuments papers;

    SessionPaperApiController(Councils councils, SessionDocuments papers) {
        this.councils = councils;
        this.papers = papers;
    }

    record TextRequest(@Nullable String text) {}

    record PaperView(
            String kind,
            String state,
            String text,
            @Nullable String documentId,
            String editedBy,
            Instant editedAt,
            @Nullable String approvedBy,
            @Nullable Instant signedAt,
            @Nullable Instant publishedAt) {
        static PaperView of(SessionPaper p) {
            return new PaperView(
                    p.kind().name(),
                    p.state().name(),
                    p.text(),
                    p.documentId() == null ? null : p.documentId().toString(),
                    p.editedBy(),
                    p.editedAt(),
                    p.approvedBy(),
                    p.signedAt(),
                    p.publishedAt());
        }
    }

    @Operation(
            summary = "Lập giấy triệu tập kỳ họp thành văn bản đi (dự thảo)",
            description = "Văn phòng hoặc Thường trực. Loại văn bản theo `hdnd.sessions.notice-type` (mặc định GM),"
                    + " cơ quan ban hành TTHĐND; số và chữ ký số khi ban hành.")
    @PostMapping("/notice")
    @PreAuthorize(SessionApiController.STAFF)
    ResponseEntity<PaperView> draftNotice(@PathVariable String slug, @PathVariable UUID id) {
        SessionPaper p = papers.draftNotice(councils.requireBySlug(slug).id(), new SessionId(id));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/documents/" + p.documentId()))
                .body(PaperView.of(p));
    }

    @Operation(summary = "Ban hành giấy triệu tập: cấp số, ký số (Thường trực)")
    @PostMapping("/notice/issue")
    @PreAuthorize(SessionApiController.CHAIR)
    PaperView issueNotice(@PathVariable String slug, @PathVariable UUID id) {
        return PaperView.of(papers.issueNotice(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @Operation(summary = "Biên bản kỳ họp hiện tại (dự thảo lập từ dữ liệu kỳ họp nếu chưa có)")
    @GetMapping("/minutes")
    @PreAuthorize(SessionApiController.STAFF)
    PaperView minutes(@PathVariable String slug, @PathVariable UUID id) {
        return PaperView.of(papers.minutes(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @Operation(summary = "Văn phòng sửa nội dung biên bản (khi còn là dự thảo)")
    @PutMapping("/minutes")
    @PreAuthorize(SessionApiController.STAFF)
    PaperView editMinutes(@PathVariable String slug, @PathVariable UUID id, @RequestBody TextRequest request) {
        return PaperView.of(papers.editMinutes(councils.requireBySlug(slug).id(), new SessionId(id), request.text()));
    }

    @Operation(summary = "Thường trực duyệt biên bản (sau khi kỳ họp bế mạc)")
    @PostMapping("/minutes/approve")
    @PreAuthorize(SessionApiController.CHAIR)
    PaperView approve(@PathVariable String slug, @PathVariable UUID id) {
        return PaperView.of(papers.approveMinutes(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @Operation(summary = "Ký số biên bản đã duyệt: văn bản BB của HĐND, cấp số và ký khi ban hành")
    @PostMapping("/minutes/sign")
    @PreAuthorize(SessionApiController.CHAIR)
    PaperView sign(@PathVariable String slug, @PathVariable UUID id) {
        return PaperView.of(papers.signMinutes(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @Operation(summary = "Công bố biên bản đã ký trên trang công khai của kỳ họp")
    @PostMapping("/minutes/publish")
    @PreAuthorize(SessionApiController.STAFF)
    PaperView publish(@PathVariable String slug, @PathVariable UUID id) {
        return PaperView.of(papers.publishMinutes(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @Operation(summary = "Biên bản đã ký và công bố (PDF có chữ ký số); công khai")
    @GetMapping(path = "/minutes/signed.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> signedMinutes(@PathVariable String slug, @PathVariable UUID id) {
        byte[] pdf = papers.publishedMinutesPdf(councils.requireBySlug(slug).id(), new SessionId(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
