package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Delegate;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionClosed;
import vn.hdndso.sessions.SessionConvened;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionState;
import vn.hdndso.sessions.SessionUpdated;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;

/** A session's way from planned to closed: convened (public, notices sent), started, closed. */
@Component
class SessionLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SessionLifecycle.class);

    private final CouncilSessionRepository repository;
    private final VoteRepository votes;
    private final NoticeRepository notices;
    private final NoticeChannel channel;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionLifecycle(
            CouncilSessionRepository repository,
            VoteRepository votes,
            NoticeRepository notices,
            NoticeChannel channel,
            DelegateRoll roll,
            LiveTallies live,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.votes = votes;
        this.notices = notices;
        this.channel = channel;
        this.roll = roll;
        this.live = live;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    CouncilSession convene(CouncilId council, SessionId id) {
        CouncilSession convened = lock(council, id).convened(Instant.now(clock));
        repository.update(convened);
        List<Delegate> delegates = roll.fresh(council);
        for (Delegate d : delegates) {
            notices.add(council, id, d.id().value(), d.fullName(), d.userId(), "IN_APP");
            if (notices.add(council, id, d.id().value(), d.fullName(), d.userId(), "OUTBOX")) {
                channel.convene(convened, d);
            }
        }
        events.publishEvent(new SessionConvened(
                council,
                id,
                convened.title(),
                convened.kind(),
                convened.startsAt(),
                convened.place() == null ? "" : convened.place(),
                delegates.size(),
                true));
        events.publishEvent(SessionAudit.of(convened, "convened").with("invited", delegates.size()));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        log.info(
                "Session '{}' convened: {} convening notices in the app and the notifications outbox",
                convened.title(),
                delegates.size());
        return convened;
    }

    @Transactional
    CouncilSession start(CouncilId council, SessionId id) {
        CouncilSession session = lock(council, id);
        if (session.state() == SessionState.PLANNED) {
            session = convene(council, id);
        }
        CouncilSession started = session.started();
        repository.update(started);
        events.publishEvent(SessionAudit.of(started, "started"));
        events.publishEvent(new SessionUpdated(council, id, "started", true));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        live.changed(council, id);
        return started;
    }

    @Transactional
    CouncilSession close(CouncilId council, SessionId id) {
        CouncilSession session = lock(council, id);
        session.state().requireNotClosed();
        List<AgendaItem> items = repository.items(council, id);
        if (items.stream().anyMatch(i -> i.voteState() == VoteState.OPEN)) {
            throw new BusinessRuleException("sessions.close.voteOpen");
        }
        Instant now = Instant.now(clock);
        CouncilSession closed = session.closed(now);
        repository.update(closed);
        int total = roll.fresh(council).size();
        int passed = (int) items.stream()
                .map(AgendaItem::result)
                .filter(result -> result != null && result.passed())
                .count();
        events.publishEvent(new SessionClosed(
                council,
                id,
                closed.title(),
                closed.kind(),
                closed.startsAt(),
                now,
                items.size(),
                passed,
                votes.present(id).size(),
                total,
                true));
        events.publishEvent(SessionAudit.of(closed, "closed").with("motionsPassed", passed));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        live.changed(council, id);
        return closed;
    }

    private CouncilSession lock(CouncilId council, SessionId id) {
        return repository.lock(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }
}
