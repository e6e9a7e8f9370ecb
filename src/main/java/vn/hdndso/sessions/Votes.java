package vn.hdndso.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Delegate;
import vn.hdndso.sessions.internal.CouncilSessionRepository;
import vn.hdndso.sessions.internal.DelegateRoll;
import vn.hdndso.sessions.internal.LiveTallies;
import vn.hdndso.sessions.internal.ResolutionDrafts;
import vn.hdndso.sessions.internal.VoteRepository;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Votes on motions: opened and closed by the standing committee; while open each delegate votes
 * YES, NO or ABSTAIN and may change their vote; the result counts against all delegates of the
 * term, and at closing the entitled delegates and every named vote are stored. Sessions without
 * devices enter the counts of a show of hands (analog). Every ballot is in the audit trail.
 */
@Service
public class Votes {

    private final CouncilSessionRepository sessions;
    private final VoteRepository votes;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final ResolutionDrafts resolutions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;

    Votes(
            CouncilSessionRepository sessions,
            VoteRepository votes,
            DelegateRoll roll,
            LiveTallies live,
            ResolutionDrafts resolutions,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.sessions = sessions;
        this.votes = votes;
        this.roll = roll;
        this.live = live;
        this.resolutions = resolutions;
        this.events = events;
        this.readOnly = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
    }

    /** A named vote as published after closing. */
    public record NamedVote(UUID delegateId, String delegateName, VoteChoice choice, Instant castAt) {}

    @Transactional
    public Tally open(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        CouncilSession session = session(council, sessionId);
        if (session.state() != SessionState.IN_PROGRESS) {
            throw new BusinessRuleException("sessions.vote.sessionNotInProgress");
        }
        AgendaItem item = motion(council, sessionId, itemId, CouncilSessionRepository.Lock.UPDATE);
        if (item.voteState() != VoteState.NONE) {
            throw new BusinessRuleException("sessions.vote.alreadyOpened");
        }
        Instant now = Instant.now();
        sessions.openVote(itemId, now);
        events.publishEvent(audit(council, itemId, "opened").with("title", item.title()));
        afterCommit(council, sessionId);
        return tally(council, sessionId, itemId);
    }

    /**
     * A delegate's vote; replaces their earlier vote while the vote is open.
     *
     * @throws AccessDeniedException if the user is not a delegate of the council's term (403)
     * @throws BusinessRuleException if the vote is not open (409)
     * @throws InvalidInputException if the item is not a motion (400)
     */
    @Transactional
    public Tally cast(
            CouncilId council, SessionId sessionId, AgendaItemId itemId, UUID userId, @Nullable VoteChoice choice) {
        if (choice == null) {
            throw InvalidInputException.of("choice", "sessions.vote.choice.required");
        }
        AgendaItem item = motion(council, sessionId, itemId, CouncilSessionRepository.Lock.SHARE);
        Delegate delegate = roll.ofUser(council, userId).orElseThrow(() -> new AccessDeniedException("not a delegate"));
        if (item.voteState() != VoteState.OPEN) {
            throw new BusinessRuleException(
                    item.voteState() == VoteState.CLOSED ? "sessions.vote.closed" : "sessions.vote.notOpen");
        }
        votes.cast(council, itemId, delegate.id().value(), delegate.fullName(), choice, Instant.now());
        events.publishEvent(audit(council, itemId, "cast")
                .with("delegate", delegate.fullName())
                .with("choice", choice));
        afterCommit(council, sessionId);
        return liveTally(item);
    }

    /** Closes the vote: the entitled delegates and named votes are stored, the result is final. */
    @Transactional
    public Tally close(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        session(council, sessionId);
        AgendaItem item = motion(council, sessionId, itemId, CouncilSessionRepository.Lock.UPDATE);
        if (item.voteState() != VoteState.OPEN) {
            throw new BusinessRuleException(
                    item.voteState() == VoteState.CLOSED ? "sessions.vote.closed" : "sessions.vote.notOpen");
        }
        List<Delegate> entitled = roll.fresh(council);
        votes.keepOnly(itemId, entitled.stream().map(d -> d.id().value()).toList());
        entitled.forEach(d -> votes.entitle(council, itemId, d.id().value(), d.fullName()));
        VoteRepository.Counts counts = votes.counts(itemId);
        Tally tally = Tally.of(
                VoteState.CLOSED, item.majority(), counts.yes(), counts.no(), counts.abstain(), entitled.size());
        return finish(item, VoteMode.ELECTRONIC, tally);
    }

