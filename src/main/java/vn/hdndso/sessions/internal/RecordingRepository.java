package vn.hdndso.sessions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;

/** Published recordings and uploads in progress. */
@Repository
class RecordingRepository {

    private final JdbcClient jdbc;

    RecordingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(String sha256, long size, String mediaType) {}

    public record Upload(UUID id, SessionId session, long totalSize, long received, String fileName) {}

    public Optional<Stored> find(SessionId session) {
        return jdbc.sql("select sha256, size, media_type from recording where session_id = :s")
                .param("s", session.value())
                .query((rs, n) -> new Stored(rs.getString("sha256"), rs.getLong("size"), rs.getString("media_type")))
                .optional();
    }

    public void publish(CouncilId council, SessionId session, Stored stored) {
        jdbc.sql("""
                        insert into recording (session_id, council_id, sha256, size, media_type)
                        values (:s, :c, :sha, :size, :type)
                        on conflict (session_id) do update set sha256 = excluded.sha256, size = excluded.size,
                          media_type = excluded.media_type, published_at = now()""")
                .param("s", session.value())
                .param("c", council.value())
                .param("sha", stored.sha256())
                .param("size", stored.size())
                .param("type", stored.mediaType())
                .update();
    }

    public void startUpload(CouncilId council, SessionId session, UUID id, long size, String name, String by) {
        jdbc.sql("""
                        insert into recording_upload (id, council_id, session_id, total_size, file_name, created_by)
                        values (:id, :c, :s, :size, :name, :by)""")
                .param("id", id)
                .param("c", council.value())
                .param("s", session.value())
                .param("size", size)
                .param("name", name)
                .param("by", by)
                .update();
    }

    public Optional<Upload> lockUpload(SessionId session, UUID id) {
        return jdbc.sql("select id, session_id, total_size, received, file_name from recording_upload"
                        + " where session_id = :s and id = :id for update")
                .param("s", session.value())
                .param("id", id)
                .query((rs, n) -> new Upload(
                        rs.getObject("id", UUID.class),
                        new SessionId(rs.getObject("session_id", UUID.class)),
                        rs.getLong("total_size"),
                        rs.getLong("received"),
                        rs.getString("file_name")))
                .optional();
    }

    public void received(UUID id, long received) {
        jdbc.sql("update recording_upload set received = :r, updated_at = now() where id = :id")
                .param("id", id)
                .param("r", received)
                .update();
    }

    /**
     * Moves an upload from {@code from} received bytes to {@code to}, unless another chunk moved it
     * first; whether it did.
     */
    public boolean advance(UUID id, long from, long to) {
        return jdbc.sql(
                                "update recording_upload set received = :to, updated_at = now() where id = :id and received = :from")
                        .param("id", id)
                        .param("from", from)
                        .param("to", to)
                        .update()
                == 1;
    }

    /** An upload whose every byte arrived, not yet stored as the session's recording. */
    public record Complete(CouncilId council, SessionId session, UUID id) {}

    /**
     * Uploads whose every byte arrived at least {@code minutes} minutes ago but that were never
     * stored (the application stopped while storing them; all councils: a housekeeping job).
     */
    public List<Complete> unfinished(int minutes) {
        return jdbc.sql("select council_id, session_id, id from recording_upload"
                        + " where received = total_size and updated_at < now() - make_interval(mins => :m)")
                .param("m", minutes)
                .query((rs, n) -> new Complete(
                        new CouncilId(rs.getObject("council_id", UUID.class)),
                        new SessionId(rs.getObject("session_id", UUID.class)),
                        rs.getObject("id", UUID.class)))
                .list();
    }

    public void deleteUpload(UUID id) {
        jdbc.sql("delete from recording_upload where id = :id").param("id", id).update();
    }

    /** Uploads nobody continued for {@code hours} hours (all councils: a housekeeping job). */
    public List<UUID> stale(int hours) {
        return jdbc.sql("select id from recording_upload where updated_at < now() - make_interval(hours => :h)")
                .param("h", hours)
                .query(UUID.class)
                .list();
    }
}
