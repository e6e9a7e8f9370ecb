package vn.hdndso.petitions.internal;

import static vn.hdndso.petitions.internal.PetitionRepository.instant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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

/** Petition issues in SQL, each with the count of its petitions. */
@Repository
public class IssueRepository {

    private static final String SELECT = "select i.* from petition_issue i";

    private final JdbcClient jdbc;

    IssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to list; nulls and {@code false} mean "any". */
    public record Filter(
            @Nullable IssueStatus status,
            @Nullable String field,
            boolean overdue,
            boolean executiveInbox,
            boolean published,
            @Nullable String q,
            LocalDate today) {}

    public void insert(
            UUID id,
            CouncilId council,
            String title,
            String field,
            CompetentLevel level,
            boolean complaint,
            String period,
            boolean demo) {
        jdbc.sql("""
                        insert into petition_issue (id, council_id, title, field, level, status, complaint, period, demo)
                        values (:id, :council, :title, :field, :level, :status, :complaint, :period, :demo)""")
                .param("id", id)
                .param("council", council.value())
                .param("title", title)
                .param("field", field)
                .param("level", level.name())
                .param("status", complaint ? IssueStatus.CLOSED.name() : IssueStatus.OPEN.name())
                .param("complaint", complaint)
                .param("period", period)
                .param("demo", demo)
                .update();
    }

    public Optional<PetitionIssue> find(CouncilId council, UUID id) {
        return jdbc.sql(SELECT + " where i.council_id = :council and i.id = :id")
                .param("council", council.value())
                .param("id", id)
                .query(IssueRepository::map)
                .optional();
    }

    public Optional<PetitionIssue> findForUpdate(CouncilId council, UUID id) {
        jdbc.sql("select id from petition_issue where council_id = :council and id = :id for update")
                .param("council", council.value())
                .param("id", id)
                .query(UUID.class)
                .optional();
        return find(council, id);
    }

    public List<PetitionIssue> list(CouncilId council, Filter f, int offset, int limit) {
        return jdbc.sql(SELECT + where(f) + " order by i.updated_at desc, i.id limit :limit offset :offset")
                .params(params(council, f))
                .param("limit", limit)
                .param("offset", offset)
                .query(IssueRepository::map)
                .list();
    }

    public long count(CouncilId council, Filter f) {
        return jdbc.sql("select count(*) from petition_issue i" + where(f))
                .params(params(council, f))
                .query(Long.class)
                .single();
    }