    /** Enters the result of a show of hands for a motion not voted electronically. */
    @Transactional
    public Tally recordAnalog(
            CouncilId council,
            SessionId sessionId,
            AgendaItemId itemId,
            @Nullable Integer yes,
            @Nullable Integer no,
            @Nullable Integer abstain) {
        CouncilSession session = session(council, sessionId);
        if (session.state() != SessionState.IN_PROGRESS) {
            throw new BusinessRuleException("sessions.vote.sessionNotInProgress");
        }
        AgendaItem item = motion(council, sessionId, itemId, CouncilSessionRepository.Lock.UPDATE);
        if (item.voteState() != VoteState.NONE) {
            throw new BusinessRuleException("sessions.vote.alreadyOpened");
        }
        List<Delegate> entitled = roll.fresh(council);
        var problems = new InvalidInputException.Collector();
        count(problems, "yes", yes);
        count(problems, "no", no);
        count(problems, "abstain", abstain);
        problems.throwIfAny();
        if (yes + no + abstain > entitled.size()) {
            throw InvalidInputException.of("yes", "sessions.vote.analog.tooMany", entitled.size());
        }
        entitled.forEach(d -> votes.entitle(council, itemId, d.id().value(), d.fullName()));
        return finish(
                item, VoteMode.ANALOG, Tally.of(VoteState.CLOSED, item.majority(), yes, no, abstain, entitled.size()));
    }

    /**
     * The tally as anyone who may see the session sees it: live while open, final once closed.
     * Runs its own transactions (call it outside one, or in the staff scope).
     */
    public Tally tally(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        AgendaItem item = readOnly.execute(status -> {
            session(council, sessionId);
            return motion(council, sessionId, itemId, CouncilSessionRepository.Lock.NONE);
        });
        return item.result() != null ? item.result() : liveTally(item);
    }

    /** Named votes: published once the vote is closed; staff see them while it is open. */
    @Transactional(readOnly = true)
    public List<NamedVote> namedVotes(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        session(council, sessionId);
        motion(council, sessionId, itemId, CouncilSessionRepository.Lock.NONE);
        return votes.ballots(itemId).stream()
                .map(b -> new NamedVote(b.delegateId(), b.delegateName(), b.choice(), b.castAt()))
                .toList();
    }

    /** Who was entitled when the vote closed. */
    @Transactional(readOnly = true)
    public List<String> entitled(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        session(council, sessionId);
        return votes.entitled(itemId);
    }

    /** The signed-in delegate's current vote on an item, if any. */
    @Transactional(readOnly = true)
    public @Nullable VoteChoice choiceOf(CouncilId council, AgendaItemId itemId, UUID userId) {
        return roll.ofUser(council, userId)
                .flatMap(d -> votes.choiceOf(itemId, d.id().value()))
                .orElse(null);
    }

    private Tally finish(AgendaItem item, VoteMode mode, Tally tally) {
        Instant now = Instant.now();
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
                item.majority(),
                mode,
                tally.yes(),
                tally.no(),
                tally.abstain(),
                tally.totalDelegates(),
                tally.passed(),
                now,
                session.isPublic()));
        events.publishEvent(audit(council, item.id(), "closed")
                .with("mode", mode)
                .with("yes", tally.yes())
                .with("no", tally.no())
                .with("abstain", tally.abstain())
                .with("totalDelegates", tally.totalDelegates())
                .with("passed", tally.passed()));
        afterCommit(council, item.session());
        return tally;
    }

    private Tally liveTally(AgendaItem item) {
        VoteRepository.Counts counts = counts(item);
        return Tally.of(
                item.voteState(),
                item.majority(),
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
        if (Tenancy.current() instanceof TenantScope.StaffCouncil
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return votes.counts(item.id());
        }
        return Tenancy.call(
                new TenantScope.StaffCouncil(item.council()), () -> readOnly.execute(s -> votes.counts(item.id())));
    }

    private void afterCommit(CouncilId council, SessionId session) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    live.changed(council, session);
                }
            });
        } else {
            live.changed(council, session);
        }
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

    private static void count(InvalidInputException.Collector problems, String field, @Nullable Integer value) {
        if (value == null) {
            problems.add(field, "sessions.vote.analog.required");
        } else if (value < 0) {
            problems.add(field, "sessions.vote.analog.negative");
        }
    }

    private static AuditEvent audit(CouncilId council, AgendaItemId item, String verb) {
        return AuditEvent.of(council, "sessions.vote." + verb, "agendaItem", item);
    }
}
