package vn.hdndso.sessions.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;

/** The absences the clerk recorded at a session, with or without leave. */
@Repository
class AbsenceRepository {

    private final JdbcClient jdbc;

    AbsenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or changes) an absence; true when something changed. */
    boolean record(CouncilId council, SessionId session, UUID delegate, String name, boolean excused, String by) {
        return jdbc.sql("""
                        insert into attendance_absence (council_id, session_id, delegate_id, delegate_name, excused,
                          recorded_at, recorded_by)
                        values (:c, :s, :d, :name, :excused, now(), :by)
                        on conflict (session_id, delegate_id) do update
                          set excused = excluded.excused, recorded_at = excluded.recorded_at,
                              recorded_by = excluded.recorded_by
                          where attendance_absence.excused <> excluded.excused""")
                        .param("c", council.value())
                        .param("s", session.value())
                        .param("d", delegate)
                        .param("name", name)
                        .param("excused", excused)
                        .param("by", by)
                        .update()
                > 0;
    }

    boolean clear(SessionId session, UUID delegate) {
        return jdbc.sql("delete from attendance_absence where session_id = :s and delegate_id = :d")
                        .param("s", session.value())
                        .param("d", delegate)
                        .update()
                > 0;
    }

    /** Delegate → excused, for everyone recorded absent. */
    Map<UUID, Boolean> absences(SessionId session) {
        return jdbc
                .sql("select delegate_id, excused from attendance_absence where session_id = :s")
                .param("s", session.value())
                .query((rs, n) -> Map.entry(rs.getObject("delegate_id", UUID.class), rs.getBoolean("excused")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
