package vn.hdndso.sessions.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.LiveSessions;
import vn.hdndso.sessions.Quorum;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** The module's {@link LiveSessions}: reads the state that {@link LiveTallies} pushes. */
@Service
class SessionBroadcast implements LiveSessions {

    private final CouncilSessionRepository sessions;
    private final VoteRepository votes;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final TransactionTemplate readOnly;
    private final JsonMapper json = JsonMapper.builder().build();

    SessionBroadcast(
            CouncilSessionRepository sessions,
            VoteRepository votes,
            DelegateRoll roll,
            LiveTallies live,
            TransactionTemplate transactions) {
        this.sessions = sessions;
        this.votes = votes;
        this.roll = roll;
        this.live = live;
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
        live.readWith(key -> read(key.council(), key.session()));
    }

    @Override
    public LiveState state(CouncilId council, SessionId id) {
        CouncilSession session =
                sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
        int total = roll.recent(council).size();
        int present = votes.present(id).size();
        List<LiveItem> motions = sessions.items(council, id).stream()
                .filter(AgendaItem::motion)
                .map(item -> {
                    Tally t = item.result();
                    if (t == null) {
                        VoteRepository.Counts c = item.voteState() == VoteState.OPEN
                                ? votes.counts(item.id())
                                : new VoteRepository.Counts(0, 0, 0);
                        t = Tally.of(item.voteState(), item.requiredMajority(), c.yes(), c.no(), c.abstain(), total);
                    }
                    return new LiveItem(
                            item.id().toString(),
                            item.number(),
                            item.title(),
                            item.voteState().name(),
                            t.yes(),
                            t.no(),
                            t.abstain(),
                            t.notVoted(),
                            t.totalDelegates(),
                            t.passed(),
                            t.needed());
                })
                .toList();
        return new LiveState(
                id.toString(), session.state().name(), present, total, new Quorum(present, total).reached(), motions);
    }

    @Override
    public SseEmitter watch(CouncilId council, SessionId id, @Nullable String lastEventId) {
        readOnly.executeWithoutResult(
                status -> sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id)));
        return live.watch(council, id, lastEventId);
    }

    /**
     * The state as pushed, read by the module itself in the council's staff scope: the counts of
     * an open vote come from ballots that stay private until the vote closes (row-level security);
     * only the aggregate numbers leave, and only to those who may see the session.
     */
    private String read(CouncilId council, SessionId id) {
        return Tenancy.call(new TenantScope.StaffCouncil(council), () -> readOnly.execute(status -> json(council, id)));
    }

    private String json(CouncilId council, SessionId id) {
        try {
            return json.writeValueAsString(state(council, id));
        } catch (NotFoundException e) {
            return "{}";
        }
    }
}
