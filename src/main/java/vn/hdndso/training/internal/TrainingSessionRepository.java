package vn.hdndso.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.training.SessionFormat;
import vn.hdndso.training.TrainingSession;

/** Training sessions with their course's title and how many attended. */
@Repository
class TrainingSessionRepository {

    private static final String SELECT = """
            select s.*, c.title as course_title,
              (select count(*) from training_attendance a where a.session_id = s.id) as attendees
            from training_session s join training_course c on c.id = s.course_id
            where s.council_id = :c""";

    private final JdbcClient jdbc;

    TrainingSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TrainingSession> list(CouncilId council) {
        return jdbc.sql(SELECT + " order by s.starts_at desc")
                .param("c", council.value())
                .query(TrainingSessionRepository::session)
                .list();
    }

    /** Sessions that start before {@code to} and end after {@code from}, by start. */
    List<TrainingSession> overlapping(CouncilId council, Instant from, Instant to) {
        return jdbc.sql(SELECT + " and s.starts_at < :to and s.ends_at >= :from order by s.starts_at")
                .param("c", council.value())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(TrainingSessionRepository::session)
                .list();
    }

    /** The sessions a delegate attended, newest first. */
    List<TrainingSession> attendedBy(CouncilId council, UUID delegate) {
        return jdbc.sql(SELECT
                        + " and exists (select 1 from training_attendance a where a.session_id = s.id"
                        + " and a.delegate_id = :d) order by s.starts_at desc")
                .param("c", council.value())
                .param("d", delegate)
                .query(TrainingSessionRepository::session)
                .list();
    }

    Optional<TrainingSession> find(CouncilId council, UUID id) {
        return jdbc.sql(SELECT + " and s.id = :id")
                .param("c", council.value())
                .param("id", id)
                .query(TrainingSessionRepository::session)
                .optional();
    }

    void insert(TrainingSession s, String createdBy) {
        jdbc.sql("""
                        insert into training_session (id, council_id, course_id, starts_at, ends_at, format, place, link,
                          demo, created_by)
                        values (:id, :c, :course, :starts, :ends, :format, :place, :link, :demo, :by)""")
                .param("id", s.id())
                .param("c", s.councilId().value())
                .param("course", s.courseId())
                .param("starts", Timestamp.from(s.startsAt()))
                .param("ends", Timestamp.from(s.endsAt()))
                .param("format", s.format().name())
                .param("place", s.place())
                .param("link", s.link())
                .param("demo", s.demo())
                .param("by", createdBy)
                .update();
    }

    private static TrainingSession session(ResultSet rs, int n) throws SQLException {
        return new TrainingSession(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getObject("course_id", UUID.class),
                rs.getString("course_title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                SessionFormat.valueOf(rs.getString("format")),
                rs.getString("place"),
                rs.getString("link"),
                rs.getInt("attendees"),
                rs.getBoolean("demo"));
    }
}
