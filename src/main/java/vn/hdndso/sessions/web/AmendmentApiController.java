package vn.hdndso.sessions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.Amendment;
import vn.hdndso.sessions.Amendments;
import vn.hdndso.sessions.SessionId;

/** Amendments to motions (docs/sessions.md "Amendments"). */
@RestController
@RequestMapping("/api/v1/councils/{slug}/sessions/{id}")
@Tag(name = "Kỳ họp: sửa đổi tờ trình", description = "Đại biểu đề xuất sửa đổi; chủ tọa chấp nhận để biểu quyết")
class AmendmentApiController {

    private final Councils councils;
    private final Amendments amendments;

    AmendmentApiController(Councils councils, Amendments amendments) {
        this.councils = councils;
        this.amendments = amendments;
    }

    record TextRequest(@Nullable String text) {}

    record AmendmentView(
            String id,
            String motionId,
            int number,
            String text,
            String delegateName,
            Instant proposedAt,
            String state,
            @Nullable String voteItemId) {
        static AmendmentView of(Amendment a) {
            return new AmendmentView(
                    a.id().toString(),
                    a.motion().toString(),
                    a.number(),
                    a.text(),
                    a.delegateName(),
                    a.proposedAt(),
                    a.state().name(),
                    a.voteItem() == null ? null : a.voteItem().toString());
        }
    }

    @Operation(summary = "Các đề xuất sửa đổi của kỳ họp (công chúng: chỉ những đề xuất đã được chấp nhận)")
    @GetMapping("/amendments")
    List<AmendmentView> list(@PathVariable String slug, @PathVariable UUID id) {
        return amendments.list(councils.requireBySlug(slug).id(), new SessionId(id)).stream()
                .map(AmendmentView::of)
                .toList();
    }

    @Operation(summary = "Đại biểu đề xuất sửa đổi nội dung một tờ trình (trước khi biểu quyết tờ trình)")
    @PostMapping("/agenda-items/{itemId}/amendments")
    @PreAuthorize(SessionApiController.DELEGATE)
    ResponseEntity<AmendmentView> propose(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestBody TextRequest request) {
        UUID user = CurrentUser.get().orElseThrow().id().value();
        Amendment a = amendments.propose(
                councils.requireBySlug(slug).id(), new SessionId(id), new AgendaItemId(itemId), user, request.text());
        return ResponseEntity.created(
                        URI.create("/api/v1/councils/" + slug + "/sessions/" + id + "/amendments/" + a.id()))
                .body(AmendmentView.of(a));
    }

    @Operation(
            summary = "Chủ tọa chấp nhận đề xuất sửa đổi",
            description = "Đề xuất thành một mục biểu quyết ngay trước tờ trình; tờ trình chỉ mở biểu quyết khi mọi"
                    + " sửa đổi đã được chấp nhận đều đã biểu quyết xong.")
    @PostMapping("/amendments/{amendmentId}/admit")
    @PreAuthorize(SessionApiController.CHAIR)
    AmendmentView admit(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID amendmentId) {
        return AmendmentView.of(amendments.admit(councils.requireBySlug(slug).id(), new SessionId(id), amendmentId));
    }

    @Operation(summary = "Chủ tọa không chấp nhận đề xuất sửa đổi")
    @PostMapping("/amendments/{amendmentId}/reject")
    @PreAuthorize(SessionApiController.CHAIR)
    AmendmentView reject(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID amendmentId) {
        return AmendmentView.of(amendments.reject(councils.requireBySlug(slug).id(), new SessionId(id), amendmentId));
    }

    @Operation(summary = "Đại biểu rút đề xuất sửa đổi của mình")
    @DeleteMapping("/amendments/{amendmentId}")
    @PreAuthorize(SessionApiController.DELEGATE)
    AmendmentView withdraw(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID amendmentId) {
        UUID user = CurrentUser.get().orElseThrow().id().value();
        return AmendmentView.of(
                amendments.withdraw(councils.requireBySlug(slug).id(), new SessionId(id), amendmentId, user));
    }
}
