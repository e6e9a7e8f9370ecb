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
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.SessionState;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteMode;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.shared.CouncilId;

/** Sessions and their agenda items, in SQL. Row-level security scopes every query. */
@Repository
class CouncilSessionRepository {

    private static final String SESSION_COLUMNS = """
            id, council_id, title, kind, starts_at, place, online_url, livestream_url, recording_url, state, demo,
            convened_at, closed_at""";

    private static final String ITEM_COLUMNS = """
            id, council_id, session_id, number, title, motion, majority, document_id, vote_state, vote_mode,
            vote_opened_at, vote_closed_at, yes_count, no_count, abstain_count, entitled_count, passed,
            resolution_id, recording_offset""";

    private final JdbcClient jdbc;

    CouncilSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CouncilSession s, String createdBy) {
        jdbc.sql("""
                        insert into council_session (id, council_id, title, kind, starts_at, place, online_url,
                          livestream_url, state, demo, created_by)
                        values (:id, :council, :title, :kind, :startsAt, :place, :online, :live, :state, :demo, :by)""")
                .param("id", s.id().value())
                .param("council", s.council().value())
                .param("title", s.title())
                .param("kind", s.kind().name())
                .param("startsAt", Timestamp.from(s.startsAt()))
                .param("place", s.place())
                .param("online", s.onlineUrl())
                .param("live", s.livestreamUrl())
                .param("state", s.state().name())
                .param("demo", s.demo())
                .param("by", createdBy)
                .update();
    }

    public void update(CouncilSession s) {
        jdbc.sql("""
                        update council_session set title = :title, kind = :kind, starts_at = :startsAt, place = :place,
                          online_url = :online, livestream_url = :live, recording_url = :recording, state = :state,
                          convened_at = :convenedAt, closed_at = :closedAt
                        where id = :id""")
                .param("id", s.id().value())
                .param("title", s.title())
                .param("kind", s.kind().name())
                .param("startsAt", Timestamp.from(s.startsAt()))
                .param("place", s.place())
                .param("online", s.onlineUrl())
                .param("live", s.livestreamUrl())
                .param("recording", s.recordingUrl())
                .param("state", s.state().name())
                .param("convenedAt", timestamp(s.convenedAt()))
                .param("closedAt", timestamp(s.closedAt()))
                .update();
    }

    public Optional<CouncilSession> find(CouncilId council, SessionId id) {
        return jdbc.sql("select " + SESSION_COLUMNS + " from council_session where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", id.value())
                .query(CouncilSessionRepository::session)
                .optional();
    }

    public Optional<CouncilSession> lock(CouncilId council, SessionId id) {
        return jdbc.sql("select " + SESSION_COLUMNS
                        + " from council_session where council_id = :c and id = :id for update")
                .param("c", council.value())
                .param("id", id.value())
                .query(CouncilSessionRepository::session)
                .optional();
    }

    public List<CouncilSession> list(CouncilId council) {
        return jdbc.sql("select " + SESSION_COLUMNS + " from council_session where council_id = :c"
                        + " order by starts_at desc, title")
                .param("c", council.value())
                .query(CouncilSessionRepository::session)
                .list();
    }

    public boolean existsDemo(CouncilId council) {
        return jdbc.sql("select exists (select 1 from council_session where council_id = :c and demo)")
                .param("c", council.value())
                .query(Boolean.class)
                .single();
    }

    public void insertItem(AgendaItem item) {
        jdbc.sql("""
                        insert into agenda_item (id, council_id, session_id, number, title, motion, majority, document_id)
                        values (:id, :council, :session, :number, :title, :motion, :majority, :document)""")
                .param("id", item.id().value())
                .param("council", item.council().value())
                .param("session", item.session().value())
                .param("number", item.number())
                .param("title", item.title())
                .param("motion", item.motion())
                .param(
                        "majority",
                        item.majority() == null ? null : item.majority().name())
                .param("document", item.documentId())
                .update();
    }

    public int nextNumber(SessionId session) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from agenda_item where session_id = :s")
                .param("s", session.value())
                .query(Integer.class)
                .single();
    }

    public List<AgendaItem> items(CouncilId council, SessionId session) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from agenda_item where council_id = :c and session_id = :s"
                        + " order by number")
                .param("c", council.value())
                .param("s", session.value())
                .query(CouncilSessionRepository::item)
                .list();
    }

    public Optional<AgendaItem> item(CouncilId council, SessionId session, AgendaItemId id) {
        return jdbc.sql("select " + ITEM_COLUMNS
                        + " from agenda_item where council_id = :c and session_id = :s and id = :id")
                .param("c", council.value())
                .param("s", session.value())
                .param("id", id.value())
                .query(CouncilSessionRepository::item)
                .optional();
    }

    /** How a read locks an item: not, shared (many voters at once), exclusively (open, close). */
    public enum Lock {
        NONE,
        SHARE,
        UPDATE
    }

    /** The item, locked as asked: ballots share the lock, so a close waits for them and they for it. */
    public Optional<AgendaItem> lockItem(CouncilId council, SessionId session, AgendaItemId id, Lock lock) {
        return jdbc.sql("select " + ITEM_COLUMNS
                        + " from agenda_item where council_id = :c and session_id = :s and id = :id"
                        + switch (lock) {
                            case NONE -> "";
                            case SHARE -> " for share";
                            case UPDATE -> " for update";
                        })
                .param("c", council.value())
                .param("s", session.value())
                .param("id", id.value())
                .query(CouncilSessionRepository::item)
                .optional();
    }

    /** Moves the items to the numbers 1..n in the given order (two steps: the numbers are unique). */
    public void renumber(SessionId session, List<AgendaItemId> order) {
        jdbc.sql("update agenda_item set number = number + 100000 where session_id = :s")
                .param("s", session.value())
                .update();
        int number = 1;
        for (AgendaItemId id : order) {
            jdbc.sql("update agenda_item set number = :n where session_id = :s and id = :id")
                    .param("n", number++)
                    .param("s", session.value())
                    .param("id", id.value())
                    .update();
        }
    }

    public void openVote(AgendaItemId id, Instant at) {
        jdbc.sql("update agenda_item set vote_state = 'OPEN', vote_mode = 'ELECTRONIC', vote_opened_at = :at"
                        + " where id = :id")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    public void closeVote(AgendaItemId id, VoteMode mode, Tally tally, Instant at) {
        jdbc.sql("""
                        update agenda_item set vote_state = 'CLOSED', vote_mode = :mode, vote_closed_at = :at,
                          vote_opened_at = coalesce(vote_opened_at, :at), yes_count = :yes, no_count = :no,
                          abstain_count = :abstain, entitled_count = :total, passed = :passed
                        where id = :id""")
                .param("id", id.value())
                .param("mode", mode.name())
                .param("at", Timestamp.from(at))
                .param("yes", tally.yes())
                .param("no", tally.no())
                .param("abstain", tally.abstain())
                .param("total", tally.totalDelegates())
                .param("passed", tally.passed())
                .update();
    }

    public void setResolution(AgendaItemId id, UUID resolution) {
        jdbc.sql("update agenda_item set resolution_id = :r where id = :id")
                .param("id", id.value())
                .param("r", resolution)
                .update();
    }

    public void setRecordingOffset(AgendaItemId id, @Nullable Integer seconds) {
        jdbc.sql("update agenda_item set recording_offset = :o where id = :id")
                .param("id", id.value())
                .param("o", seconds)
                .update();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static CouncilSession session(ResultSet rs, int row) throws SQLException {
        return new CouncilSession(
                new SessionId(rs.getObject("id", UUID.class)),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("title"),
                SessionKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getString("place"),
                rs.getString("online_url"),
                rs.getString("livestream_url"),
                rs.getString("recording_url"),
                SessionState.valueOf(rs.getString("state")),
                rs.getBoolean("demo"),
                instant(rs, "convened_at"),
                instant(rs, "closed_at"));
    }

    private static AgendaItem item(ResultSet rs, int row) throws SQLException {
        String majority = rs.getString("majority");
        String mode = rs.getString("vote_mode");
        VoteState state = VoteState.valueOf(rs.getString("vote_state"));
        Tally result = null;
        if (state == VoteState.CLOSED && majority != null) {
            result = Tally.of(
                    state,
                    Majority.valueOf(majority),
                    rs.getInt("yes_count"),
                    rs.getInt("no_count"),
                    rs.getInt("abstain_count"),
                    rs.getInt("entitled_count"));
        }
        Integer offset = rs.getObject("recording_offset", Integer.class);
        return new AgendaItem(
                new AgendaItemId(rs.getObject("id", UUID.class)),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                new SessionId(rs.getObject("session_id", UUID.class)),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getBoolean("motion"),
                majority == null ? null : Majority.valueOf(majority),
                rs.getObject("document_id", UUID.class),
                state,
                mode == null ? null : VoteMode.valueOf(mode),
                instant(rs, "vote_opened_at"),
                instant(rs, "vote_closed_at"),
                result,
                rs.getObject("resolution_id", UUID.class),
                offset);
    }
}
