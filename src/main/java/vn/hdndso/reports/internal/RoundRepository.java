package vn.hdndso.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.indicators.Period;
import vn.hdndso.reports.ReportingRound.ReporterKind;
import vn.hdndso.reports.ReportingRound.Submission;
import vn.hdndso.shared.CouncilId;

/** Rounds, their reporters and submissions, under row-level security: the council's staff only. */
@Repository
class RoundRepository {

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record RoundRow(UUID id, CouncilId council, Period period, LocalDate dueOn, String createdBy, Instant createdAt) {}

    record ReporterRow(
            UUID id,
            CouncilId council,
            UUID roundId,
            ReporterKind kind,
            UUID bodyId,
            String name,
            int position,
            @Nullable Instant dueSoonSentAt,
            @Nullable Instant overdueSentAt) {}

    void insertRound(RoundRow round) {
        jdbc.sql("""
                        insert into reporting_round (id, council_id, period, due_on, created_by, created_at)
                        values (:id, :council, :period, :due, :by, :at)""")
                .param("id", round.id())
                .param("council", round.council().value())
                .param("period", round.period().toString())
                .param("due", round.dueOn())
                .param("by", round.createdBy())
                .param("at", Timestamp.from(round.createdAt()))
                .update();
    }

    void insertReporter(ReporterRow reporter) {
        jdbc.sql("""
                        insert into reporting_round_reporter (id, council_id, round_id, kind, body_id, name, position)
                        values (:id, :council, :round, :kind, :body, :name, :position)""")
                .param("id", reporter.id())
                .param("council", reporter.council().value())
                .param("round", reporter.roundId())
                .param("kind", reporter.kind().name())
                .param("body", reporter.bodyId())
                .param("name", reporter.name())
                .param("position", reporter.position())
                .update();
    }

    void insertSubmission(CouncilId council, UUID roundId, UUID fileId, Submission submission) {
        jdbc.sql("""
                        insert into reporting_submission (id, council_id, round_id, reporter_id, file_id, file_sha256,
                                                          file_name, media_type, file_size, summary, late,
                                                          submitted_by, submitted_at)
                        values (:id, :council, :round, :reporter, :file, :sha256, :name, :type, :size, :summary,
                                :late, :by, :at)""")
                .param("id", submission.id())
                .param("council", council.value())
                .param("round", roundId)
                .param("reporter", submission.reporterId())
                .param("file", fileId)
                .param("sha256", submission.sha256())
                .param("name", submission.fileName())
                .param("type", submission.mediaType())
                .param("size", submission.size())
                .param("summary", submission.summary())
                .param("late", submission.late())
                .param("by", submission.submittedBy())
                .param("at", Timestamp.from(submission.submittedAt()))
                .update();
    }

    List<RoundRow> rounds(CouncilId council) {
        return jdbc.sql("""
                        select id, council_id, period, due_on, created_by, created_at from reporting_round
                        where council_id = :council order by due_on desc, created_at desc""")
                .param("council", council.value())
                .query(RoundRepository::round)
                .list();
    }

    Optional<RoundRow> round(CouncilId council, UUID id) {
        return jdbc.sql("""
                        select id, council_id, period, due_on, created_by, created_at from reporting_round
                        where council_id = :council and id = :id""")
                .param("council", council.value())
                .param("id", id)
                .query(RoundRepository::round)
                .optional();
    }

    List<ReporterRow> reporters(UUID roundId) {
        return jdbc.sql("select * from reporting_round_reporter where round_id = :round order by position")
                .param("round", roundId)
                .query(RoundRepository::reporter)
                .list();
    }

    List<Submission> submissions(UUID roundId) {
        return jdbc.sql("select * from reporting_submission where round_id = :round order by submitted_at, id")
                .param("round", roundId)
                .query(RoundRepository::submission)
                .list();
    }

    Optional<Submission> submission(UUID roundId, UUID id) {
        return jdbc.sql("select * from reporting_submission where round_id = :round and id = :id")
                .param("round", roundId)
                .param("id", id)
                .query(RoundRepository::submission)
                .optional();
    }

    /**
     * Reporters of every council's rounds that have handed in nothing and have not had this reminder
     * yet, whose deadline is on or before {@code dueBy} (run in the scope of all councils).
     *
     * @param overdue the overdue reminder (deadline before today) rather than the due-soon one
     */
    List<ReporterRow> toRemind(LocalDate dueFrom, LocalDate dueBy, boolean overdue) {
        String sent = overdue ? "overdue_sent_at" : "due_soon_sent_at";
        return jdbc.sql("select r.* from reporting_round_reporter r join reporting_round o on o.id = r.round_id"
                        + " where r." + sent + " is null and o.due_on between :from and :by"
                        + " and not exists (select 1 from reporting_submission s where s.reporter_id = r.id)"
                        + " order by o.due_on, r.round_id, r.position")
                .param("from", dueFrom)
                .param("by", dueBy)
                .query(RoundRepository::reporter)
                .list();
    }

    void markReminded(UUID reporterId, boolean overdue, Instant at) {
        String sent = overdue ? "overdue_sent_at" : "due_soon_sent_at";
        jdbc.sql("update reporting_round_reporter set " + sent + " = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", reporterId)
                .update();
    }

    private static RoundRow round(ResultSet rs, int n) throws SQLException {
        return new RoundRow(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                Period.parse(rs.getString("period")),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static ReporterRow reporter(ResultSet rs, int n) throws SQLException {
        return new ReporterRow(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getObject("round_id", UUID.class),
                ReporterKind.valueOf(rs.getString("kind")),
                rs.getObject("body_id", UUID.class),
                rs.getString("name"),
                rs.getInt("position"),
                instant(rs.getTimestamp("due_soon_sent_at")),
                instant(rs.getTimestamp("overdue_sent_at")));
    }

    private static Submission submission(ResultSet rs, int n) throws SQLException {
        return new Submission(
                rs.getObject("id", UUID.class),
                rs.getObject("reporter_id", UUID.class),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("file_size"),
                rs.getString("file_sha256"),
                rs.getString("summary"),
                rs.getBoolean("late"),
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
