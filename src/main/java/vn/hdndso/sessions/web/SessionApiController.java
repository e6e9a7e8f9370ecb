package vn.hdndso.sessions.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.NewSession;
import vn.hdndso.sessions.Recordings;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.Tally;
import vn.hdndso.shared.web.Page;

/** Sessions and their agenda (API.md "Sessions and votes"); votes and attendance are {@link VoteApiController}. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/sessions")
class SessionApiController {

    static final String STAFF = "@councilAccess.has('CLERK','COUNCIL_ADMIN')";
    static final String CHAIR = "@councilAccess.has('COUNCIL_ADMIN')";
    static final String DELEGATE = "@councilAccess.has('DELEGATE')";

    private final Councils councils;
    private final Sessions sessions;
    private final Recordings recordings;
    private final vn.hdndso.identity.CouncilAccess access;

    SessionApiController(
            Councils councils, Sessions sessions, Recordings recordings, vn.hdndso.identity.CouncilAccess access) {
        this.councils = councils;
        this.sessions = sessions;
        this.recordings = recordings;
        this.access = access;
    }

    record NewSessionRequest(
            @Nullable String title,
            @Nullable OffsetDateTime startsAt,
            @Nullable SessionKind kind,
            @Nullable String place,
            @Nullable String onlineUrl,
            @Nullable String livestreamUrl) {}

    record Created(String id) {}

    record NewItemRequest(
            @Nullable String title,
            @Nullable Boolean motion,
            @Nullable Majority majority,
            @Nullable UUID documentId) {}

    record CreatedItem(String id, int number) {}

    record OrderRequest(@Nullable List<UUID> order) {}

    record UrlRequest(@Nullable String url) {}

    record OffsetRequest(@Nullable Integer seconds) {}

    record Summary(
            String id,
            String title,
            SessionKind kind,
            Instant startsAt,
            @Nullable String place,
            String state,
            boolean demo) {
        static Summary of(CouncilSession s) {
            return new Summary(
                    s.id().toString(),
                    s.title(),
                    s.kind(),
                    s.startsAt(),
                    s.place(),
                    s.state().name(),
                    s.demo());
        }
    }

    record Item(
            String id,
            int number,
            String title,
            boolean motion,
            @Nullable Majority majority,
            @Nullable UUID documentId,
            String voteState,
            @Nullable VoteView result,
            @Nullable UUID resolutionId,
            @Nullable Integer recordingOffset) {
        static Item of(AgendaItem i) {
            return new Item(
                    i.id().toString(),
                    i.number(),
                    i.title(),
                    i.motion(),
                    i.majority(),
                    i.documentId(),
                    i.voteState().name(),
                    i.result() == null ? null : VoteView.of(i.result()),
                    i.resolutionId(),
                    i.recordingOffset());
        }
    }

    record Detail(
            String id,
            String title,
            SessionKind kind,
            Instant startsAt,
            @Nullable String place,
            @Nullable String onlineUrl,
            @Nullable String livestreamUrl,
            @Nullable String recordingUrl,
            String state,
            boolean demo,
            List<Item> agenda) {}

    /** API.md: {"state","yes","no","abstain","notVoted","totalDelegates","passed"}. */
    record VoteView(
            String state, int yes, int no, int abstain, int notVoted, int totalDelegates, boolean passed, int needed) {
        static VoteView of(Tally t) {
            return new VoteView(
                    t.state() == vn.hdndso.sessions.VoteState.NONE
                            ? "NOT_OPENED"
                            : t.state().name(),
                    t.yes(),
                    t.no(),
                    t.abstain(),
                    t.notVoted(),
                    t.totalDelegates(),
                    t.passed(),
                    t.needed());
        }
    }

    @PostMapping
    @PreAuthorize(STAFF)
    ResponseEntity<Created> create(@PathVariable String slug, @RequestBody NewSessionRequest request) {
        Council council = councils.requireBySlug(slug);
        CouncilSession session = sessions.plan(
                council.id(),
                new NewSession(
                        request.title(),
                        request.startsAt() == null ? null : request.startsAt().toInstant(),
                        request.kind(),
                        request.place(),
                        request.onlineUrl(),
                        request.livestreamUrl()));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/sessions/" + session.id()))
                .body(new Created(session.id().toString()));
    }

    @GetMapping
    Page<Summary> list(@PathVariable String slug) {
        List<Summary> all = sessions.list(councils.requireBySlug(slug).id()).stream()
                .map(Summary::of)
                .toList();
        return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GetMapping("/{id}")
    Detail show(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        CouncilSession s = sessions.require(council.id(), new SessionId(id));
        return new Detail(
                s.id().toString(),
                s.title(),
                s.kind(),
                s.startsAt(),
                s.place(),
                // the conferencing link is for the council's own people (its delegates and staff),
                // like the delegate's page: the public and other councils get null
                access.member() ? s.onlineUrl() : null,
                s.livestreamUrl(),
                s.recordingUrl(),
                s.state().name(),
                s.demo(),
                sessions.agenda(council.id(), s.id()).stream().map(Item::of).toList());
    }

    @PostMapping("/{id}/convene")
    @PreAuthorize(CHAIR)
    Summary convene(@PathVariable String slug, @PathVariable UUID id) {
        return Summary.of(sessions.convene(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @PostMapping("/{id}/start")
    @PreAuthorize(CHAIR)
    Summary start(@PathVariable String slug, @PathVariable UUID id) {
        return Summary.of(sessions.start(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(CHAIR)
    Summary close(@PathVariable String slug, @PathVariable UUID id) {
        return Summary.of(sessions.close(councils.requireBySlug(slug).id(), new SessionId(id)));
    }

    @PostMapping("/{id}/agenda-items")
    @PreAuthorize(STAFF)
    ResponseEntity<CreatedItem> addItem(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody NewItemRequest request) {
        AgendaItem item = sessions.addItem(
                councils.requireBySlug(slug).id(),
                new SessionId(id),
                request.title(),
                Boolean.TRUE.equals(request.motion()),
                request.majority(),
                request.documentId());
        return ResponseEntity.created(
                        URI.create("/api/v1/councils/" + slug + "/sessions/" + id + "/agenda-items/" + item.id()))
                .body(new CreatedItem(item.id().toString(), item.number()));
    }

    @PutMapping("/{id}/agenda-order")
    @PreAuthorize(STAFF)
    List<Item> reorder(@PathVariable String slug, @PathVariable UUID id, @RequestBody OrderRequest request) {
        List<AgendaItemId> order = request.order() == null
                ? List.of()
                : request.order().stream().map(AgendaItemId::new).toList();
        return sessions.reorder(councils.requireBySlug(slug).id(), new SessionId(id), order).stream()
                .map(Item::of)
                .toList();
    }

    @PutMapping("/{id}/agenda-items/{itemId}/recording-offset")
    @PreAuthorize(STAFF)
    Item offset(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestBody OffsetRequest request) {
        Council council = councils.requireBySlug(slug);
        recordings.setRecordingOffset(council.id(), new SessionId(id), new AgendaItemId(itemId), request.seconds());
        return Item.of(sessions.requireItem(council.id(), new SessionId(id), new AgendaItemId(itemId)));
    }

    @PutMapping("/{id}/recording-url")
    @PreAuthorize(STAFF)
    Summary recordingUrl(@PathVariable String slug, @PathVariable UUID id, @RequestBody UrlRequest request) {
        return Summary.of(
                recordings.linkRecording(councils.requireBySlug(slug).id(), new SessionId(id), request.url()));
    }
}
