package vn.hdndso.sessions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionPaper;
import vn.hdndso.shared.CouncilId;

/** A session's papers (notice, minutes), in SQL. Row-level security scopes every query. */
@Repository
class SessionPaperRepository {

    private final JdbcClient jdbc;

    SessionPaperRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SessionPaper> find(CouncilId council, SessionId session, SessionPaper.Kind kind, boolean lock) {
        return jdbc.sql("""
                        select session_id, kind, state, text, document_id, edited_by, edited_at, approved_by,
                          approved_at, signed_at, published_at
                        from session_paper where council_id = :c and session_id = :s and kind = :k""" + (lock ? " for update" : ""))
                .param("c", council.value())
                .param("s", session.value())
                .param("k", kind.name())
                .query(SessionPaperRepository::paper)
                .optional();
    }

    /** Stores the paper (inserted the first time, replaced after). */
    void save(CouncilId council, SessionPaper p) {
        jdbc.sql("""
                        insert into session_paper (council_id, session_id, kind, state, text, document_id, edited_by,
                          edited_at, approved_by, approved_at, signed_at, published_at)
                        values (:c, :s, :k, :state, :text, :doc, :editedBy, :editedAt, :approvedBy, :approvedAt,
                          :signedAt, :publishedAt)
                        on conflict (session_id, kind) do update set state = excluded.state, text = excluded.text,
                          document_id = excluded.document_id, edited_by = excluded.edited_by,
                          edited_at = excluded.edited_at, approved_by = excluded.approved_by,
                          approved_at = excluded.approved_at, signed_at = excluded.signed_at,
                          published_at = excluded.published_at""")
                .param("c", council.value())
                .param("s", p.session().value())
                .param("k", p.kind().name())
                .param("state", p.state().name())
                .param("text", p.text())
                .param("doc", p.documentId())
                .param("editedBy", p.editedBy())
                .param("editedAt", Timestamp.from(p.editedAt()))
                .param("approvedBy", p.approvedBy())
                .param("approvedAt", timestamp(p.approvedAt()))
                .param("signedAt", timestamp(p.signedAt()))
                .param("publishedAt", timestamp(p.publishedAt()))
                .update();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static SessionPaper paper(ResultSet rs, int row) throws SQLException {
        return new SessionPaper(
                new SessionId(rs.getObject("session_id", UUID.class)),
                SessionPaper.Kind.valueOf(rs.getString("kind")),
                SessionPaper.State.valueOf(rs.getString("state")),
                rs.getString("text"),
                rs.getObject("document_id", UUID.class),
                rs.getString("edited_by"),
                rs.getTimestamp("edited_at").toInstant(),
                rs.getString("approved_by"),
                instant(rs, "approved_at"),
                instant(rs, "signed_at"),
                instant(rs, "published_at"));
    }
}
