package vn.hdndso.sessions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.SessionChange;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;

/** A session's change history, item removal and where its recording starts, in SQL. */
@Repository
class SessionChangeRepository {

    private final JdbcClient jdbc;

    SessionChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(CouncilId council, SessionId session, SessionChange change) {
        jdbc.sql("""
                        insert into session_change (id, council_id, session_id, kind, reason, previous_starts_at,
                          new_starts_at, summary, changed_by, changed_at)
                        values (:id, :council, :session, :kind, :reason, :previous, :next, :summary, :by, :at)""")
                .param("id", UUID.randomUUID())
                .param("council", council.value())
                .param("session", session.value())
                .param("kind", change.kind().name())
                .param("reason", change.reason())
                .param("previous", timestamp(change.previousStart()))
                .param("next", timestamp(change.newStart()))
                .param("summary", change.summary())
                .param("by", change.changedBy())
                .param("at", Timestamp.from(change.changedAt()))
                .update();
    }

    List<SessionChange> history(CouncilId council, SessionId session) {
        return jdbc.sql("""
                        select kind, reason, previous_starts_at, new_starts_at, summary, changed_by, changed_at
                        from session_change where council_id = :c and session_id = :s order by changed_at, id""")
                .param("c", council.value())
                .param("s", session.value())
                .query(SessionChangeRepository::change)
                .list();
    }

    /** Removes an item (its ballots, entitlements and speakers' requests go with it). */
    void deleteItem(SessionId session, AgendaItemId item) {
        jdbc.sql("delete from agenda_item where session_id = :s and id = :id")
                .param("s", session.value())
                .param("id", item.value())
                .update();
    }

    /** Where the session's recording starts; null when not known. */
    @Nullable
    Instant recordingStart(SessionId session) {
        return jdbc.sql("select recording_started_at from council_session where id = :s"
                        + " and recording_started_at is not null")
                .param("s", session.value())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
    }

    /** Sets where the recording starts; {@code onlyIfUnset}: keeps a start set earlier. */
    void setRecordingStart(SessionId session, @Nullable Instant at, boolean onlyIfUnset) {
        jdbc.sql("update council_session set recording_started_at = :at where id = :s"
                        + (onlyIfUnset ? " and recording_started_at is null" : ""))
                .param("s", session.value())
                .param("at", timestamp(at))
                .update();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static SessionChange change(ResultSet rs, int row) throws SQLException {
        return new SessionChange(
                SessionChange.Kind.valueOf(rs.getString("kind")),
                rs.getString("reason"),
                instant(rs, "previous_starts_at"),
                instant(rs, "new_starts_at"),
                rs.getString("summary"),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
