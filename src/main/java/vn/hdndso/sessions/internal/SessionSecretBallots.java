package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Delegate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.BallotKind;
import vn.hdndso.sessions.BallotPaper;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.SecretBallot;
import vn.hdndso.sessions.SecretBallots;
import vn.hdndso.sessions.SecretResult;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** The module's {@link SecretBallots}: define, open, cast once, close, count. */
@Service
class SessionSecretBallots implements SecretBallots {

    static final int MAX_CANDIDATES = 100;

    private final CouncilSessionRepository sessions;
    private final SecretBallotRepository ballots;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final CountingReport report;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate staffRead;
    private final Clock clock;

    SessionSecretBallots(
            CouncilSessionRepository sessions,
            SecretBallotRepository ballots,
            DelegateRoll roll,
            LiveTallies live,
            CountingReport report,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.sessions = sessions;
        this.ballots = ballots;
        this.roll = roll;
        this.live = live;
        this.report = report;
        this.events = events;
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
        // the staff's rows are read in a transaction of their own, opened in the staff scope
        this.staffRead = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.staffRead.setReadOnly(true);
        this.staffRead.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    @Transactional
    public SecretBallot define(CouncilId council, SessionId sessionId, AgendaItemId itemId, NewSecretBallot ballot) {
        CouncilSession session = session(council, sessionId);
        if (session.isClosed()) {
            throw new BusinessRuleException("sessions.closed");
        }
        AgendaItem item = sessions.lockItem(council, sessionId, itemId, CouncilSessionRepository.Lock.UPDATE)
                .orElseThrow(() -> new NotFoundException("sessions.item.notFound", itemId));
        var problems = new InvalidInputException.Collector();
        BallotKind kind = ballot.kind();
        if (kind == null) {
            problems.add("kind", "votes.define.kind");
        }
        List<SecretBallot.Candidate> candidates = candidates(ballot.candidates(), problems);
        int seats = ballot.seats() == null ? 1 : ballot.seats();
        if (kind == BallotKind.MOTION && !item.motion()) {
            problems.add("kind", "votes.define.motionNeeded");
        }
        if (kind != null && kind != BallotKind.MOTION && candidates.isEmpty()) {
            problems.add("candidates", "votes.define.candidatesNeeded");
        }
        if (kind == BallotKind.ELECTION && (seats < 1 || seats > Math.max(1, candidates.size()))) {
            problems.add("seats", "votes.define.seats", candidates.size());
        }
        problems.throwIfAny();
        if (item.voteState() != VoteState.NONE || ballots.exists(itemId)) {
            throw new BusinessRuleException("kind", "votes.define.already");
        }
        BallotKind defined = Objects.requireNonNull(kind, "checked");
        ballots.insert(
                council,
                sessionId,
                itemId,
                defined,
                defined == BallotKind.ELECTION ? seats : 1,
                defined == BallotKind.MOTION ? List.of() : candidates,
                CurrentUser.describe());
        events.publishEvent(
                audit(council, itemId, "defined").with("kind", defined).with("candidates", candidates.size()));
        changed(council, session);
        return view(council, sessionId, itemId);
    }

    @Override
    @Transactional
    public SecretBallot open(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        CouncilSession session = session(council, sessionId);
        session.state().requireInProgressForVote();
        SecretBallotRepository.Row row = lock(council, sessionId, itemId);
        row.state().requireNotOpened();
        ballots.open(itemId, Instant.now(clock));
        events.publishEvent(audit(council, itemId, "opened").with("kind", row.kind()));
        changed(council, session);
        return view(council, sessionId, itemId);
    }

    @Override
    @Transactional
    public SecretBallot cast(
            CouncilId council, SessionId sessionId, AgendaItemId itemId, UUID userId, BallotPaper paper) {
        CouncilSession session = session(council, sessionId);
        // one ballot at a time per item: the papers are rewritten in a new order each time
        SecretBallotRepository.Row row = lock(council, sessionId, itemId);
        Delegate delegate = roll.ofUser(council, userId).orElseThrow(() -> new AccessDeniedException("not a delegate"));
        row.state().requireOpen();
        paper.check(
                row.kind(),
                row.seats(),
                ballots.candidates(itemId).stream()
                        .map(SecretBallot.Candidate::id)
                        .toList());
        if (!ballots.markVoted(council, itemId, delegate.id().value(), delegate.fullName())) {
            throw new BusinessRuleException("votes.cast.already");
        }
        ballots.addPaper(council, itemId, paper.marks(row.kind()));
        // the audit trail says who took part, never what their paper says
        events.publishEvent(audit(council, itemId, "cast").with("delegate", delegate.fullName()));
        changed(council, session);
        return view(council, sessionId, itemId);
    }

    @Override
    @Transactional
    public SecretBallot close(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        CouncilSession session = session(council, sessionId);
        SecretBallotRepository.Row row = lock(council, sessionId, itemId);
        row.state().requireOpen();
        int entitled = roll.fresh(council).size();
        ballots.close(itemId, Instant.now(clock), entitled);
        SecretBallot closed = view(council, sessionId, itemId);
        SecretResult result = Objects.requireNonNull(closed.result(), "closed");
        events.publishEvent(audit(council, itemId, "closed")
                .with("kind", row.kind())
                .with("entitled", entitled)
                .with("papers", result.papers()));
        changed(council, session);
        return closed;
    }

    @Override
    public Optional<SecretBallot> find(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        // the ballot as the caller may see it, then what only the staff's rows tell, counted apart
        Optional<Stored> stored = Objects.requireNonNull(readOnly.execute(status -> {
            session(council, sessionId);
            return ballots.find(council, sessionId, itemId, false)
                    .map(row -> new Stored(row, ballots.candidates(row.itemId())));
        }));
        return stored.map(s -> view(council, s));
    }

    @Override
    public List<SecretBallot> ofSession(CouncilId council, SessionId sessionId) {
        List<Stored> stored =
                Objects.requireNonNull(readOnly.execute(status -> ballots.ofSession(council, sessionId).stream()
                        .map(row -> new Stored(row, ballots.candidates(row.itemId())))
                        .toList()));
        return stored.stream().map(s -> view(council, s)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasVoted(CouncilId council, AgendaItemId itemId, UUID userId) {
        return roll.ofUser(council, userId)
                .map(d -> ballots.hasVoted(itemId, d.id().value()))
                .orElse(false);
    }

    @Override
    public byte[] countingReport(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        SecretBallot ballot =
                find(council, sessionId, itemId).orElseThrow(() -> new NotFoundException("votes.notFound", itemId));
        if (!ballot.isClosed()) {
            throw new BusinessRuleException("votes.report.notYet");
        }
        return Objects.requireNonNull(readOnly.execute(status -> report.pdf(council, sessionId, ballot)));
    }

    /** A ballot row with its candidates, as the caller's scope reads them. */
    private record Stored(SecretBallotRepository.Row row, List<SecretBallot.Candidate> candidates) {}

    /** What only the staff's rows tell: how many have voted, the roll, the papers once closed. */
    private record Counted(
            int voted,
            int roll,
            List<String> papers,
            @Nullable Majority majority) {}

    /** Inside a write (the staff's own transaction). */
    private SecretBallot view(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        SecretBallotRepository.Row row = ballots.find(council, sessionId, itemId, false)
                .orElseThrow(() -> new NotFoundException("votes.notFound", itemId));
        return view(council, new Stored(row, ballots.candidates(itemId)));
    }

    /**
     * The ballot as anyone who may see it sees it. Who has voted and the papers are the staff's
     * (row-level security): the module reads them itself in the council's staff scope, and only the
     * number of voters and, once closed, the counted result leave.
     */
    private SecretBallot view(CouncilId council, Stored stored) {
        SecretBallotRepository.Row row = stored.row();
        Counted counted = staff(council, () -> counted(council, row));
        Integer entitled = row.entitled();
        SecretResult result = null;
        if (row.state() == VoteState.CLOSED && entitled != null) {
            List<BallotPaper> papers = counted.papers().stream()
                    .map(marks -> BallotPaper.of(row.kind(), marks))
                    .toList();
            result = SecretResult.count(
                    row.kind(), row.seats(), counted.majority(), entitled, stored.candidates(), papers);
        }
        return new SecretBallot(
                row.itemId(),
                row.sessionId(),
                row.kind(),
                row.seats(),
                row.state(),
                stored.candidates(),
                entitled != null ? entitled : counted.roll(),
                counted.voted(),
                row.openedAt(),
                row.closedAt(),
                result);
    }

    private Counted counted(CouncilId council, SecretBallotRepository.Row row) {
        boolean closed = row.state() == VoteState.CLOSED;
        Majority majority = closed
                ? sessions.item(council, row.sessionId(), row.itemId())
                        .map(AgendaItem::majority)
                        .orElse(null)
                : null;
        return new Counted(
                ballots.voters(row.itemId()),
                closed ? 0 : roll.recent(council).size(),
                closed ? ballots.papers(row.itemId()) : List.of(),
                majority);
    }

    /** Runs {@code read} in the council's staff scope: in the caller's transaction when a write holds one. */
    private <T> T staff(CouncilId council, java.util.function.Supplier<T> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return read.get();
        }
        return Tenancy.call(
                new TenantScope.StaffCouncil(council),
                () -> Objects.requireNonNull(staffRead.execute(s -> read.get())));
    }

    private static List<SecretBallot.Candidate> candidates(
            @Nullable List<NewCandidate> given, InvalidInputException.Collector problems) {
        List<SecretBallot.Candidate> candidates = new ArrayList<>();
        if (given == null) {
            return candidates;
        }
        if (given.size() > MAX_CANDIDATES) {
            problems.add("candidates", "votes.define.tooManyCandidates", MAX_CANDIDATES);
            return candidates;
        }
        for (NewCandidate c : given) {
            String name = c == null || c.fullName() == null ? "" : VnText.normalize(c.fullName());
            String office = c == null || c.office() == null ? "" : VnText.normalize(c.office());
            if (name.isEmpty() || name.length() > 200 || office.length() > 300) {
                problems.add("candidates", "votes.define.candidateName");
                continue;
            }
            candidates.add(new SecretBallot.Candidate(
                    UUID.randomUUID(), candidates.size() + 1, name, office.isEmpty() ? null : office));
        }
        return candidates;
    }

    private SecretBallotRepository.Row lock(CouncilId council, SessionId sessionId, AgendaItemId itemId) {
        return ballots.find(council, sessionId, itemId, true)
                .orElseThrow(() -> new NotFoundException("votes.notFound", itemId));
    }

    private CouncilSession session(CouncilId council, SessionId id) {
        return sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    private void changed(CouncilId council, CouncilSession session) {
        if (session.isPublic()) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        }
        live.changed(council, session.id());
    }

    private static AuditEvent audit(CouncilId council, AgendaItemId item, String verb) {
        return AuditEvent.of(council, "sessions.secretBallot." + verb, "agendaItem", item);
    }
}
