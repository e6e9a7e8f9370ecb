package vn.hdndso.sessions.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Speaker;
import vn.hdndso.sessions.SpeakersList;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The speakers' list on the session's live stream: event {@code speakers} with who has the floor
 * and who waits, sent after each change is committed.
 */
@Component
class SpeakersLive {

    /** What is pushed: names and items only (the list is public once the session is). */
    record Pushed(@Nullable Line current, List<Line> queue, int done) {}

    record Line(
            String id,
            String delegateName,
            String item,
            @Nullable String startedAt) {
        static Line of(Speaker s) {
            return new Line(
                    s.id().toString(),
                    s.delegateName(),
                    s.item().toString(),
                    s.startedAt() == null ? null : s.startedAt().toString());
        }
    }

    private final LiveTallies live;
    private final SpeakersList speakers;
    private final TransactionTemplate readOnly;
    private final JsonMapper json = JsonMapper.builder().build();

    SpeakersLive(LiveTallies live, @Lazy SpeakersList speakers, TransactionTemplate transactions) {
        this.live = live;
        this.speakers = speakers;
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
        live.alsoSend("speakers", key -> read(key.council(), key.session()));
    }

    /** The list changed; viewers hear of it once the transaction commits. */
    void changed(CouncilId council, SessionId session) {
        live.changed(council, session);
    }

    private String read(CouncilId council, SessionId session) {
        return Tenancy.call(
                new TenantScope.StaffCouncil(council),
                () -> readOnly.execute(status -> {
                    try {
                        SpeakersList.Board board = speakers.board(council, session);
                        return json.writeValueAsString(new Pushed(
                                board.current() == null ? null : Line.of(board.current()),
                                board.queue().stream().map(Line::of).toList(),
                                board.done().size()));
                    } catch (NotFoundException e) {
                        return "{}";
                    }
                }));
    }
}
