package vn.hdndso.sessions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.Amendment;
import vn.hdndso.sessions.AmendmentState;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.CouncilId;

/** Amendments, in SQL. Row-level security scopes every query. */
@Repository
class AmendmentRepository {

    private static final String COLUMNS = """
            id, council_id, session_id, motion_item_id, number, text, delegate_id, delegate_name, proposed_at,
            state, vote_item_id, decided_by, decided_at""";

    private final JdbcClient jdbc;

    AmendmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Amendment a) {
        jdbc.sql("""
                        insert into amendment (id, council_id, session_id, motion_item_id, number, text, delegate_id,
                          delegate_name, proposed_at, state)
                        values (:id, :council, :session, :motion, :number, :text, :delegate, :name, :at, :state)""")
                .param("id", a.id())
                .param("council", a.council().value())
                .param("session", a.session().value())
                .param("motion", a.motion().value())
                .param("number", a.number())
                .param("text", a.text())
                .param("delegate", a.delegateId())
                .param("name", a.delegateName())
                .param("at", Timestamp.from(a.proposedAt()))
                .param("state", a.state().name())
                .update();
    }

    void update(Amendment a) {
        jdbc.sql("""
                        update amendment set state = :state, vote_item_id = :item, decided_by = :by, decided_at = :at
                        where id = :id""")
                .param("id", a.id())
                .param("state", a.state().name())
                .param("item", a.voteItem() == null ? null : a.voteItem().value())
                .param("by", a.decidedBy())
                .param("at", a.decidedAt() == null ? null : Timestamp.from(a.decidedAt()))
                .update();
    }

    int nextNumber(AgendaItemId motion) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from amendment where motion_item_id = :m")
                .param("m", motion.value())
                .query(Integer.class)
                .single();
    }

    Optional<Amendment> find(CouncilId council, SessionId session, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from amendment where council_id = :c and session_id = :s and id = :id")
                .param("c", council.value())
                .param("s", session.value())
                .param("id", id)
                .query(AmendmentRepository::amendment)
                .optional();
    }

    List<Amendment> list(CouncilId council, SessionId session) {
        return jdbc.sql("""
                        select a.id, a.council_id, a.session_id, a.motion_item_id, a.number, a.text, a.delegate_id,
                          a.delegate_name, a.proposed_at, a.state, a.vote_item_id, a.decided_by, a.decided_at
                        from amendment a join agenda_item m on m.id = a.motion_item_id
                        where a.council_id = :c and a.session_id = :s order by m.number, a.number""")
                .param("c", council.value())
                .param("s", session.value())
                .query(AmendmentRepository::amendment)
                .list();
    }

    /** Whether the item is itself an amendment put to the vote (amendments are not amended). */
    boolean isAmendmentVote(AgendaItemId item) {
        return jdbc.sql("select exists (select 1 from amendment where vote_item_id = :i)")
                .param("i", item.value())
                .query(Boolean.class)
                .single();
    }

    /** The vote states of a motion's admitted amendments. */
    List<VoteState> admittedVotes(AgendaItemId motion) {
        return jdbc.sql("""
                        select i.vote_state from amendment a join agenda_item i on i.id = a.vote_item_id
                        where a.motion_item_id = :m and a.state = 'ADMITTED'""")
                .param("m", motion.value())
                .query((rs, row) -> VoteState.valueOf(rs.getString(1)))
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Amendment amendment(ResultSet rs, int row) throws SQLException {
        UUID item = rs.getObject("vote_item_id", UUID.class);
        return new Amendment(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                new SessionId(rs.getObject("session_id", UUID.class)),
                new AgendaItemId(rs.getObject("motion_item_id", UUID.class)),
                rs.getInt("number"),
                rs.getString("text"),
                rs.getObject("delegate_id", UUID.class),
                rs.getString("delegate_name"),
                rs.getTimestamp("proposed_at").toInstant(),
                AmendmentState.valueOf(rs.getString("state")),
                item == null ? null : new AgendaItemId(item),
                rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }
}
