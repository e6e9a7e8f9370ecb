package vn.hdndso.sessions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionChange;
import vn.hdndso.sessions.SessionChanges;
import vn.hdndso.sessions.SessionEdit;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.VoteRounds;
import vn.hdndso.sessions.web.SessionApiController.Item;
import vn.hdndso.sessions.web.SessionApiController.VoteView;

/** Sessions change (API.md "Sessions (additions)"): edit, postpone, cancel, remove items, re-open a vote. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/sessions/{id}")
@Tag(name = "Kỳ họp: thay đổi", description = "Sửa, hoãn, huỷ kỳ họp; bỏ mục; biểu quyết lại (docs/sessions.md)")
class SessionChangeApiController {

    private final Councils councils;
    private final SessionChanges changes;
    private final VoteRounds rounds;

    SessionChangeApiController(Councils councils, SessionChanges changes, VoteRounds rounds) {
        this.councils = councils;
        this.changes = changes;
        this.rounds = rounds;
    }

    record EditRequest(
            @Nullable String title,
            @Nullable OffsetDateTime startsAt,
            @Nullable SessionKind kind,
            @Nullable String place) {}

    record PostponeRequest(
            @Nullable OffsetDateTime startsAt, @Nullable String reason) {}

    record ReasonRequest(@Nullable String reason) {}

    /** A session after a change; {@code cancelled} and its reason when it is cancelled. */
    record Changed(
            String id,
            String title,
            SessionKind kind,
            Instant startsAt,
            @Nullable String place,
            String state,
            boolean cancelled,
            @Nullable String cancellationReason) {
        static Changed of(CouncilSession s, @Nullable String reason) {
            return new Changed(
                    s.id().toString(),
                    s.title(),
                    s.kind(),
                    s.startsAt(),
                    s.place(),
                    s.state().name(),
                    s.isCancelled(),
                    s.isCancelled() ? reason : null);
        }
    }

    @Operation(
            summary = "Sửa tên, loại, thời gian, địa điểm kỳ họp trước khi khai mạc",
            description = "Văn phòng hoặc Thường trực. Kỳ họp đã triệu tập đổi giờ bằng `postpone`.")
    @PutMapping
    @PreAuthorize(SessionApiController.STAFF)
    Changed edit(@PathVariable String slug, @PathVariable UUID id, @RequestBody EditRequest request) {
        var council = councils.requireBySlug(slug).id();
        CouncilSession s = changes.edit(
                council,
                new SessionId(id),
                new SessionEdit(
                        request.title(),
                        request.startsAt() == null ? null : request.startsAt().toInstant(),
                        request.kind(),
                        request.place()));
        return Changed.of(s, null);
    }

    @Operation(
            summary = "Hoãn kỳ họp sang thời gian muộn hơn, có lý do",
            description = "Thường trực (council admin). Các đại biểu được thông báo (sự kiện SessionPostponed).")
    @PostMapping("/postpone")
    @PreAuthorize(SessionApiController.CHAIR)
    Changed postpone(@PathVariable String slug, @PathVariable UUID id, @RequestBody PostponeRequest request) {
        var council = councils.requireBySlug(slug).id();
        return Changed.of(
                changes.postpone(
                        council,
                        new SessionId(id),
                        request.startsAt() == null ? null : request.startsAt().toInstant(),
                        request.reason()),
                null);
    }

    @Operation(
            summary = "Huỷ kỳ họp, có lý do",
            description = "Thường trực (council admin). Kỳ họp vẫn hiện, đánh dấu đã huỷ: STATUS:CANCELLED trong"
                    + " lich.ics, `cancelled: true` trong OParl.")
    @PostMapping("/cancel")
    @PreAuthorize(SessionApiController.CHAIR)
    Changed cancel(@PathVariable String slug, @PathVariable UUID id, @RequestBody ReasonRequest request) {
        var council = councils.requireBySlug(slug).id();
        CouncilSession s = changes.cancel(council, new SessionId(id), request.reason());
        return Changed.of(s, changes.cancellationReason(council, s.id()));
    }

    @Operation(
            summary = "Bỏ một mục chưa biểu quyết khỏi chương trình trước khi khai mạc",
            description = "Văn phòng hoặc Thường trực; các mục còn lại được đánh số lại 1..n.")
    @DeleteMapping("/agenda-items/{itemId}")
    @PreAuthorize(SessionApiController.STAFF)
    List<Item> removeItem(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return changes
                .removeItem(councils.requireBySlug(slug).id(), new SessionId(id), new AgendaItemId(itemId))
                .stream()
                .map(Item::of)
                .toList();
    }

    @Operation(summary = "Lịch sử thay đổi của kỳ họp", description = "Ai xem được kỳ họp thì xem được lịch sử.")
    @GetMapping("/changes")
    List<SessionChange> history(@PathVariable String slug, @PathVariable UUID id) {
        return changes.history(councils.requireBySlug(slug).id(), new SessionId(id));
    }

    @Operation(
            summary = "Biểu quyết lại một tờ trình đã kết thúc biểu quyết, có lý do",
            description = "Văn phòng hoặc Thường trực, khi kỳ họp đang diễn ra. Kết quả và phiếu của vòng trước"
                    + " được giữ trong lịch sử (`vote/rounds`); thao tác được ghi nhật ký.")
    @PostMapping("/agenda-items/{itemId}/vote/reopen")
    @PreAuthorize(SessionApiController.STAFF)
    VoteView reopen(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestBody ReasonRequest request) {
        return VoteView.of(rounds.reopen(
                councils.requireBySlug(slug).id(), new SessionId(id), new AgendaItemId(itemId), request.reason()));
    }

    @Operation(summary = "Các vòng biểu quyết trước của một tờ trình (khi đã biểu quyết lại)")
    @GetMapping("/agenda-items/{itemId}/vote/rounds")
    List<VoteRounds.Round> rounds(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return rounds.rounds(councils.requireBySlug(slug).id(), new SessionId(id), new AgendaItemId(itemId));
    }
}
