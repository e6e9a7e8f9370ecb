package vn.hdndso.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.training.Assessment;
import vn.hdndso.training.SkillLevel;
import vn.hdndso.training.TrainingShares;

/** Assessments with the delegate's name and the course's title. */
@Repository
class AssessmentRepository {

    private static final String SELECT = """
            select a.*, d.full_name, c.title as course_title from training_assessment a
            join delegate d on d.id = a.delegate_id join training_course c on c.id = a.course_id
            where a.council_id = :c""";

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Assessment> list(CouncilId council) {
        return jdbc.sql(SELECT + " order by a.assessed_on desc, a.recorded_at desc")
                .param("c", council.value())
                .query(AssessmentRepository::assessment)
                .list();
    }

    List<Assessment> of(CouncilId council, UUID delegate) {
        return jdbc.sql(SELECT + " and a.delegate_id = :d order by a.assessed_on desc, a.recorded_at desc")
                .param("c", council.value())
                .param("d", delegate)
                .query(AssessmentRepository::assessment)
                .list();
    }

    boolean exists(CouncilId council, UUID delegate, UUID course, LocalDate day) {
        return jdbc.sql("""
                        select count(*) from training_assessment
                        where council_id = :c and delegate_id = :d and course_id = :course and assessed_on = :day""")
                        .param("c", council.value())
                        .param("d", delegate)
                        .param("course", course)
                        .param("day", day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts the assessment; false if the same delegate, course and day are already assessed. */
    boolean insert(Assessment a) {
        return jdbc.sql("""
                        insert into training_assessment (id, council_id, delegate_id, course_id, level, assessed_on, recorded_by)
                        values (:id, :c, :d, :course, :level, :day, :by) on conflict do nothing""")
                        .param("id", a.id())
                        .param("c", a.councilId().value())
                        .param("d", a.delegateId())
                        .param("course", a.courseId())
                        .param("level", a.level().name())
                        .param("day", a.assessedOn())
                        .param("by", a.recordedBy())
                        .update()
                > 0;
    }

    List<TrainingShares.Assessed> assessed(CouncilId council) {
        return jdbc.sql(
                        "select delegate_id, course_id, level, assessed_on from training_assessment where council_id = :c")
                .param("c", council.value())
                .query((rs, n) -> new TrainingShares.Assessed(
                        rs.getObject("delegate_id", UUID.class),
                        rs.getObject("course_id", UUID.class),
                        SkillLevel.valueOf(rs.getString("level")),
                        rs.getObject("assessed_on", LocalDate.class)))
                .list();
    }

    private static Assessment assessment(ResultSet rs, int n) throws SQLException {
        return new Assessment(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getObject("delegate_id", UUID.class),
                rs.getString("full_name"),
                rs.getObject("course_id", UUID.class),
                rs.getString("course_title"),
                SkillLevel.valueOf(rs.getString("level")),
                rs.getObject("assessed_on", LocalDate.class),
                rs.getString("recorded_by"));
    }
}
