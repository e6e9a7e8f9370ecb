package vn.hdndso.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.oversight.AnswerMode;
import vn.hdndso.oversight.Commitment;
import vn.hdndso.oversight.Question;
import vn.hdndso.shared.CouncilId;

/** Questions and their commitments; row-level security lets everyone read them and the staff write. */
@Repository
class QuestionRepository {

    private static final String SELECT = "select * from oversight_question where council_id = :council";

    private final JdbcClient jdbc;

    QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Question q) {
        jdbc.sql("""
                        insert into oversight_question (id, council_id, text, addressed_unit_id, addressed_unit_name,
                          asked_by, asked_by_user_id, asked_on, due_on, follows_up_id, petition_issue_id)
                        values (:id, :council, :text, :unit, :unitName, :by, :byUser, :askedOn, :dueOn, :followsUp,
                          :petitionIssue)""")
                .param("id", q.id())
                .param("council", q.councilId())
                .param("text", q.text())
                .param("unit", q.addressedUnitId())
                .param("unitName", q.addressedUnitName())
                .param("by", q.askedBy())
                .param("byUser", q.askedByUserId())
                .param("askedOn", q.askedOn())
                .param("dueOn", q.dueOn())
                .param("followsUp", q.followsUpId())
                .param("petitionIssue", q.petitionIssueId())
                .update();
    }

    void schedule(CouncilId council, UUID id, @Nullable String group, UUID session, UUID item, String itemTitle) {
        jdbc.sql("""
                        update oversight_question set group_label = :group, session_id = :session,
                          agenda_item_id = :item, agenda_item_title = :title
                        where council_id = :council and id = :id""")
                .param("group", group)
                .param("session", session)
                .param("item", item)
                .param("title", itemTitle)
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    void answer(CouncilId council, Question answered) {
        jdbc.sql("""
                        update oversight_question set answer_text = :text, answer_mode = :mode,
                          recording_offset = :offset, answered_by = :by, answered_on = :on, answered_late = :late,
                          session_id = coalesce(:session, session_id), agenda_item_id = coalesce(:item, agenda_item_id),
                          agenda_item_title = coalesce(:itemTitle, agenda_item_title)
                        where council_id = :council and id = :id""")
                .param("text", answered.answerText())
                .param(
                        "mode",
                        answered.answerMode() == null
                                ? null
                                : answered.answerMode().name())
                .param("offset", answered.recordingOffset())
                .param("by", answered.answeredBy())
                .param("on", answered.answeredOn())
                .param("late", answered.answeredLate())
                .param("session", answered.sessionId())
                .param("item", answered.agendaItemId())
                .param("itemTitle", answered.agendaItemTitle())
                .param("council", council.value())
                .param("id", answered.id())
                .update();
    }

    void insertCommitment(CouncilId council, Commitment c) {
        jdbc.sql("""
                        insert into oversight_commitment (id, council_id, question_id, position, text, due_on)
                        values (:id, :council, :question, :position, :text, :due)""")
                .param("id", c.id())
                .param("council", council.value())
                .param("question", c.questionId())
                .param("position", c.position())
                .param("text", c.text())
                .param("due", c.dueOn())
                .update();
    }

    void markMet(CouncilId council, UUID commitment, LocalDate metOn, String by) {
        jdbc.sql("""
                        update oversight_commitment set met_on = :on, met_recorded_by = :by
                        where council_id = :council and id = :id""")
                .param("on", metOn)
                .param("by", by)
                .param("council", council.value())
                .param("id", commitment)
                .update();
    }

    Optional<Question> find(CouncilId council, UUID id) {
        return withCommitments(
                        council,
                        jdbc.sql(SELECT + " and id = :id")
                                .param("council", council.value())
                                .param("id", id)
                                .query(QuestionRepository::question)
                                .list())
                .stream()
                .findFirst();
    }

    List<Question> list(CouncilId council) {
        return withCommitments(
                council,
                jdbc.sql(SELECT + " order by asked_on desc, created_at desc")
                        .param("council", council.value())
                        .query(QuestionRepository::question)
                        .list());
    }

    List<Question> fromPetitionIssue(CouncilId council, UUID issue) {
        return withCommitments(
                council,
                jdbc.sql(SELECT + " and petition_issue_id = :issue order by asked_on desc")
                        .param("council", council.value())
                        .param("issue", issue)
                        .query(QuestionRepository::question)
                        .list());
    }

    /** Commitments due in [from, to] with whether each was met by its due day. */
    List<DueCommitment> due(CouncilId council, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.id, c.question_id, c.text, c.due_on, c.met_on, q.addressed_unit_name
                        from oversight_commitment c join oversight_question q on q.id = c.question_id
                        where c.council_id = :council and c.due_on between :from and :to
                        order by c.due_on desc, c.position""")
                .param("council", council.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new DueCommitment(
                        rs.getObject("id", UUID.class),
                        rs.getObject("question_id", UUID.class),
                        rs.getString("text"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getObject("met_on", LocalDate.class),
                        rs.getString("addressed_unit_name")))
                .list();
    }

    record DueCommitment(
            UUID id,
            UUID questionId,
            String text,
            LocalDate dueOn,
            @Nullable LocalDate metOn,
            String unitName) {

        boolean metOnTime() {
            return metOn != null && !metOn.isAfter(dueOn);
        }
    }

    private List<Question> withCommitments(CouncilId council, List<Question> questions) {
        if (questions.isEmpty()) {
            return questions;
        }
        Map<UUID, List<Commitment>> byQuestion = new LinkedHashMap<>();
        jdbc.sql("""
                        select * from oversight_commitment where council_id = :council and question_id in (:ids)
                        order by position""")
                .param("council", council.value())
                .param("ids", questions.stream().map(Question::id).toList())
                .query((rs, n) -> new Commitment(
                        rs.getObject("id", UUID.class),
                        rs.getObject("question_id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("text"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getObject("met_on", LocalDate.class)))
                .list()
                .forEach(c -> byQuestion
                        .computeIfAbsent(c.questionId(), k -> new ArrayList<>())
                        .add(c));
        return questions.stream()
                .map(q -> withCommitments(q, byQuestion.getOrDefault(q.id(), List.of())))
                .toList();
    }

    static Question withCommitments(Question q, List<Commitment> commitments) {
        return new Question(
                q.id(),
                q.councilId(),
                q.text(),
                q.addressedUnitId(),
                q.addressedUnitName(),
                q.askedBy(),
                q.askedByUserId(),
                q.askedOn(),
                q.dueOn(),
                q.followsUpId(),
                q.petitionIssueId(),
                q.groupLabel(),
                q.sessionId(),
                q.agendaItemId(),
                q.agendaItemTitle(),
                q.answerText(),
                q.answerMode(),
                q.recordingOffset(),
                q.answeredBy(),
                q.answeredOn(),
                q.answeredLate(),
                commitments);
    }

    private static Question question(ResultSet rs, int n) throws SQLException {
        String mode = rs.getString("answer_mode");
        int offset = rs.getInt("recording_offset");
        Integer recordingOffset = rs.wasNull() ? null : offset;
        return new Question(
                rs.getObject("id", UUID.class),
                rs.getObject("council_id", UUID.class),
                rs.getString("text"),
                rs.getObject("addressed_unit_id", UUID.class),
                rs.getString("addressed_unit_name"),
                rs.getString("asked_by"),
                rs.getObject("asked_by_user_id", UUID.class),
                rs.getObject("asked_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("follows_up_id", UUID.class),
                rs.getObject("petition_issue_id", UUID.class),
                rs.getString("group_label"),
                rs.getObject("session_id", UUID.class),
                rs.getObject("agenda_item_id", UUID.class),
                rs.getString("agenda_item_title"),
                rs.getString("answer_text"),
                mode == null ? null : AnswerMode.valueOf(mode),
                recordingOffset,
                rs.getString("answered_by"),
                rs.getObject("answered_on", LocalDate.class),
                rs.getBoolean("answered_late"),
                List.of());
    }
}