    private static String where(Filter f) {
        StringBuilder sql = new StringBuilder(" where i.council_id = :council");
        if (f.status() != null) {
            sql.append(" and i.status = :status");
        }
        if (f.field() != null) {
            sql.append(" and i.field = :field");
        }
        if (f.overdue()) {
            sql.append(" and i.status = 'TRANSFERRED' and i.deadline < :today");
        }
        if (f.executiveInbox()) {
            sql.append(" and i.body_kind = 'EXECUTIVE_UNIT' and i.status in ('TRANSFERRED', 'ANSWERED')");
        }
        if (f.published()) {
            sql.append(" and i.published_at is not null");
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (lower(i.title) like :q or exists (select 1 from petition p where p.issue_id = i.id"
                    + " and p.content_folded like :qFolded))");
        }
        return sql.toString();
    }

    private static java.util.Map<String, Object> params(CouncilId council, Filter f) {
        var map = new java.util.HashMap<String, Object>();
        map.put("council", council.value());
        map.put("today", Date.valueOf(f.today()));
        if (f.status() != null) {
            map.put("status", f.status().name());
        }
        if (f.field() != null) {
            map.put("field", f.field());
        }
        if (f.q() != null && !f.q().isBlank()) {
            map.put("q", "%" + f.q().toLowerCase(java.util.Locale.ROOT).strip() + "%");
            map.put("qFolded", "%" + vn.hdndso.shared.VnText.fold(f.q()) + "%");
        }
        return map;
    }

    /** Open issues (not answered, not closed) the duplicate finder compares new petitions with. */
    public List<Candidate> candidates(CouncilId council) {
        return jdbc.sql("""
                        select i.id, i.title, i.field, i.level, string_agg(p.content, chr(31) order by p.received_at) as text,
                          count(p.id) as petition_count
                        from petition_issue i left join petition p on p.issue_id = i.id
                        where i.council_id = :council and i.status in ('OPEN', 'TRANSFERRED') and not i.complaint
                        group by i.id, i.title, i.field, i.level""")
                .param("council", council.value())
                .query((rs, n) -> new Candidate(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getString("field"),
                        CompetentLevel.valueOf(rs.getString("level")),
                        rs.getString("text") == null ? "" : rs.getString("text"),
                        rs.getInt("petition_count"),
                        new CouncilId(council.value())))
                .list();
    }

    /** City-level issues of every council (only in a cross-council scope), for city-wide aggregation. */
    public List<Candidate> cityLevelEverywhere() {
        return jdbc.sql("""
                        select i.id, i.council_id, i.title, i.field, i.level,
                          string_agg(p.content, chr(31) order by p.received_at) as text, count(p.id) as petition_count
                        from petition_issue i join petition p on p.issue_id = i.id
                        where i.level = 'CITY' and not i.complaint and i.status <> 'CLOSED'
                        group by i.id, i.council_id, i.title, i.field, i.level""")
                .query((rs, n) -> new Candidate(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getString("field"),
                        CompetentLevel.CITY,
                        rs.getString("text"),
                        rs.getInt("petition_count"),
                        new CouncilId(rs.getObject("council_id", UUID.class))))
                .list();
    }

    /** An issue as the duplicate finder sees it. */
    public record Candidate(
            UUID id,
            String title,
            String field,
            CompetentLevel level,
            String text,
            int petitionCount,
            CouncilId council) {}

    /** Recounts the issue's petitions (after a petition joined or left it) and marks it changed. */
    public void touch(CouncilId council, UUID id) {
        jdbc.sql("""
                        update petition_issue set updated_at = now(),
                          petition_count = (select count(*) from petition p where p.issue_id = petition_issue.id)
                        where council_id = :council and id = :id""").param("council", council.value()).param("id", id).update();
    }

    public void reclassify(
            CouncilId council, UUID id, String title, String field, CompetentLevel level, boolean complaint) {
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

    public void transfer(
            CouncilId council,
            UUID id,
            CompetentBodyKind kind,
            @Nullable UUID unitId,
            String bodyName,
            LocalDate transferredOn,
            LocalDate deadline) {
        jdbc.sql("""
                        update petition_issue set status = 'TRANSFERRED', body_kind = :kind, executive_unit_id = :unit,
                          body_name = :name, transferred_on = :on, deadline = :deadline, reminded_at = null,
                          escalated_at = null, updated_at = now()
                        where council_id = :council and id = :id""")
                .param("council", council.value())
                .param("id", id)
                .param("kind", kind.name())
                .param("unit", unitId)
                .param("name", bodyName)
                .param("on", Date.valueOf(transferredOn))
                .param("deadline", Date.valueOf(deadline))
                .update();
    }

    public void answer(
            CouncilId council,
            UUID id,
            AnswerClass answerClass,
            String text,
            @Nullable LocalDate promisedOn,
            LocalDate answeredOn,
            String answeredBy,
            LocalDate publishBy) {
        jdbc.sql("""
                        update petition_issue set status = 'ANSWERED', answer_class = :class, answer_text = :text,
                          answer_promised_on = :promised, answered_on = :on, answered_by = :by, publish_by = :publishBy,
                          updated_at = now()
                        where council_id = :council and id = :id""")
                .param("council", council.value())
                .param("id", id)
                .param("class", answerClass.name())
                .param("text", text)
                .param("promised", promisedOn == null ? null : Date.valueOf(promisedOn))
                .param("on", Date.valueOf(answeredOn))
                .param("by", answeredBy)
                .param("publishBy", Date.valueOf(publishBy))
                .update();
    }

    public void publish(CouncilId council, UUID id, String publishedText) {
        jdbc.sql("""
                        update petition_issue set published_at = now(), published_text = :text, updated_at = now()
                        where council_id = :council and id = :id""")
                .param("council", council.value())
                .param("id", id)
                .param("text", publishedText)
                .update();
    }

    public void delete(CouncilId council, UUID id) {
        jdbc.sql("delete from petition_issue where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    /** Transferred issues whose deadline is near (not yet reminded) — in the scope's councils. */
    public List<PetitionIssue> dueForReminder(LocalDate remindFrom) {
        return jdbc.sql(SELECT + " where i.status = 'TRANSFERRED' and i.reminded_at is null and i.deadline <= :d")
                .param("d", Date.valueOf(remindFrom))
                .query(IssueRepository::map)
                .list();
    }

    /** Transferred issues past their deadline, not yet escalated — in the scope's councils. */
    public List<PetitionIssue> dueForEscalation(LocalDate today) {
        return jdbc.sql(SELECT + " where i.status = 'TRANSFERRED' and i.escalated_at is null and i.deadline < :d")
                .param("d", Date.valueOf(today))
                .query(IssueRepository::map)
                .list();
    }

    public void markReminded(CouncilId council, UUID id) {
        jdbc.sql("update petition_issue set reminded_at = now() where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    public void markEscalated(CouncilId council, UUID id) {
        jdbc.sql("update petition_issue set escalated_at = now() where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    /** Marks issues still unresolved from earlier periods as carried over (backlog). */
    public int carryOver(CouncilId council, String currentPeriod) {
        return jdbc.sql("""
                        update petition_issue set carried_over = true
                        where council_id = :council and period < :period and not carried_over
                          and (status in ('OPEN', 'TRANSFERRED') or answer_class = 'IN_PROGRESS')""")
                .param("council", council.value())
                .param("period", currentPeriod)
                .update();
    }

    /** Counts of issues per status for the dashboard. */
    public List<Object[]> countByStatus(CouncilId council) {
        return jdbc.sql("select status, count(*) from petition_issue where council_id = :council group by status")
                .param("council", council.value())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .list();
    }

    /** Answered issues: on time (answered by the deadline) and late. */
    public long[] timeliness(CouncilId council) {
        return jdbc.sql("""
                        select count(*) filter (where answered_on <= deadline), count(*) filter (where answered_on > deadline)
                        from petition_issue where council_id = :council and answered_on is not null""")
                .param("council", council.value())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    static PetitionIssue map(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("body_kind");
        String answerClass = rs.getString("answer_class");
        return new PetitionIssue(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("title"),
                rs.getString("field"),
                CompetentLevel.valueOf(rs.getString("level")),
                IssueStatus.valueOf(rs.getString("status")),
                rs.getBoolean("complaint"),
                rs.getInt("petition_count"),
                kind == null ? null : CompetentBodyKind.valueOf(kind),
                rs.getObject("executive_unit_id", UUID.class),
                rs.getString("body_name"),
                date(rs, "transferred_on"),
                date(rs, "deadline"),
                instant(rs, "reminded_at"),
                instant(rs, "escalated_at"),
                answerClass == null ? null : AnswerClass.valueOf(answerClass),
                rs.getString("answer_text"),
                date(rs, "answer_promised_on"),
                date(rs, "answered_on"),
                rs.getString("answered_by"),
                date(rs, "publish_by"),
                instant(rs, "published_at"),
                rs.getString("published_text"),
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
