package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Delegate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Speaker;
import vn.hdndso.sessions.SpeakerState;
import vn.hdndso.sessions.SpeakersList;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.audit.AuditEvent;

/** The module's {@link SpeakersList}: requests, the queue's order, turns given and ended. */
@Service("speakersList")
class SessionSpeakers implements SpeakersList {

    private final CouncilSessionRepository sessions;
    private final SpeakerRepository speakers;
    private final SessionChangeRepository recordingStart;
    private final DelegateRoll roll;
    private final SpeakersLive live;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionSpeakers(
            CouncilSessionRepository sessions,
            SpeakerRepository speakers,
            SessionChangeRepository recordingStart,
            DelegateRoll roll,
            SpeakersLive live,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.speakers = speakers;
        this.recordingStart = recordingStart;
        this.roll = roll;
        this.live = live;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Speaker request(CouncilId council, SessionId sessionId, AgendaItemId itemId, UUID userId) {
        CouncilSession session = lock(council, sessionId);
        Delegate delegate = roll.ofUser(council, userId).orElseThrow(() -> new AccessDeniedException("not a delegate"));
        AgendaItem item = sessions.item(council, sessionId, itemId)
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", itemId));
        session.state().requireOpenForSpeakers();
        if (speakers.waiting(itemId, delegate.id().value())) {
            throw new BusinessRuleException("speakers.alreadyWaiting");
        }
        Speaker speaker = Speaker.request(
                council,
                sessionId,
                itemId,
                item.number(),
                delegate.id().value(),
                delegate.fullName(),
                speakers.nextPosition(sessionId),
                Instant.now(clock));
        speakers.insert(speaker);
        events.publishEvent(audit(council, speaker, "requested").with("item", item.number()));
        changed(council, sessionId);
        return speaker;
    }

    @Override
    @Transactional
    public Speaker withdraw(CouncilId council, SessionId sessionId, UUID requestId, UUID userId) {
        lock(council, sessionId);
        Delegate delegate = roll.ofUser(council, userId).orElseThrow(() -> new AccessDeniedException("not a delegate"));
        Speaker speaker = find(council, sessionId, requestId);
        if (!speaker.delegateId().equals(delegate.id().value())) {
            // another delegate's request does not exist for this one
            throw new NotFoundException("speakers.notFound", requestId);
        }
        Speaker withdrawn = speaker.withdrawn();
        speakers.update(withdrawn);
        events.publishEvent(audit(council, withdrawn, "withdrawn"));
        changed(council, sessionId);
        return withdrawn;
    }

    @Override
    @Transactional
    public Board grant(CouncilId council, SessionId sessionId, UUID requestId) {
        CouncilSession session = lock(council, sessionId);
        session.state().requireInProgressForVote();
        Speaker next = find(council, sessionId, requestId);
        next.state().requireWaiting();
        Instant now = Instant.now(clock);
        endCurrent(council, sessionId, now);
        Speaker started = next.started(now);
        speakers.update(started);
        events.publishEvent(audit(council, started, "granted"));
        changed(council, sessionId);
        return board(council, sessionId);
    }

    @Override
    @Transactional
    public Board end(CouncilId council, SessionId sessionId) {
        lock(council, sessionId);
        if (!endCurrent(council, sessionId, Instant.now(clock))) {
            throw new BusinessRuleException("speakers.notSpeaking");
        }
        changed(council, sessionId);
        return board(council, sessionId);
    }

    @Override
    @Transactional
    public Board move(CouncilId council, SessionId sessionId, UUID requestId, int direction) {
        CouncilSession session = lock(council, sessionId);
        session.state().requireOpenForSpeakers();
        find(council, sessionId, requestId).state().requireWaiting();
        List<Speaker> queue = new ArrayList<>(speakers.all(council, sessionId).stream()
                .filter(s -> s.state() == SpeakerState.WAITING)
                .toList());
        int at = indexOf(queue, requestId);
        int to = at + Integer.signum(direction);
        if (to >= 0 && to < queue.size()) {
            Speaker moving = queue.get(at);
            Speaker other = queue.get(to);
            speakers.update(moving.at(other.position()));
            speakers.update(other.at(moving.position()));
            events.publishEvent(audit(council, moving, "moved").with("direction", Integer.signum(direction)));
            changed(council, sessionId);
        }
        return board(council, sessionId);
    }

    @Override
    @Transactional(readOnly = true)
    public Board board(CouncilId council, SessionId sessionId) {
        sessions.find(council, sessionId).orElseThrow(() -> new NotFoundException("sessions.notFound", sessionId));
        @Nullable Instant start = recordingStart.recordingStart(sessionId);
        Speaker current = null;
        List<Speaker> queue = new ArrayList<>();
        List<Speaker> done = new ArrayList<>();
        for (Speaker s : speakers.all(council, sessionId)) {
            Speaker placed = s.inRecording(start);
            switch (s.state()) {
                case SPEAKING -> current = placed;
                case WAITING -> queue.add(placed);
                case DONE -> done.add(placed);
                case WITHDRAWN -> {
                    // withdrawn requests are gone from the board
                }
            }
        }
        done.sort(java.util.Comparator.comparing(
                (Speaker s) -> java.util.Objects.requireNonNull(s.startedAt(), "a finished turn has started")));
        return new Board(current, List.copyOf(queue), List.copyOf(done), Instant.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Speaker> waitingOf(CouncilId council, SessionId sessionId, UUID userId) {
        return roll.ofUser(council, userId)
                .map(d -> speakers.all(council, sessionId).stream()
                        .filter(s -> s.state() == SpeakerState.WAITING
                                && s.delegateId().equals(d.id().value()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Speaker> mine(CouncilId council, SessionId sessionId) {
        return CurrentUser.get()
                .map(u -> waitingOf(council, sessionId, u.id().value()))
                .orElse(List.of());
    }

    private boolean endCurrent(CouncilId council, SessionId sessionId, Instant now) {
        for (Speaker s : speakers.all(council, sessionId)) {
            if (s.state() == SpeakerState.SPEAKING) {
                Speaker ended = s.ended(now);
                speakers.update(ended);
                events.publishEvent(audit(council, ended, "ended")
                        .with("seconds", ended.spoken(now).toSeconds()));
                return true;
            }
        }
        return false;
    }

    /** Viewers hear of the change after commit; the public pages showing the list are refreshed. */
    private void changed(CouncilId council, SessionId sessionId) {
        sessions.find(council, sessionId)
                .filter(CouncilSession::isPublic)
                .ifPresent(s -> events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS)));
        live.changed(council, sessionId);
    }

    private static int indexOf(List<Speaker> queue, UUID id) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new NotFoundException("speakers.notFound", id);
    }

    private Speaker find(CouncilId council, SessionId sessionId, UUID id) {
        return speakers.find(council, sessionId, id).orElseThrow(() -> new NotFoundException("speakers.notFound", id));
    }

    private CouncilSession lock(CouncilId council, SessionId id) {
        return sessions.lock(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    private static AuditEvent audit(CouncilId council, Speaker speaker, String verb) {
        return AuditEvent.of(council, "sessions.speaker." + verb, "speakerRequest", speaker.id())
                .with("delegate", speaker.delegateName());
    }
}
