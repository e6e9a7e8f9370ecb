package vn.hdndso.petitions.internal;

import static vn.hdndso.petitions.internal.PetitionRepository.instant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.petitions.AnswerClass;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** Petition issues in SQL, each with the count of its petitions. */
@Repository
class IssueRepository {

    /**
     * The issues as the current scope may read them: the table for the council's staff, the view
     * {@code petition_issue_public} (published issues, the de-identified answer only) for the public,
     * which cannot read the table at all (see the repeatable migration {@code R__petition_issue_public_view}).
     */
    static String table() {
        return Tenancy.current() instanceof TenantScope.PublicCouncil ? "petition_issue_public" : "petition_issue";
    }

    /** Selects whole issues from {@link #table()}, aliased {@code i}. */
    static String select() {
        return "select i.* from " + table() + " i";
    }

    private final JdbcClient jdbc;

    IssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            CouncilId council,
            String title,
            String field,
            CompetentLevel level,
            boolean complaint,
            String period,
            boolean demo) {
        insert(id, council, title, field, level, complaint, period, demo, 0);
    }

    /** A new issue that already counts {@code petitions} voters (the intake opens it with its first petition). */
    void insert(
            UUID id,
            CouncilId council,
            String title,
            String field,
            CompetentLevel level,
            boolean complaint,
            String period,
            boolean demo,
            int petitions) {
        jdbc.sql("""
                        insert into petition_issue (id, council_id, title, field, level, status, complaint, period, demo,
                          petition_count)
                        values (:id, :council, :title, :field, :level, :status, :complaint, :period, :demo, :petitions)""")
                .param("id", id)
                .param("council", council.value())
                .param("title", title)
                .param("field", field)
                .param("level", level.name())
                .param("status", complaint ? IssueStatus.CLOSED.name() : IssueStatus.OPEN.name())
                .param("complaint", complaint)
                .param("period", period)
                .param("demo", demo)
                .param("petitions", petitions)
                .update();
    }

    Optional<PetitionIssue> find(CouncilId council, UUID id) {
        return jdbc.sql(select() + " where i.council_id = :council and i.id = :id")
                .param("council", council.value())
                .param("id", id)
                .query(IssueRepository::map)
                .optional();
    }

    Optional<PetitionIssue> findForUpdate(CouncilId council, UUID id) {
        jdbc.sql("select id from petition_issue where council_id = :council and id = :id for update")
                .param("council", council.value())
                .param("id", id)
                .query(UUID.class)
                .optional();
        return find(council, id);
    }

    /** Recounts the issue's petitions (after a petition joined or left it) and marks it changed. */
    /** The issue, locked for the rest of the transaction; not found if it is not the council's. */
    PetitionIssue lock(CouncilId council, UUID id) {
        return findForUpdate(council, id)
                .orElseThrow(() -> new vn.hdndso.shared.NotFoundException("petitions.issue.notFound", id));
    }

    /**
     * A new petition joined the issue: one more voter, in one statement (the row lock serialises
     * concurrent joins, so none is lost, which a recount under read committed could not promise).
     */
    void joined(CouncilId council, UUID id) {
        jdbc.sql("""
                        update petition_issue set updated_at = now(), petition_count = petition_count + 1
                        where council_id = :council and id = :id""").param("council", council.value()).param("id", id).update();
    }

    void touch(CouncilId council, UUID id) {
        jdbc.sql("""
                        update petition_issue set updated_at = now(),
                          petition_count = (select count(*) from petition p where p.issue_id = petition_issue.id)
                        where council_id = :council and id = :id""").param("council", council.value()).param("id", id).update();
    }

    void reclassify(CouncilId council, UUID id, String title, String field, CompetentLevel level, boolean complaint) {
        jdbc.sql("""
                        update petition_issue set title = :title, field = :field, level = :level, complaint = :complaint,
                          status = case when :complaint and status = 'OPEN' then 'CLOSED'
                                        when not :complaint and status = 'CLOSED' and answered_on is null then 'OPEN'
                                        else status end,
                          updated_at = now()
                        where council_id = :council and id = :id""")
                .param("council", council.value())
                .param("id", id)
                .param("title", title)
                .param("field", field)
                .param("level", level.name())
                .param("complaint", complaint)
                .update();
    }

    /** Stores the issue as {@link PetitionIssue#transfer} left it. */
    void saveTransfer(PetitionIssue issue) {
        PetitionIssue.Transfer t = java.util.Objects.requireNonNull(issue.transfer());
        jdbc.sql("""
                        update petition_issue set status = 'TRANSFERRED', body_kind = :kind, executive_unit_id = :unit,
                          body_name = :name, transferred_on = :on, deadline = :deadline, reminded_at = null,
                          escalated_at = null, updated_at = now()
                        where council_id = :council and id = :id""")
                .param("council", issue.council().value())
                .param("id", issue.id())
                .param("kind", t.bodyKind().name())
                .param("unit", t.executiveUnitId())
                .param("name", t.bodyName())
                .param("on", Date.valueOf(t.transferredOn()))
                .param("deadline", Date.valueOf(t.deadline()))
                .update();
    }

    /** Stores the issue as {@link PetitionIssue#answer} left it. */
    void saveAnswer(PetitionIssue issue) {
        PetitionIssue.Answer a = java.util.Objects.requireNonNull(issue.answer());
        jdbc.sql("""
                        update petition_issue set status = 'ANSWERED', answer_class = :class, answer_text = :text,
                          answer_promised_on = :promised, answered_on = :on, answered_by = :by, publish_by = :publishBy,
                          updated_at = now()
                        where council_id = :council and id = :id""")
                .param("council", issue.council().value())
                .param("id", issue.id())
                .param("class", a.answerClass().name())
                .param("text", a.text())
                .param("promised", a.promisedOn() == null ? null : Date.valueOf(a.promisedOn()))
                .param("on", Date.valueOf(a.answeredOn()))
                .param("by", a.answeredBy())
                .param("publishBy", Date.valueOf(a.publishBy()))
                .update();
    }

    /** Stores the issue as {@link PetitionIssue#publish} left it (title and text de-identified). */
    void savePublication(PetitionIssue issue) {
        PetitionIssue.Publication p = java.util.Objects.requireNonNull(issue.publication());
        jdbc.sql("""
                        update petition_issue set title = :title, published_at = :at, published_text = :text,
                          updated_at = now()
                        where council_id = :council and id = :id""")
                .param("council", issue.council().value())
                .param("id", issue.id())
                .param("title", issue.title())
                .param("at", java.sql.Timestamp.from(p.publishedAt()))
                .param("text", p.text())
                .update();
    }

    void delete(CouncilId council, UUID id) {
        jdbc.sql("delete from petition_issue where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    void markReminded(CouncilId council, UUID id) {
        jdbc.sql("update petition_issue set reminded_at = now() where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    void markEscalated(CouncilId council, UUID id) {
        jdbc.sql("update petition_issue set escalated_at = now() where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    /** Marks issues still unresolved from earlier periods as carried over (backlog). */
    int carryOver(CouncilId council, String currentPeriod) {
        return jdbc.sql("""
                        update petition_issue set carried_over = true
                        where council_id = :council and period < :period and not carried_over
                          and (status in ('OPEN', 'TRANSFERRED') or answer_class = 'IN_PROGRESS')""")
                .param("council", council.value())
                .param("period", currentPeriod)
                .update();
    }

    static PetitionIssue map(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("body_kind");
        PetitionIssue.Transfer transfer = kind == null
                ? null
                : new PetitionIssue.Transfer(
                        CompetentBodyKind.valueOf(kind),
                        rs.getObject("executive_unit_id", UUID.class),
                        String.valueOf(rs.getString("body_name")),
                        java.util.Objects.requireNonNull(date(rs, "transferred_on")),
                        java.util.Objects.requireNonNull(date(rs, "deadline")),
                        instant(rs, "reminded_at"),
                        instant(rs, "escalated_at"));
        LocalDate answeredOn = date(rs, "answered_on");
        PetitionIssue.Answer answer = answeredOn == null
                ? null
                : new PetitionIssue.Answer(
                        AnswerClass.valueOf(rs.getString("answer_class")),
                        rs.getString("answer_text"),
                        date(rs, "answer_promised_on"),
                        answeredOn,
                        rs.getString("answered_by"),
                        java.util.Objects.requireNonNull(date(rs, "publish_by")));
        var publishedAt = instant(rs, "published_at");
        PetitionIssue.Publication publication =
                publishedAt == null ? null : new PetitionIssue.Publication(publishedAt, rs.getString("published_text"));
        return new PetitionIssue(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("title"),
                rs.getString("field"),
                CompetentLevel.valueOf(rs.getString("level")),
                IssueStatus.valueOf(rs.getString("status")),
                rs.getBoolean("complaint"),
                rs.getInt("petition_count"),
                transfer,
                answer,
                publication,
                rs.getString("period"),
                rs.getBoolean("carried_over"),
                rs.getBoolean("demo"),
                java.util.Objects.requireNonNull(instant(rs, "created_at")));
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
