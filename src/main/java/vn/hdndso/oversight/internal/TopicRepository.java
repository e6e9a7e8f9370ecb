package vn.hdndso.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.oversight.OversightTopic.Activity;
import vn.hdndso.oversight.OversightTopic.ActivityKind;
import vn.hdndso.oversight.OversightTopic.MemberKind;
import vn.hdndso.oversight.OversightTopic.TeamMember;
import vn.hdndso.oversight.Recommendation;
import vn.hdndso.shared.CouncilId;

/** Topics with their team, visits, findings, recommendations and responses (public rows; staff write). */
@Repository
class TopicRepository {

    private final JdbcClient jdbc;

    TopicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CouncilId council, OversightTopic t) {
        jdbc.sql("""
                        insert into oversight_topic (id, council_id, year, title, owner_body_id, owner_body_name, plan,
                          petition_issue_id, created_by)
                        values (:id, :council, :year, :title, :owner, :ownerName, :plan, :issue, :by)""")
                .param("id", t.id())
                .param("council", council.value())
                .param("year", t.year())
                .param("title", t.title())
                .param("owner", t.ownerBodyId())
                .param("ownerName", t.ownerBodyName())
                .param("plan", t.plan())
                .param("issue", t.petitionIssueId())
                .param("by", t.createdBy())
                .update();
        for (TeamMember m : t.team()) {
            jdbc.sql("""
                            insert into oversight_team_member (id, council_id, topic_id, name, kind, position)
                            values (:id, :council, :topic, :name, :kind, :position)""")
                    .param("id", m.id())
                    .param("council", council.value())
                    .param("topic", t.id())
                    .param("name", m.name())
                    .param("kind", m.kind().name())
                    .param("position", m.position())
                    .update();
        }
    }

    void insertActivity(CouncilId council, UUID topic, Activity a) {
        jdbc.sql("""
                        insert into oversight_activity (id, council_id, topic_id, kind, day, text, recorded_by)
                        values (:id, :council, :topic, :kind, :day, :text, :by)""")
                .param("id", a.id())
                .param("council", council.value())
                .param("topic", topic)
                .param("kind", a.kind().name())
                .param("day", a.day())
                .param("text", a.text())
                .param("by", a.recordedBy())
                .update();
    }

    void insertRecommendation(CouncilId council, Recommendation r) {
        jdbc.sql("""
                        insert into oversight_recommendation (id, council_id, topic_id, text, owner_unit_id, owner_name,
                          due_on)
                        values (:id, :council, :topic, :text, :unit, :owner, :due)""")
                .param("id", r.id())
                .param("council", council.value())
                .param("topic", r.topicId())
                .param("text", r.text())
                .param("unit", r.ownerUnitId())
                .param("owner", r.ownerName())
                .param("due", r.dueOn())
                .update();
    }

    void insertResponse(CouncilId council, UUID recommendation, Recommendation.Response r) {
        jdbc.sql("""
                        insert into oversight_response (id, council_id, recommendation_id, text, responded_by,
                          responded_on, late)
                        values (:id, :council, :recommendation, :text, :by, :on, :late)""")
                .param("id", r.id())
                .param("council", council.value())
                .param("recommendation", recommendation)
                .param("text", r.text())
                .param("by", r.respondedBy())
                .param("on", r.respondedOn())
                .param("late", r.late())
                .update();
    }

    void markDone(CouncilId council, UUID recommendation, LocalDate day) {
        jdbc.sql("update oversight_recommendation set done_on = :day where council_id = :council and id = :id")
                .param("day", day)
                .param("council", council.value())
                .param("id", recommendation)
                .update();
    }

    void linkReport(CouncilId council, UUID topic, UUID document, String title) {
        jdbc.sql("""
                        update oversight_topic set report_document_id = :document, report_title = :title
                        where council_id = :council and id = :id""")
                .param("document", document)
                .param("title", title)
                .param("council", council.value())
                .param("id", topic)
                .update();
    }

    Optional<OversightTopic> find(CouncilId council, UUID id) {
        return topics(council, "id", id).stream().findFirst();
    }

    List<OversightTopic> list(CouncilId council) {
        return topics(council, null, null);
    }

    List<OversightTopic> ofYear(CouncilId council, int year) {
        return topics(council, "year", year);
    }

    List<OversightTopic> fromPetitionIssue(CouncilId council, UUID issue) {
        return topics(council, "petition_issue_id", issue);
    }

    Optional<UUID> topicOfRecommendation(CouncilId council, UUID recommendation) {
        return jdbc.sql("select topic_id from oversight_recommendation where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", recommendation)
                .query(UUID.class)
                .optional();
    }

    /** The topics whose {@code column} (one of this class's constants) equals {@code value}, or all of them. */
    private List<OversightTopic> topics(CouncilId council, @Nullable String column, @Nullable Object value) {
        var query = jdbc.sql("select * from oversight_topic where council_id = :council"
                        + (column == null ? "" : " and " + column + " = :value")
                        + " order by year desc, created_at desc")
                .param("council", council.value());
        if (column != null) {
            query = query.param("value", value);
        }
        List<TopicRow> rows = query.query(TopicRepository::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(TopicRow::id).toList();
        Map<UUID, List<TeamMember>> team = new HashMap<>();
        jdbc.sql(
                        "select * from oversight_team_member where council_id = :council and topic_id in (:ids) order by position")
                .param("council", council.value())
                .param("ids", ids)
                .query((rs, n) -> {
                    team.computeIfAbsent(rs.getObject("topic_id", UUID.class), k -> new ArrayList<>())
                            .add(new TeamMember(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("name"),
                                    MemberKind.valueOf(rs.getString("kind")),
                                    rs.getInt("position")));
                    return n;
                })
                .list();
        Map<UUID, List<Activity>> activities = new HashMap<>();
        jdbc.sql("select * from oversight_activity where council_id = :council and topic_id in (:ids)"
                        + " order by day, created_at")
                .param("council", council.value())
                .param("ids", ids)
                .query((rs, n) -> {
                    activities
                            .computeIfAbsent(rs.getObject("topic_id", UUID.class), k -> new ArrayList<>())
                            .add(new Activity(
                                    rs.getObject("id", UUID.class),
                                    ActivityKind.valueOf(rs.getString("kind")),
                                    rs.getObject("day", LocalDate.class),
                                    rs.getString("text"),
                                    rs.getString("recorded_by")));
                    return n;
                })
                .list();
        Map<UUID, List<Recommendation.Response>> responses = new HashMap<>();
        jdbc.sql("select * from oversight_response where council_id = :council and recommendation_id in"
                        + " (select id from oversight_recommendation where topic_id in (:ids)) order by created_at")
                .param("council", council.value())
                .param("ids", ids)
                .query((rs, n) -> {
                    responses
                            .computeIfAbsent(rs.getObject("recommendation_id", UUID.class), k -> new ArrayList<>())
                            .add(new Recommendation.Response(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("text"),
                                    rs.getString("responded_by"),
                                    rs.getObject("responded_on", LocalDate.class),
                                    rs.getBoolean("late")));
                    return n;
                })
                .list();
        Map<UUID, List<Recommendation>> recommendations = new HashMap<>();
        jdbc.sql("select * from oversight_recommendation where council_id = :council and topic_id in (:ids)"
                        + " order by created_at")
                .param("council", council.value())
                .param("ids", ids)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    recommendations
                            .computeIfAbsent(rs.getObject("topic_id", UUID.class), k -> new ArrayList<>())
                            .add(new Recommendation(
                                    id,
                                    rs.getObject("topic_id", UUID.class),
                                    rs.getString("text"),
                                    rs.getObject("owner_unit_id", UUID.class),
                                    rs.getString("owner_name"),
                                    rs.getObject("due_on", LocalDate.class),
                                    rs.getObject("done_on", LocalDate.class),
                                    responses.getOrDefault(id, List.of())));
                    return n;
                })
                .list();
        return rows.stream()
                .map(r -> new OversightTopic(
                        r.id(),
                        r.council(),
                        r.year(),
                        r.title(),
                        r.owner(),
                        r.ownerName(),
                        r.plan(),
                        r.issue(),
                        r.report(),
                        r.reportTitle(),
                        r.createdBy(),
                        team.getOrDefault(r.id(), List.of()),
                        activities.getOrDefault(r.id(), List.of()),
                        recommendations.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private record TopicRow(
            UUID id,
            UUID council,
            int year,
            String title,
            UUID owner,
            String ownerName,
            @Nullable String plan,
            @Nullable UUID issue,
            @Nullable UUID report,
            @Nullable String reportTitle,
            String createdBy) {}

    private static TopicRow row(ResultSet rs, int n) throws SQLException {
        return new TopicRow(
                rs.getObject("id", UUID.class),
                rs.getObject("council_id", UUID.class),
                rs.getInt("year"),
                rs.getString("title"),
                rs.getObject("owner_body_id", UUID.class),
                rs.getString("owner_body_name"),
                rs.getString("plan"),
                rs.getObject("petition_issue_id", UUID.class),
                rs.getObject("report_document_id", UUID.class),
                rs.getString("report_title"),
                rs.getString("created_by"));
    }
}
