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
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Speaker;
import vn.hdndso.sessions.SpeakerState;
import vn.hdndso.shared.CouncilId;

/** Requests to speak, in SQL. Row-level security scopes every query. */
@Repository
class SpeakerRepository {

    private static final String COLUMNS = """
            r.id, r.council_id, r.session_id, r.item_id, i.number as item_number, r.delegate_id, r.delegate_name,
            r.position, r.state, r.requested_at, r.started_at, r.ended_at""";

    private static final String FROM = " from speaker_request r join agenda_item i on i.id = r.item_id";

    private final JdbcClient jdbc;

    SpeakerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Speaker s) {
        jdbc.sql("""
                        insert into speaker_request (id, council_id, session_id, item_id, delegate_id, delegate_name,
                          position, state, requested_at)
                        values (:id, :council, :session, :item, :delegate, :name, :position, :state, :at)""")
                .param("id", s.id())
                .param("council", s.council().value())
                .param("session", s.session().value())
                .param("item", s.item().value())
                .param("delegate", s.delegateId())
                .param("name", s.delegateName())
                .param("position", s.position())
                .param("state", s.state().name())
                .param("at", Timestamp.from(s.requestedAt()))
                .update();
    }

    void update(Speaker s) {
        jdbc.sql("""
                        update speaker_request set position = :position, state = :state, started_at = :started,
                          ended_at = :ended
                        where id = :id""")
                .param("id", s.id())
                .param("position", s.position())
                .param("state", s.state().name())
                .param("started", timestamp(s.startedAt()))
                .param("ended", timestamp(s.endedAt()))
                .update();
    }

    int nextPosition(SessionId session) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from speaker_request where session_id = :s")
                .param("s", session.value())
                .query(Integer.class)
                .single();
    }

    Optional<Speaker> find(CouncilId council, SessionId session, UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.council_id = :c and r.session_id = :s and r.id = :id")
                .param("c", council.value())
                .param("s", session.value())
                .param("id", id)
                .query(SpeakerRepository::speaker)
                .optional();
    }

    /** Every request of the session, in queue order. */
    List<Speaker> all(CouncilId council, SessionId session) {
        return jdbc.sql("select " + COLUMNS + FROM + " where r.council_id = :c and r.session_id = :s"
                        + " order by r.position, r.requested_at")
                .param("c", council.value())
                .param("s", session.value())
                .query(SpeakerRepository::speaker)
                .list();
    }

    boolean waiting(AgendaItemId item, UUID delegate) {
        return jdbc.sql("select exists (select 1 from speaker_request where item_id = :i and delegate_id = :d"
                        + " and state = 'WAITING')")
                .param("i", item.value())
                .param("d", delegate)
                .query(Boolean.class)
                .single();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Speaker speaker(ResultSet rs, int row) throws SQLException {
        return new Speaker(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                new SessionId(rs.getObject("session_id", UUID.class)),
                new AgendaItemId(rs.getObject("item_id", UUID.class)),
                rs.getInt("item_number"),
                rs.getObject("delegate_id", UUID.class),
                rs.getString("delegate_name"),
                rs.getInt("position"),
                SpeakerState.valueOf(rs.getString("state")),
                rs.getTimestamp("requested_at").toInstant(),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                null);
    }
}
