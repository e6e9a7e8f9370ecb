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
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Speaker;
import vn.hdndso.sessions.SpeakersList;

/** The speakers' list of a session (docs/sessions.md "Speakers' list"). */
@RestController
@RequestMapping("/api/v1/councils/{slug}/sessions/{id}")
@Tag(name = "Kỳ họp: đăng ký phát biểu", description = "Đại biểu đăng ký phát biểu; chủ tọa sắp xếp, mời phát biểu")
class SpeakerApiController {

    private final Councils councils;
    private final SpeakersList speakers;

    SpeakerApiController(Councils councils, SpeakersList speakers) {
        this.councils = councils;
        this.speakers = speakers;
    }

    record SpeakerView(
            String id,
            String itemId,
            String delegateId,
            String delegateName,
            int position,
            String state,
            Instant requestedAt,
            @Nullable Instant startedAt,
            @Nullable Instant endedAt,
            long seconds,
            @Nullable Integer recordingOffset) {
        static SpeakerView of(Speaker s, Instant now) {
            return new SpeakerView(
                    s.id().toString(),
                    s.item().toString(),
                    s.delegateId().toString(),
                    s.delegateName(),
                    s.position(),
                    s.state().name(),
                    s.requestedAt(),
                    s.startedAt(),
                    s.endedAt(),
                    s.spoken(now).toSeconds(),
                    s.recordingOffset());
        }
    }

    record BoardView(@Nullable SpeakerView current, List<SpeakerView> queue, List<SpeakerView> done) {
        static BoardView of(SpeakersList.Board b) {
            return new BoardView(
                    b.current() == null ? null : SpeakerView.of(b.current(), b.now()),
                    b.queue().stream().map(s -> SpeakerView.of(s, b.now())).toList(),
                    b.done().stream().map(s -> SpeakerView.of(s, b.now())).toList());
        }
    }

    record MoveRequest(@Nullable Integer direction) {}

    @Operation(summary = "Danh sách phát biểu: người đang phát biểu, hàng chờ, người đã phát biểu")
    @GetMapping("/speakers")
    BoardView board(@PathVariable String slug, @PathVariable UUID id) {
        return BoardView.of(speakers.board(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @Operation(summary = "Đại biểu đăng ký phát biểu về một mục (chính mình)")
    @PostMapping("/agenda-items/{itemId}/speakers")
    @PreAuthorize(SessionApiController.DELEGATE)
    ResponseEntity<SpeakerView> request(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        UUID user = CurrentUser.get().orElseThrow().id().value();
        Speaker s =
                speakers.request(councils.requireBySlug(slug).id(), new SessionId(id), new AgendaItemId(itemId), user);
        return ResponseEntity.created(
                        URI.create("/api/v1/councils/" + slug + "/sessions/" + id + "/speakers/" + s.id()))
                .body(SpeakerView.of(s, s.requestedAt()));
    }

    @Operation(summary = "Đại biểu rút đăng ký phát biểu của mình")
    @DeleteMapping("/speakers/{requestId}")
    @PreAuthorize(SessionApiController.DELEGATE)
    SpeakerView withdraw(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID requestId) {
        UUID user = CurrentUser.get().orElseThrow().id().value();
        Speaker s = speakers.withdraw(councils.requireBySlug(slug).id(), new SessionId(id), requestId, user);
        return SpeakerView.of(s, s.requestedAt());
    }

    @Operation(summary = "Chủ tọa mời phát biểu (lượt đang phát biểu, nếu có, kết thúc)")
    @PostMapping("/speakers/{requestId}/grant")
    @PreAuthorize(SessionApiController.CHAIR)
    BoardView grant(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID requestId) {
        return BoardView.of(speakers.grant(councils.requireBySlug(slug).id(), new SessionId(id), requestId));
    }

    @Operation(summary = "Chủ tọa kết thúc lượt phát biểu hiện tại")
    @PostMapping("/speakers/end")
    @PreAuthorize(SessionApiController.CHAIR)
    BoardView end(@PathVariable String slug, @PathVariable UUID id) {
        return BoardView.of(speakers.end(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @Operation(summary = "Chủ tọa chuyển một đăng ký lên (-1) hoặc xuống (+1) trong hàng chờ")
    @PostMapping("/speakers/{requestId}/move")
    @PreAuthorize(SessionApiController.CHAIR)
    BoardView move(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID requestId,
            @RequestBody MoveRequest request) {
        int direction = request.direction() == null ? 0 : request.direction();
        return BoardView.of(speakers.move(councils.requireBySlug(slug).id(), new SessionId(id), requestId, direction));
    }
}
