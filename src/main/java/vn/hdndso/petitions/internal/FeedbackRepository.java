package vn.hdndso.petitions.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.shared.CouncilId;

/** Voters' ratings of answers ({@code petition_rating}) and the reopening of issues. */
@Repository
class FeedbackRepository {

    /** A voter's rating of one answer. */
    record Rating(boolean satisfied, String comment, Instant ratedAt) {}

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Rating> rating(CouncilId council, UUID petitionId, int answerRound) {
        return jdbc.sql("""
                        select satisfied, comment, rated_at from petition_rating
                        where council_id = :council and petition_id = :petition and answer_round = :round""")
                .param("council", council.value())
                .param("petition", petitionId)
                .param("round", answerRound)
                .query((rs, n) -> new Rating(
                        rs.getBoolean("satisfied"),
                        rs.getString("comment"),
                        rs.getTimestamp("rated_at").toInstant()))
                .optional();
    }

    void rate(
            CouncilId council,
            UUID petitionId,
            UUID issueId,
            int answerRound,
            boolean satisfied,
            String comment,
            Instant at) {
        jdbc.sql("""
                        insert into petition_rating (id, council_id, petition_id, issue_id, answer_round, satisfied, comment, rated_at)
                        values (:id, :council, :petition, :issue, :round, :satisfied, :comment, :at)
                        on conflict (petition_id, answer_round) do update set satisfied = excluded.satisfied,
                          comment = excluded.comment, rated_at = excluded.rated_at""")
                .param("id", UUID.randomUUID())
                .param("council", council.value())
                .param("petition", petitionId)
                .param("issue", issueId)
                .param("round", answerRound)
                .param("satisfied", satisfied)
                .param("comment", comment)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    int timesReopened(CouncilId council, UUID issueId) {
        return jdbc.sql("select reopened_count from petition_issue where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", issueId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /**
     * Sends the answered issue back to its body: transferred again from {@code today} with the new
     * deadline, the answer and its publication cleared (the step keeps the earlier answer), back at
     * the bottom of the escalation ladder.
     */
    void reopen(CouncilId council, UUID issueId, LocalDate today, LocalDate deadline) {
        jdbc.sql("""
                        update petition_issue set status = 'TRANSFERRED', answer_class = null, answer_text = null,
                          answer_promised_on = null, answered_on = null, answered_by = null, publish_by = null,
                          published_at = null, published_text = null, transferred_on = :today, deadline = :deadline,
                          reminded_at = null, escalated_at = null, escalation_holder = 'UNIT', step_deadline = :deadline,
                          reopened_count = reopened_count + 1, last_reopened_on = :today, updated_at = now()
                        where council_id = :council and id = :id and status = 'ANSWERED'""")
                .param("council", council.value())
                .param("id", issueId)
                .param("today", Date.valueOf(today))
                .param("deadline", Date.valueOf(deadline))
                .update();
    }
}
