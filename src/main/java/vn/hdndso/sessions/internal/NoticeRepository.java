package vn.hdndso.sessions.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;

/** Convening notices: one in the app and one in the outbox per delegate and session. */
@Repository
class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a notice; false if the delegate already had one on that channel. */
    public boolean add(
            CouncilId council, SessionId session, UUID delegate, String name, @Nullable UUID user, String channel) {
        return jdbc.sql("""
                        insert into session_notice (id, council_id, session_id, delegate_id, delegate_name, user_id, channel)
                        values (:id, :c, :s, :d, :name, :user, :channel) on conflict do nothing""")
                        .param("id", UUID.randomUUID())
                        .param("c", council.value())
                        .param("s", session.value())
                        .param("d", delegate)
                        .param("name", name)
                        .param("user", user)
                        .param("channel", channel)
                        .update()
                > 0;
    }

    public void delivered(SessionId session, UUID delegate) {
        jdbc.sql("update session_notice set delivered_at = now() where session_id = :s and delegate_id = :d"
                        + " and channel = 'OUTBOX'")
                .param("s", session.value())
                .param("d", delegate)
                .update();
    }

    /** Sessions a user was invited to, newest first. */
    public List<UUID> sessionsOf(UUID user) {
        return jdbc.sql("select session_id from session_notice where user_id = :u and channel = 'IN_APP'"
                        + " order by created_at desc")
                .param("u", user)
                .query(UUID.class)
                .list();
    }

    public int count(SessionId session) {
        return jdbc.sql("select count(*) from session_notice where session_id = :s and channel = 'IN_APP'")
                .param("s", session.value())
                .query(Integer.class)
                .single();
    }
}
