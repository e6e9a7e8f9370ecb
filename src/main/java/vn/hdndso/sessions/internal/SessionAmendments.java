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
import vn.hdndso.sessions.Amendment;
import vn.hdndso.sessions.AmendmentState;
import vn.hdndso.sessions.Amendments;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionUpdated;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * The module's {@link Amendments}. An admitted amendment becomes a motion on the agenda, just
 * before the motion it amends, needing more than half of all delegates; its vote is an ordinary
 * named vote of {@link vn.hdndso.sessions.Votes}.
 */
@Service("amendments")
class SessionAmendments implements Amendments {

    private final CouncilSessionRepository sessions;
    private final AmendmentRepository amendments;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionAmendments(
            CouncilSessionRepository sessions,
            AmendmentRepository amendments,
            DelegateRoll roll,
            LiveTallies live,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.amendments = amendments;
        this.roll = roll;
        this.live = live;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Amendment propose(
            CouncilId council, SessionId sessionId, AgendaItemId motionId, UUID userId, @Nullable String text) {
        CouncilSession session = lock(council, sessionId);
        Delegate delegate = roll.ofUser(council, userId).orElseThrow(() -> new AccessDeniedException("not a delegate"));
        AgendaItem motion = item(council, sessionId, motionId);
        String clean = Amendment.requireText(text);
        session.state().requireOpenForSpeakers();
        Amendment.requireAmendable(motion);
        if (amendments.isAmendmentVote(motionId)) {
            throw vn.hdndso.shared.InvalidInputException.of("itemId", "amendments.notAMotion", motion.number());
        }
        var amendment = new Amendment(
                UUID.randomUUID(),
                council,
                sessionId,
                motionId,
                amendments.nextNumber(motionId),
                clean,
                delegate.id().value(),
                delegate.fullName(),
                Instant.now(clock),
                AmendmentState.PROPOSED,
                null,
                null,
                null);
        amendments.insert(amendment);
        events.publishEvent(audit(council, amendment, "proposed").with("motion", motion.number()));
        return amendment;
    }

    @Override
    @Transactional
    public Amendment admit(CouncilId council, SessionId sessionId, UUID amendmentId) {
        CouncilSession session = lock(council, sessionId);
        session.state().requireNotClosed();
        Amendment amendment = find(council, sessionId, amendmentId);
        amendment.state().requireProposed();
        AgendaItem motion = item(council, sessionId, amendment.motion());
        Amendment.requireAmendable(motion);
        var vote = new AgendaItem(
                AgendaItemId.random(),
                council,
                sessionId,
                sessions.nextNumber(sessionId),
                amendment.voteTitle(motion, SessionInput.MAX_ITEM_TITLE),
                true,
                Majority.MORE_THAN_HALF_OF_ALL,
                null,
                VoteState.NONE,
                null,
                null,
                null,
                null,
                null,
                null);
        sessions.insertItem(vote);
        List<AgendaItemId> order = new ArrayList<>();
        for (AgendaItem i : sessions.items(council, sessionId)) {
            if (i.id().equals(vote.id())) {
                continue;
            }
            if (i.id().equals(motion.id())) {
                order.add(vote.id());
            }
            order.add(i.id());
        }
        sessions.renumber(sessionId, order);
        Amendment admitted = amendment.admitted(vote.id(), CurrentUser.describe(), Instant.now(clock));
        amendments.update(admitted);
        events.publishEvent(audit(council, admitted, "admitted").with("motion", motion.number()));
        events.publishEvent(new SessionUpdated(council, sessionId, "amendmentAdmitted", session.isPublic()));
        if (session.isPublic()) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        }
        live.changed(council, sessionId);
        return admitted;
    }

    @Override
    @Transactional
    public Amendment reject(CouncilId council, SessionId sessionId, UUID amendmentId) {
        lock(council, sessionId).state().requireNotClosed();
        Amendment rejected = find(council, sessionId, amendmentId).rejected(CurrentUser.describe(), Instant.now(clock));
        amendments.update(rejected);
        events.publishEvent(audit(council, rejected, "rejected"));
        return rejected;
    }

    @Override
    @Transactional
    public Amendment withdraw(CouncilId council, SessionId sessionId, UUID amendmentId, UUID userId) {
        lock(council, sessionId);
        Delegate delegate = roll.ofUser(council, userId).orElseThrow(() -> new AccessDeniedException("not a delegate"));
        Amendment amendment = find(council, sessionId, amendmentId);
        if (!amendment.delegateId().equals(delegate.id().value())) {
            throw new NotFoundException("amendments.notFound", amendmentId);
        }
        Amendment withdrawn = amendment.withdrawn(CurrentUser.describe(), Instant.now(clock));
        amendments.update(withdrawn);
        events.publishEvent(audit(council, withdrawn, "withdrawn"));
        return withdrawn;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Amendment> list(CouncilId council, SessionId sessionId) {
        sessions.find(council, sessionId).orElseThrow(() -> new NotFoundException("sessions.notFound", sessionId));
        return amendments.list(council, sessionId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Amendment> mine(CouncilId council, SessionId sessionId) {
        return CurrentUser.get()
                .flatMap(u -> roll.ofUser(council, u.id().value()))
                .map(d -> list(council, sessionId).stream()
                        .filter(a -> a.state() == AmendmentState.PROPOSED
                                && a.delegateId().equals(d.id().value()))
                        .toList())
                .orElse(List.of());
    }

    private AgendaItem item(CouncilId council, SessionId session, AgendaItemId id) {
        return sessions.item(council, session, id)
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", id));
    }

    private Amendment find(CouncilId council, SessionId session, UUID id) {
        return amendments
                .find(council, session, id)
                .orElseThrow(() -> new NotFoundException("amendments.notFound", id));
    }

    private CouncilSession lock(CouncilId council, SessionId id) {
        return sessions.lock(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    private static AuditEvent audit(CouncilId council, Amendment amendment, String verb) {
        return AuditEvent.of(council, "sessions.amendment." + verb, "amendment", amendment.id())
                .with("number", amendment.number())
                .with("delegate", amendment.delegateName());
    }
}
