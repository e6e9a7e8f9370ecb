package vn.hdndso.training.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.training.AttendanceSource;
import vn.hdndso.training.Attendee;
import vn.hdndso.training.TrainingShares;

/** Who attended which training session. */
@Repository
class TrainingAttendanceRepository {

    private final JdbcClient jdbc;

    TrainingAttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Attendee> of(CouncilId council, UUID session) {
        return jdbc.sql("""
                        select a.*, d.full_name from training_attendance a join delegate d on d.id = a.delegate_id
                        where a.council_id = :c and a.session_id = :s order by d.full_name""")
                .param("c", council.value())
                .param("s", session)
                .query((rs, n) -> new Attendee(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("delegate_id", UUID.class),
                        rs.getString("full_name"),
                        AttendanceSource.valueOf(rs.getString("source")),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    Optional<Attendee> find(CouncilId council, UUID session, UUID delegate) {
        return of(council, session).stream()
                .filter(a -> a.delegateId().equals(delegate))
                .findFirst();
    }

    /** Records the delegate as present; false if they already were. */
    boolean insert(CouncilId council, UUID session, UUID delegate, AttendanceSource source, String by, Instant at) {
        return jdbc.sql("""
                        insert into training_attendance (council_id, session_id, delegate_id, source, recorded_by, recorded_at)
                        values (:c, :s, :d, :source, :by, :at) on conflict do nothing""")
                        .param("c", council.value())
                        .param("s", session)
                        .param("d", delegate)
                        .param("source", source.name())
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /** Every attendance of the council, on the session's day (Vietnam time). */
    List<TrainingShares.Attended> attended(CouncilId council) {
        return jdbc.sql("""
                        select a.delegate_id, s.starts_at from training_attendance a
                        join training_session s on s.id = a.session_id where a.council_id = :c""")
                .param("c", council.value())
                .query((rs, n) -> new TrainingShares.Attended(
                        rs.getObject("delegate_id", UUID.class),
                        LocalDate.ofInstant(rs.getTimestamp("starts_at").toInstant(), VnTime.ZONE)))
                .list();
    }
}
