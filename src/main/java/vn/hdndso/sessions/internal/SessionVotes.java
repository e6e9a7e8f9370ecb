package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Delegate;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteChoice;
import vn.hdndso.sessions.VoteClosed;
import vn.hdndso.sessions.VoteMode;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** The module's {@link Votes}: ballots, counts and results, electronic or by a show of hands. */
@Service
class SessionVotes implements Votes {

    private final CouncilSessionRepository sessions;
    private final VoteRepository votes;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final ResolutionDrafts resolutions;
    private final AmendmentsBeforeMotion amendments;
    private final DelegateNotices notices;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final SecretBallotRepository secretBallots;

    SessionVotes(
            CouncilSessionRepository sessions,
            VoteRepository votes,
            SecretBallotRepository secretBallots,
            DelegateRoll roll,
            LiveTallies live,
            ResolutionDrafts resolutions,
            AmendmentsBeforeMotion amendments,
            DelegateNotices notices,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.sessions = sessions;
        this.votes = votes;
        this.secretBallots = secretBallots;
        this.roll = roll;
        this.live = live;
        this.resolutions = resolutions;
        this.amendments = amendments;
        this.notices = notices;
        this.events = events;
        this.readOnly = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Tally open(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        CouncilSession session = session(council, sessionId);
        session.state().requireInProgressForVote();
        AgendaItem item = motion(council, sessionId, itemId, CouncilSessionRepository.Lock.UPDATE);
        item.voteState().requireNotOpened();
        requireNoSecretBallot(itemId);
        amendments.requireVoted(itemId);
        Instant now = Instant.now(clock);
        sessions.openVote(itemId, now);
        events.publishEvent(audit(council, itemId, "opened").with("title", item.title()));
        notices.voteOpened(council, session, itemId.value(), item.title());
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        live.changed(council, sessionId);
        return tally(council, sessionId, itemId);
    }

    @Override
    @Transactional
    public Tally cast(
            CouncilId council, SessionId sessionId, AgendaItemId itemId, UUID userId, @Nullable VoteChoice choice) {
        if (choice == null) {
            throw InvalidInputException.of("choice", "sessions.vote.choice.required");
        }
        AgendaItem item = motion(council, sessionId, itemId, CouncilSessionRepository.Lock.SHARE);
        Delegate delegate = roll.ofUser(council, userId).orElseThrow(() -> new AccessDeniedException("not a delegate"));
        item.voteState().requireOpen();
        votes.cast(council, itemId, delegate.id().value(), delegate.fullName(), choice, Instant.now(clock));
        events.publishEvent(audit(council, itemId, "cast")
                .with("delegate", delegate.fullName())
                .with("choice", choice));
        // the counts of an open vote are public (its session is in progress, hence public)
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        live.changed(council, sessionId);
        return liveTally(item);
    }

    @Override
    @Transactional
    public Tally close(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        session(council, sessionId);
        AgendaItem item = motion(council, sessionId, itemId, CouncilSessionRepository.Lock.UPDATE);
        item.voteState().requireOpen();
        List<Delegate> entitled = roll.fresh(council);
        votes.keepOnly(itemId, entitled.stream().map(d -> d.id().value()).toList());
        entitled.forEach(d -> votes.entitle(council, itemId, d.id().value(), d.fullName()));
        VoteRepository.Counts counts = votes.counts(itemId);
        Tally tally = Tally.of(
                VoteState.CLOSED,
                item.requiredMajority(),
                counts.yes(),
                counts.no(),
                counts.abstain(),
                entitled.size());
        return finish(item, VoteMode.ELECTRONIC, tally);
    }

    @Override
    @Transactional
    public Tally recordAnalog(
            CouncilId council,
            SessionId sessionId,
            AgendaItemId itemId,
            @Nullable Integer yes,
            @Nullable Integer no,
            @Nullable Integer abstain) {
        CouncilSession session = session(council, sessionId);
        session.state().requireInProgressForVote();
        AgendaItem item = motion(council, sessionId, itemId, CouncilSessionRepository.Lock.UPDATE);
        item.voteState().requireNotOpened();
        requireNoSecretBallot(itemId);
        amendments.requireVoted(itemId);
        List<Delegate> entitled = roll.fresh(council);
        var problems = new InvalidInputException.Collector();
        int yesVotes = count(problems, "yes", yes);
        int noVotes = count(problems, "no", no);
        int abstentions = count(problems, "abstain", abstain);
        problems.throwIfAny();
        if (yesVotes + noVotes + abstentions > entitled.size()) {
            throw InvalidInputException.of("yes", "sessions.vote.analog.tooMany", entitled.size());
        }
        entitled.forEach(d -> votes.entitle(council, itemId, d.id().value(), d.fullName()));
        return finish(
                item,
                VoteMode.ANALOG,
                Tally.of(VoteState.CLOSED, item.requiredMajority(), yesVotes, noVotes, abstentions, entitled.size()));
    }

    @Override
    public Tally tally(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        AgendaItem item = readOnly.execute(status -> {
            session(council, sessionId);
            return motion(council, sessionId, itemId, CouncilSessionRepository.Lock.NONE);
        });
        return item.result() != null ? item.result() : liveTally(item);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NamedVote> namedVotes(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        session(council, sessionId);
        AgendaItem item = motion(council, sessionId, itemId, CouncilSessionRepository.Lock.NONE);
        if (item.voteState() != VoteState.CLOSED) {
            // while a vote is open nobody, staff included, sees who voted what: only the counts
            return List.of();
        }
        return votes.ballots(itemId).stream()
                .map(b -> new NamedVote(b.delegateId(), b.delegateName(), b.choice(), b.castAt()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> entitled(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        session(council, sessionId);
        return votes.entitled(itemId);
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable VoteChoice choiceOf(CouncilId council, AgendaItemId itemId, UUID userId) {
        return roll.ofUser(council, userId)
                .flatMap(d -> votes.choiceOf(itemId, d.id().value()))
                .orElse(null);
    }

    /** An item put to a secret ballot is decided by it, not by a named vote. */
    private void requireNoSecretBallot(AgendaItemId itemId) {
        if (secretBallots.exists(itemId)) {
            throw new vn.hdndso.shared.BusinessRuleException("votes.define.secretItem");
        }
    }

    private Tally finish(AgendaItem item, VoteMode mode, Tally tally) {
        Instant now = Instant.now(clock);
        CouncilId council = item.council();
        sessions.closeVote(item.id(), mode, tally, now);
        CouncilSession session = session(council, item.session());
        if (tally.passed() && !session.demo()) {
            // demo sessions leave the documents register alone
            UUID draft = resolutions.draftFor(session, item, tally);
            sessions.setResolution(item.id(), draft);
        }
        events.publishEvent(new VoteClosed(
                council,
                item.session(),
                item.id(),
                session.title(),
                item.title(),
                item.requiredMajority(),
                mode,
                tally.yes(),
                tally.no(),
                tally.abstain(),
                tally.totalDelegates(),
                tally.passed(),
                now,
                session.isPublic()));
        if (session.isPublic()) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        }
        events.publishEvent(audit(council, item.id(), "closed")
                .with("mode", mode)
                .with("yes", tally.yes())
                .with("no", tally.no())
                .with("abstain", tally.abstain())
                .with("totalDelegates", tally.totalDelegates())
                .with("passed", tally.passed()));
        live.changed(council, item.session());
        return tally;
    }

    private Tally liveTally(AgendaItem item) {
        VoteRepository.Counts counts = counts(item);
        return Tally.of(
                item.voteState(),
                item.requiredMajority(),
                counts.yes(),
                counts.no(),
                counts.abstain(),
                roll.recent(item.council()).size());
    }

    /**
     * The counts of an item's ballots. Ballots are private until the vote closes (row-level
     * security), but their counts are public: outside the staff scope the module reads them
     * itself in the council's staff scope, and only the three numbers leave.
     */
    private VoteRepository.Counts counts(AgendaItem item) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return votes.counts(item.id());
        }
        // outside a transaction even the staff's read needs one, for the scope to reach the database
        return Tenancy.call(
                new TenantScope.StaffCouncil(item.council()), () -> readOnly.execute(s -> votes.counts(item.id())));
    }

    private CouncilSession session(CouncilId council, SessionId id) {
        return sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    /** The item, which must be a motion (400 otherwise); {@code lock}: SHARE for ballots (many at once), UPDATE for opening and closing. */
    private AgendaItem motion(
            CouncilId council, SessionId session, AgendaItemId id, CouncilSessionRepository.Lock lock) {
        AgendaItem item = sessions.lockItem(council, session, id, lock)
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", id));
        if (!item.motion() || item.majority() == null) {
            throw InvalidInputException.of("itemId", "sessions.vote.notAMotion", item.number());
        }
        return item;
    }

    /** The count entered for a show of hands; a missing or negative one is a problem on its field. */
    private static int count(InvalidInputException.Collector problems, String field, @Nullable Integer value) {
        if (value == null) {
            problems.add(field, "sessions.vote.analog.required");
            return 0;
        }
        if (value < 0) {
            problems.add(field, "sessions.vote.analog.negative");
        }
        return value;
    }

    private static vn.hdndso.shared.audit.AuditEvent audit(CouncilId council, AgendaItemId item, String verb) {
        return SessionAudit.ofVote(council, item, verb);
    }
}
