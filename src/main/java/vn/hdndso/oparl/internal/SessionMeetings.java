package vn.hdndso.oparl.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.oparl.OparlLinks;
import vn.hdndso.oparl.OparlMeetings;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.PopoloVoteEvents;
import vn.hdndso.sessions.SessionState;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/**
 * The council's public sessions and meetings (convened, in progress, closed — never a planned one)
 * as OParl Meetings with their agenda items embedded, the minutes of a closed session as its
 * {@code resultsProtocol} File, its place as an embedded Location, and each closed vote's result
 * as text plus a Popolo VoteEvent under the extension property {@code hdnd:voteEvent}.
 *
 * <p>Sessions keep no modification time. A closed session is modified when it closed; one that is
 * still convened or in progress can change at any moment (agenda, votes), so its {@code modified}
 * is the time of the request: a {@code modified_since} sync re-reads it until it closes and never
 * misses a change.
 */
@Component
class SessionMeetings implements OparlMeetings {

    private static final Locale VIETNAMESE = Locale.of("vi");

    private final Sessions sessions;
    private final MessageSource messages;
    private final Clock clock;

    SessionMeetings(Sessions sessions, MessageSource messages, Clock clock) {
        this.sessions = sessions;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> meetings(CouncilId council, OparlLinks links) {
        Instant now = Instant.now(clock);
        return publicSessions(council).stream()
                .map(s -> meeting(s, sessions.agenda(council, s.id()), links, now))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> agendaItems(CouncilId council, OparlLinks links) {
        Instant now = Instant.now(clock);
        List<Map<String, Object>> items = new ArrayList<>();
        for (CouncilSession session : publicSessions(council)) {
            for (AgendaItem item : sessions.agenda(council, session.id())) {
                items.add(agendaItem(session, item, links, now));
            }
        }
        return items;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> files(CouncilId council, OparlLinks links) {
        return publicSessions(council).stream()
                .filter(CouncilSession::isClosed)
                .map(s -> minutes(s, links))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> locations(CouncilId council, OparlLinks links) {
        Instant now = Instant.now(clock);
        return publicSessions(council).stream()
                .filter(s -> s.place() != null)
                .map(s -> location(s, links, now))
                .toList();
    }

    private List<CouncilSession> publicSessions(CouncilId council) {
        return sessions.list(council).stream().filter(CouncilSession::isPublic).toList();
    }

    private Map<String, Object> meeting(CouncilSession s, List<AgendaItem> agenda, OparlLinks links, Instant now) {
        var m = object("Meeting", links.of("meetings", s.id().value()));
        m.put("name", s.title());
        m.put(
                "meetingState",
                messages.getMessage(s.state().messageKey(), null, s.state().name(), VIETNAMESE));
        m.put("cancelled", s.isCancelled());
        m.put("start", OparlGraph.dateTime(s.startsAt()));
        if (s.closedAt() != null) {
            m.put("end", OparlGraph.dateTime(s.closedAt()));
        }
        if (s.place() != null) {
            m.put("location", location(s, links, now));
        }
        if (s.isClosed()) {
            m.put("resultsProtocol", minutes(s, links));
        }
        m.put(
                "agendaItem",
                agenda.stream().map(i -> agendaItem(s, i, links, now)).toList());
        // no hdnd:onlineUrl: the delegates' conferencing link is not public (docs/reliability.md)
        if (s.livestreamUrl() != null) {
            m.put("hdnd:livestreamUrl", s.livestreamUrl());
        }
        m.put("hdnd:kind", s.kind().name());
        m.put("hdnd:popolo", links.web("/ky-hop/" + s.id().value() + "/popolo.json"));
        common(m, s, links, now);
        return m;
    }

    private Map<String, Object> agendaItem(CouncilSession s, AgendaItem item, OparlLinks links, Instant now) {
        var a = object("AgendaItem", links.of("agenda-items", item.id().value()));
        a.put("meeting", links.of("meetings", s.id().value()));
        a.put("number", Integer.toString(item.number()));
        a.put("order", item.number());
        a.put("name", item.title());
        a.put("public", true);
        Tally t = item.result();
        if (item.motion() && t != null && item.voteState() == VoteState.CLOSED) {
            a.put(
                    "result",
                    (t.passed() ? "Thông qua" : "Không thông qua") + " (tán thành " + t.yes() + "/"
                            + t.totalDelegates() + ", không tán thành " + t.no() + ", không biểu quyết "
                            + t.abstain() + ")");
            PopoloVoteEvents.of(s, item, links.slug(), links.web("/ky-hop/" + s.id().value() + "/popolo.json"), null)
                    .ifPresent(event -> a.put("hdnd:voteEvent", event));
        }
        if (item.voteOpenedAt() != null) {
            a.put("start", OparlGraph.dateTime(item.voteOpenedAt()));
        }
        if (item.voteClosedAt() != null) {
            a.put("end", OparlGraph.dateTime(item.voteClosedAt()));
        }
        common(a, s, links, now);
        return a;
    }

    /**
     * The minutes, rendered by the sessions module from the database on request: there is no stored
     * copy, so no size or checksum to give (the PDF carries the date it was made).
     */
    private static Map<String, Object> minutes(CouncilSession s, OparlLinks links) {
        String pdf = links.web("/ky-hop/" + s.id().value() + "/bien-ban.pdf");
        var f = object("File", links.of("files", "bien-ban-" + s.id().value()));
        f.put("name", "Biên bản " + s.title());
        f.put("fileName", "bien-ban.pdf");
        f.put("mimeType", "application/pdf");
        f.put("accessUrl", pdf);
        f.put("downloadUrl", pdf);
        f.put("meeting", List.of(links.of("meetings", s.id().value())));
        f.put("license", OparlGraph.LICENSE);
        Instant closed = s.closedAt() == null ? s.startsAt() : s.closedAt();
        f.put("date", closed.atZone(VnTime.ZONE).toLocalDate().toString());
        f.put("created", OparlGraph.dateTime(closed));
        f.put("modified", OparlGraph.dateTime(closed));
        f.put("web", links.web("/ky-hop/" + s.id().value()));
        return f;
    }

    private static Map<String, Object> location(CouncilSession s, OparlLinks links, Instant now) {
        var l = object("Location", links.of("locations", s.id().value()));
        l.put("description", s.place());
        l.put("meetings", List.of(links.of("meetings", s.id().value())));
        l.put("license", OparlGraph.LICENSE);
        l.put("created", OparlGraph.dateTime(created(s)));
        l.put("modified", OparlGraph.dateTime(modified(s, now)));
        return l;
    }

    private static void common(Map<String, Object> object, CouncilSession s, OparlLinks links, Instant now) {
        object.put("license", OparlGraph.LICENSE);
        if (s.demo()) {
            object.put("keyword", List.of("demo"));
        }
        object.put("created", OparlGraph.dateTime(created(s)));
        object.put("modified", OparlGraph.dateTime(modified(s, now)));
        object.put("web", links.web("/ky-hop/" + s.id().value()));
    }

    private static Instant created(CouncilSession s) {
        return s.convenedAt() == null ? s.startsAt() : s.convenedAt();
    }

    private static Instant modified(CouncilSession s, Instant now) {
        return s.state() == SessionState.CLOSED && s.closedAt() != null ? s.closedAt() : now;
    }

    private static LinkedHashMap<String, Object> object(String type, String id) {
        var object = new LinkedHashMap<String, Object>();
        object.put("id", id);
        object.put("type", OparlGraph.SCHEMA + type);
        return object;
    }
}
