package vn.hdndso.sessions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.sessions.internal.CouncilSessionRepository;
import vn.hdndso.sessions.internal.DelegateRoll;
import vn.hdndso.sessions.internal.LiveTallies;
import vn.hdndso.sessions.internal.VoteRepository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The live state of a session (quorum and every motion's tally) and its server-sent event
 * stream. What is pushed is public information once the session is convened, so one stream
 * serves the projector, the delegates' phones and the public page alike.
 */
@Service
public class LiveSessions {

    private final CouncilSessionRepository sessions;
    private final VoteRepository votes;
    private final DelegateRoll roll;
    private final LiveTallies live;
    private final TransactionTemplate readOnly;
    private final JsonMapper json = JsonMapper.builder().build();

    LiveSessions(
            CouncilSessionRepository sessions,
            VoteRepository votes,
            DelegateRoll roll,
            LiveTallies live,
            TransactionTemplate transactions) {
        this.sessions = sessions;
        this.votes = votes;
        this.roll = roll;
        this.live = live;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        live.readWith(key -> read(key.council(), key.session()));
    }

    /** A motion's vote as pushed live. */
    public record LiveItem(
            String id,
            int number,
            String title,
            String voteState,
            int yes,
            int no,
            int abstain,
            int notVoted,
            int totalDelegates,
            boolean passed,
            int needed) {}

    /** The whole live state of a session. */
    public record LiveState(
            String session, String state, int present, int totalDelegates, boolean quorum, List<LiveItem> motions) {}

    /** The current state, in the caller's scope (inside a transaction). */
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
                        t = Tally.of(item.voteState(), item.majority(), c.yes(), c.no(), c.abstain(), total);
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
        return new LiveState(id.toString(), session.state().name(), present, total, 2 * present > total, motions);
    }

    /** Subscribes to a session's live state; 404 if the caller may not see the session. */
    public SseEmitter watch(CouncilId council, SessionId id) {
        readOnly.executeWithoutResult(
                status -> sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id)));
        return live.watch(council, id, read(council, id));
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
