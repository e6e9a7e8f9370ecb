package vn.hdndso.sessions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.Attendances;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.LiveSessions;
import vn.hdndso.sessions.Minutes;
import vn.hdndso.sessions.PopoloVoteEvents;
import vn.hdndso.sessions.Recordings;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.NotFoundException;

/**
 * The public pages of a council's sessions: the list, a session with its agenda, results, named
 * votes and recording (with a jump to each item), the projector view, the live stream, the
 * minutes once closed, and the votes in Popolo form.
 */
@Controller
class PublicSessionController {

    private final Councils councils;
    private final Sessions sessions;
    private final Attendances attendances;
    private final Votes votes;
    private final Recordings recordings;
    private final Minutes minutes;
    private final LiveSessions live;

    PublicSessionController(
            Councils councils,
            Sessions sessions,
            Attendances attendances,
            Votes votes,
            Recordings recordings,
            Minutes minutes,
            LiveSessions live) {
        this.councils = councils;
        this.sessions = sessions;
        this.attendances = attendances;
        this.votes = votes;
        this.recordings = recordings;
        this.minutes = minutes;
        this.live = live;
    }

    /** An agenda line of the public page: the item, its tally, its named votes once closed. */
    record Line(AgendaItem item, @Nullable Tally tally, List<Votes.NamedVote> named) {}

    @GetMapping("/{slug:[a-z0-9-]+}/ky-hop")
    String list(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute(
                "sessions",
                sessions.list(council.id()).stream()
                        .filter(CouncilSession::isPublic)
                        .toList());
        return "sessions/public-list";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/ky-hop/{id}")
    String show(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer t,
            Model model) {
        Council council = councils.requireBySlug(slug);
        SessionId sessionId = new SessionId(id);
        CouncilSession session = publicSession(council, sessionId);
        model.addAttribute("council", council);
        model.addAttribute("meeting", session);
        model.addAttribute("lines", lines(council, sessionId));
        model.addAttribute("attendance", attendances.attendance(council.id(), sessionId));
        model.addAttribute("recording", recordings.find(council.id(), sessionId).orElse(null));
        model.addAttribute("t", t == null || t < 0 ? null : t);
        return "sessions/public";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/ky-hop/{id}/trinh-chieu")
    String projector(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        SessionId sessionId = new SessionId(id);
        model.addAttribute("council", council);
        model.addAttribute("meeting", publicSession(council, sessionId));
        model.addAttribute("lines", lines(council, sessionId));
        model.addAttribute("attendance", attendances.attendance(council.id(), sessionId));
        return "sessions/projector";
    }

    @GetMapping(path = "/{slug:[a-z0-9-]+}/ky-hop/{id}/su-kien", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(
            @PathVariable String slug,
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Last-Event-ID", required = false)
                    @org.jspecify.annotations.Nullable
                    String lastEventId) {
        Council council = councils.requireBySlug(slug);
        return live.watch(council.id(), new SessionId(id), lastEventId);
    }

    @GetMapping("/{slug:[a-z0-9-]+}/ky-hop/{id}/bien-ban.pdf")
    @ResponseBody
    ResponseEntity<byte[]> minutesPdf(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        CouncilSession session = publicSession(council, new SessionId(id));
        if (!session.isClosed()) {
            throw new NotFoundException("sessions.minutes.notYet", id);
        }
        return SessionPagesController.pdf(minutes.minutesPdf(council.id(), session.id()), "bien-ban.pdf");
    }

    /** The closed votes of a session as Popolo vote events (with counts and named votes). */
    @GetMapping(path = "/{slug:[a-z0-9-]+}/ky-hop/{id}/popolo.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, Object>> popolo(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        CouncilSession session = publicSession(council, new SessionId(id));
        String source = "/" + council.slug() + "/ky-hop/" + session.id();
        List<Map<String, Object>> events = new ArrayList<>();
        for (AgendaItem item : sessions.agenda(council.id(), session.id())) {
            if (item.voteState() == VoteState.CLOSED) {
                PopoloVoteEvents.of(
                                session,
                                item,
                                council.slug(),
                                source,
                                votes.namedVotes(council.id(), session.id(), item.id()))
                        .ifPresent(events::add);
            }
        }
        return events;
    }

    private List<Line> lines(Council council, SessionId sessionId) {
        return sessions.agenda(council.id(), sessionId).stream()
                .map(i -> new Line(
                        i,
                        i.motion() ? votes.tally(council.id(), sessionId, i.id()) : null,
                        i.voteState() == VoteState.CLOSED
                                ? votes.namedVotes(council.id(), sessionId, i.id())
                                : List.of()))
                .toList();
    }

    private CouncilSession publicSession(Council council, SessionId id) {
        CouncilSession session = sessions.require(council.id(), id);
        if (!session.isPublic()) {
            throw new NotFoundException("sessions.notFound", id);
        }
        return session;
    }
}
