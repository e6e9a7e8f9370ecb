package vn.hdndso.petitions.internal;

import static vn.hdndso.petitions.internal.IssueRepository.date;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.petitions.EscalationStep;
import vn.hdndso.petitions.IssueRouting;
import vn.hdndso.shared.CouncilId;

/** The steps of an issue ({@code petition_issue_step}) and where it stands on the escalation ladder. */
@Repository
class StepRepository {

    /** A transferred, unanswered issue and where it stands on the ladder. */
    record Standing(
            UUID issueId,
            CouncilId council,
            String title,
            String bodyName,
            EscalationStep holder,
            LocalDate stepDeadline) {}

    private final JdbcClient jdbc;

    StepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(
            CouncilId council,
            UUID issueId,
            IssueRouting.StepKind kind,
            EscalationStep holder,
            String bodyName,
            @Nullable LocalDate deadline,
            String reason,
            String detail,
            String by) {
        jdbc.sql("""
                        insert into petition_issue_step (id, council_id, issue_id, kind, holder, body_name, deadline, reason, detail, taken_by)
                        values (:id, :council, :issue, :kind, :holder, :body, :deadline, :reason, :detail, :by)""")
                .param("id", UUID.randomUUID())
                .param("council", council.value())
                .param("issue", issueId)
                .param("kind", kind.name())
                .param("holder", holder.name())
                .param("body", bodyName.length() > 300 ? bodyName.substring(0, 300) : bodyName)
                .param("deadline", deadline == null ? null : Date.valueOf(deadline))
                .param("reason", reason)
                .param("detail", detail)
                .param("by", by.length() > 200 ? by.substring(0, 200) : by)
                .update();
    }

    List<IssueRouting.Step> of(CouncilId council, UUID issueId) {
        return jdbc.sql("""
                        select * from petition_issue_step where council_id = :council and issue_id = :issue
                        order by taken_at, kind""")
                .param("council", council.value())
                .param("issue", issueId)
                .query((rs, n) -> new IssueRouting.Step(
                        IssueRouting.StepKind.valueOf(rs.getString("kind")),
                        EscalationStep.valueOf(rs.getString("holder")),
                        rs.getString("body_name"),
                        date(rs, "deadline"),
                        rs.getString("reason"),
                        rs.getString("taken_by"),
                        rs.getTimestamp("taken_at").toInstant()))
                .list();
    }

    /** Puts the issue on the ladder's step with its deadline. */
    void standAt(CouncilId council, UUID issueId, EscalationStep holder, LocalDate stepDeadline) {
        jdbc.sql("""
                        update petition_issue set escalation_holder = :holder, step_deadline = :deadline, updated_at = now()
                        where council_id = :council and id = :id""")
                .param("council", council.value())
                .param("id", issueId)
                .param("holder", holder.name())
                .param("deadline", Date.valueOf(stepDeadline))
                .update();
    }

    /** Where the issue stands: with the unit until the transfer's deadline unless it moved up. */
    @Nullable
    Standing standing(CouncilId council, UUID issueId) {
        return jdbc.sql(STANDING + " and id = :id")
                .param("council", council.value())
                .param("id", issueId)
                .query(StepRepository::standing)
                .optional()
                .orElse(null);
    }

    /** Transferred, unanswered issues of the council whose step deadline passed before {@code today}. */
    List<Standing> dueForEscalation(CouncilId council, LocalDate today) {
        return jdbc.sql(STANDING
                        + " and coalesce(step_deadline, deadline) < :today"
                        + " and coalesce(escalation_holder, 'UNIT') <> 'STANDING_COMMITTEE' order by deadline, id")
                .param("council", council.value())
                .param("today", Date.valueOf(today))
                .query(StepRepository::standing)
                .list();
    }

    private static final String STANDING = """
            select id, council_id, title, body_name, coalesce(escalation_holder, 'UNIT') as holder,
              coalesce(step_deadline, deadline) as step_deadline
            from petition_issue where council_id = :council and status = 'TRANSFERRED'""";

    private static Standing standing(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Standing(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("title"),
                String.valueOf(rs.getString("body_name")),
                EscalationStep.valueOf(rs.getString("holder")),
                Objects.requireNonNull(date(rs, "step_deadline"), "a transferred issue has a deadline"));
    }
}
