package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionChange;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteReopened;
import vn.hdndso.sessions.VoteRounds;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;

/**
 * The module's {@link VoteRounds}: a closed vote re-opened by the chair or clerk with a reason,
 * while the sitting is in progress; the earlier round is kept whole, the audit trail says who did
 * it and why. A draft resolution made from the earlier round stays in the documents register.
 */
@Service("voteRounds")
class VoteReopening implements VoteRounds {

    private final CouncilSessionRepository sessions;
    private final VoteRoundRepository rounds;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoteReopening(
            CouncilSessionRepository sessions,
            VoteRoundRepository rounds,
            DelegateRoll roll,
            LiveTallies live,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.rounds = rounds;
        this.roll = roll;
        this.live = live;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Tally reopen(CouncilId council, SessionId sessionId, AgendaItemId itemId, @Nullable String reason) {
        CouncilSession session = sessions.lock(council, sessionId)
                .orElseThrow(() -> new NotFoundException("sessions.notFound", sessionId));
        AgendaItem item = sessions.lockItem(council, sessionId, itemId, CouncilSessionRepository.Lock.UPDATE)
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", itemId));
        if (!item.motion()) {
            throw InvalidInputException.of("itemId", "sessions.vote.notAMotion", item.number());
        }
        String why = SessionChange.requireReason(reason);
        session.state().requireInProgressForVote();
        item.voteState().requireReopenable();
        Instant now = Instant.now(clock);
        String by = CurrentUser.describe();
        int round = rounds.keepRound(council, itemId, by, now, why);
        rounds.reopen(itemId, now);
        events.publishEvent(SessionAudit.ofVote(council, itemId, "reopened")
                .with("title", item.title())
                .with("round", round)
                .with("reason", why));
        events.publishEvent(new VoteReopened(council, sessionId, itemId, round, why, by));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        live.changed(council, sessionId);
        return Tally.of(
                VoteState.OPEN,
                item.requiredMajority(),
                0,
                0,
                0,
                roll.recent(council).size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Round> rounds(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        sessions.item(council, sessionId, itemId)
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", itemId));
        return rounds.rounds(council, itemId);
    }
}
