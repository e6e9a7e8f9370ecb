package vn.hdndso.sessions.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.AttendanceStatus;
import vn.hdndso.sessions.Attendances;
import vn.hdndso.sessions.LiveSessions;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.VoteChoice;
import vn.hdndso.sessions.Votes;
import vn.hdndso.sessions.web.SessionApiController.VoteView;

/** Votes, attendance and the live stream of a session (API.md "Sessions and votes"). */
@RestController
@RequestMapping("/api/v1/councils/{slug}/sessions")
class VoteApiController {

    private static final String STAFF = SessionApiController.STAFF;
    private static final String CHAIR = SessionApiController.CHAIR;
    private static final String DELEGATE = SessionApiController.DELEGATE;

    private final Councils councils;
    private final Votes votes;
    private final Attendances attendances;
    private final LiveSessions live;

    VoteApiController(Councils councils, Votes votes, Attendances attendances, LiveSessions live) {
        this.councils = councils;
        this.votes = votes;
        this.attendances = attendances;
        this.live = live;
    }

    record BallotRequest(@Nullable VoteChoice choice) {}

    record AnalogRequest(
            @Nullable Integer yes,
            @Nullable Integer no,
            @Nullable Integer abstain) {}

    /** {@code {"status":"PRESENT|ABSENT|EXCUSED|NOT_RECORDED"}}, or the older {@code {"present":true|false}}. */
    record PresenceRequest(
            @Nullable Boolean present, @Nullable AttendanceStatus status) {}

    @PostMapping("/{id}/agenda-items/{itemId}/vote/open")
    @PreAuthorize(CHAIR)
    VoteView open(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return VoteView.of(votes.open(councils.requireBySlug(slug).id(), new SessionId(id), new AgendaItemId(itemId)));
    }

    @PostMapping("/{id}/agenda-items/{itemId}/vote/close")
    @PreAuthorize(CHAIR)
    VoteView closeVote(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return VoteView.of(votes.close(councils.requireBySlug(slug).id(), new SessionId(id), new AgendaItemId(itemId)));
    }

    @PostMapping("/{id}/agenda-items/{itemId}/vote/analog")
    @PreAuthorize(STAFF)
    VoteView analog(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestBody AnalogRequest request) {
        return VoteView.of(votes.recordAnalog(
                councils.requireBySlug(slug).id(),
                new SessionId(id),
                new AgendaItemId(itemId),
                request.yes(),
                request.no(),
                request.abstain()));
    }

    @GetMapping("/{id}/agenda-items/{itemId}/vote")
    VoteView tally(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return VoteView.of(votes.tally(councils.requireBySlug(slug).id(), new SessionId(id), new AgendaItemId(itemId)));
    }

    @PostMapping("/{id}/agenda-items/{itemId}/votes")
    @PreAuthorize(DELEGATE)
    VoteView vote(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestBody BallotRequest request) {
        UUID user = CurrentUser.get().orElseThrow().id().value();
        return VoteView.of(votes.cast(
                councils.requireBySlug(slug).id(),
                new SessionId(id),
                new AgendaItemId(itemId),
                user,
                request.choice()));
    }

    /** The signed-in delegate's own choice on a vote, open or closed; {@code null} before voting. */
    record MyChoice(@Nullable VoteChoice choice) {}

    @GetMapping("/{id}/agenda-items/{itemId}/votes/mine")
    @PreAuthorize(DELEGATE)
    @Operation(
            summary = "Lá phiếu của chính đại biểu",
            description = "The signed-in delegate's own choice (null before voting); nobody else's.")
    MyChoice myChoice(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        UUID user = CurrentUser.get().orElseThrow().id().value();
        var council = councils.requireBySlug(slug).id();
        votes.tally(council, new SessionId(id), new AgendaItemId(itemId));
        return new MyChoice(votes.choiceOf(council, new AgendaItemId(itemId), user));
    }

    @GetMapping("/{id}/agenda-items/{itemId}/votes")
    @Operation(
            summary = "Phiếu biểu quyết ghi danh",
            description = "Named votes once the vote is closed; while it is open the list is empty for everyone"
                    + " (counts only, from GET …/vote).")
    List<Votes.NamedVote> namedVotes(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return votes.namedVotes(councils.requireBySlug(slug).id(), new SessionId(id), new AgendaItemId(itemId));
    }

    @GetMapping("/{id}/attendance")
    Attendances.Attendance attendance(@PathVariable String slug, @PathVariable UUID id) {
        return attendances.attendance(councils.requireBySlug(slug).id(), new SessionId(id));
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize(DELEGATE)
    Attendances.Attendance checkIn(@PathVariable String slug, @PathVariable UUID id) {
        UUID user = CurrentUser.get().orElseThrow().id().value();
        return attendances.checkInSelf(councils.requireBySlug(slug).id(), new SessionId(id), user);
    }

    @PutMapping("/{id}/attendance/{delegateId}")
    @PreAuthorize(STAFF)
    Attendances.Attendance mark(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID delegateId,
            @RequestBody PresenceRequest request) {
        AttendanceStatus status = request.status() != null
                ? request.status()
                : Boolean.FALSE.equals(request.present()) ? AttendanceStatus.NOT_RECORDED : AttendanceStatus.PRESENT;
        return attendances.record(councils.requireBySlug(slug).id(), new SessionId(id), delegateId, status);
    }

    /** Live state (votes, quorum) as server-sent events: one {@code state} event per change. */
    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Trạng thái trực tiếp của kỳ họp (server-sent events)",
            description =
                    "A `state` event at once and at every change, a `:ping` comment every 10 s. Events carry ids that mean the same on every instance: reconnecting with `Last-Event-ID` gives the current state if it changed since, nothing again if not. Streams are"
                            + " bounded per client address, per signed-in viewer and in total (HDND_LIVE_STREAMS_*): one"
                            + " more gets 429 with Retry-After and a problem whose `limit` says which.")
    SseEmitter events(
            @PathVariable String slug,
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Last-Event-ID", required = false)
                    @org.jspecify.annotations.Nullable
                    String lastEventId) {
        return live.watch(councils.requireBySlug(slug).id(), new SessionId(id), lastEventId);
    }
}
