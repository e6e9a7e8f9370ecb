package vn.hdndso.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.training.Course;
import vn.hdndso.training.CourseTopic;

/** Courses; row-level security lets everyone read them and the council's staff write. */
@Repository
class CourseRepository {

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Course> list(CouncilId council) {
        return jdbc.sql("select * from training_course where council_id = :c order by title")
                .param("c", council.value())
                .query(CourseRepository::course)
                .list();
    }

    Optional<Course> find(CouncilId council, UUID id) {
        return jdbc.sql("select * from training_course where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", id)
                .query(CourseRepository::course)
                .optional();
    }

    Optional<Course> findByCode(CouncilId council, String code) {
        return jdbc.sql("select * from training_course where council_id = :c and code = :code")
                .param("c", council.value())
                .param("code", code)
                .query(CourseRepository::course)
                .optional();
    }

    void insert(Course course, String createdBy) {
        jdbc.sql("""
                        insert into training_course (id, council_id, code, title, topic, description, demo, created_by)
                        values (:id, :c, :code, :title, :topic, :description, :demo, :by)""")
                .param("id", course.id())
                .param("c", course.councilId().value())
                .param("code", course.code())
                .param("title", course.title())
                .param("topic", course.topic().name())
                .param("description", course.description())
                .param("demo", course.demo())
                .param("by", createdBy)
                .update();
    }

    private static Course course(ResultSet rs, int n) throws SQLException {
        return new Course(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("code"),
                rs.getString("title"),
                CourseTopic.valueOf(rs.getString("topic")),
                rs.getString("description"),
                rs.getBoolean("demo"));
    }
}
