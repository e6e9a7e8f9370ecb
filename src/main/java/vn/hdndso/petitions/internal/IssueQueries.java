package vn.hdndso.petitions.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.shared.CouncilId;

/** Reads over many petition issues: lists, duplicate candidates, the watch's due issues, figures. */
@Repository
class IssueQueries {

    private final JdbcClient jdbc;

    IssueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to list; nulls and {@code false} mean "any". */
    record Filter(
            @Nullable IssueStatus status,
            @Nullable String field,
            boolean overdue,
            boolean executiveInbox,
            boolean published,
            @Nullable String q,
            LocalDate today,
            @Nullable UUID unit) {

        static Filter of(vn.hdndso.petitions.PetitionIssues.Filter f, LocalDate today) {
            return new Filter(
                    f.status(), f.field(), f.overdue(), f.executiveInbox(), f.published(), f.q(), today, null);
        }

        /** Only the issues transferred to one People's Committee unit (an officer bound to it). */
        Filter ofUnit(UUID executiveUnit) {
            return new Filter(status, field, overdue, executiveInbox, published, q, today, executiveUnit);
        }
    }

    List<PetitionIssue> list(CouncilId council, Filter f, int offset, int limit) {
        return jdbc.sql(IssueRepository.select() + where(f)
                        + " order by i.updated_at desc, i.id limit :limit offset :offset")
                .params(params(council, f))
                .param("limit", limit)
                .param("offset", offset)
                .query(IssueRepository::map)
                .list();
    }

    long count(CouncilId council, Filter f) {
        return jdbc.sql("select count(*) from " + IssueRepository.table() + " i" + where(f))
                .params(params(council, f))
                .query(Long.class)
                .single();
    }

    static String where(Filter f) {
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
        if (f.unit() != null) {
            sql.append(" and i.body_kind = 'EXECUTIVE_UNIT' and i.executive_unit_id = :unit");
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (lower(i.title) like :q or exists (select 1 from petition p where p.issue_id = i.id"
                    + " and p.content_folded like :qFolded))");
        }
        return sql.toString();
    }

    static java.util.Map<String, Object> params(CouncilId council, Filter f) {
        var map = new java.util.HashMap<String, Object>();
        map.put("council", council.value());
        map.put("today", Date.valueOf(f.today()));
        if (f.status() != null) {
            map.put("status", f.status().name());
        }
        if (f.field() != null) {
            map.put("field", f.field());
        }
        if (f.unit() != null) {
            map.put("unit", f.unit());
        }
        if (f.q() != null && !f.q().isBlank()) {
            map.put("q", "%" + f.q().toLowerCase(java.util.Locale.ROOT).strip() + "%");
            map.put("qFolded", "%" + vn.hdndso.shared.VnText.fold(f.q()) + "%");
        }
        return map;
    }

    /** Open issues (not answered, not closed) the duplicate finder compares new petitions with. */
    List<Candidate> candidates(CouncilId council) {
        return candidates(council, "");
    }

    /** Those of the given issues that are still open: the duplicate finder's candidates, verified. */
    List<Candidate> openAmong(CouncilId council, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CANDIDATES.formatted(" and i.id in (:ids)"))
                .param("council", council.value())
                .param("ids", ids)
                .query((rs, n) -> candidate(rs, council))
                .list();
    }

    private List<Candidate> candidates(CouncilId council, String condition) {
        return jdbc.sql(CANDIDATES.formatted(condition))
                .param("council", council.value())
                .query((rs, n) -> candidate(rs, council))
                .list();
    }

    private static final String CANDIDATES = """
            select i.id, i.title, i.field, i.level, string_agg(p.content, chr(31) order by p.received_at) as text,
              count(p.id) as petition_count
            from petition_issue i left join petition p on p.issue_id = i.id
            where i.council_id = :council and i.status in ('OPEN', 'TRANSFERRED') and not i.complaint%s
            group by i.id, i.title, i.field, i.level""";

    private static Candidate candidate(java.sql.ResultSet rs, CouncilId council) throws java.sql.SQLException {
        return new Candidate(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("field"),
                CompetentLevel.valueOf(rs.getString("level")),
                rs.getString("text") == null ? "" : rs.getString("text"),
                rs.getInt("petition_count"),
                council);
    }

    /** The petitions' texts of an issue, one per member (separated by U+001F in {@link Candidate#text}). */
    static String[] members(Candidate candidate) {
        return candidate.text().split("\u001f");
    }

    /** An issue as the duplicate finder sees it. */
    record Candidate(
            UUID id,
            String title,
            String field,
            CompetentLevel level,
            String text,
            int petitionCount,
            CouncilId council) {}

    /** Transferred issues whose deadline is near (not yet reminded) — in the scope's councils. */
    List<PetitionIssue> dueForReminder(LocalDate remindFrom) {
        return jdbc.sql(IssueRepository.select()
                        + " where i.status = 'TRANSFERRED' and i.reminded_at is null and i.deadline <= :d")
                .param("d", Date.valueOf(remindFrom))
                .query(IssueRepository::map)
                .list();
    }

    /** Transferred issues past their deadline, not yet escalated — in the scope's councils. */
    List<PetitionIssue> dueForEscalation(LocalDate today) {
        return jdbc.sql(IssueRepository.select()
                        + " where i.status = 'TRANSFERRED' and i.escalated_at is null and i.deadline < :d")
                .param("d", Date.valueOf(today))
                .query(IssueRepository::map)
                .list();
    }

    /** Counts of issues per status for the dashboard. */
    List<Object[]> countByStatus(CouncilId council) {
        return jdbc.sql("select status, count(*) from petition_issue where council_id = :council group by status")
                .param("council", council.value())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .list();
    }

    /** Answered issues: on time (answered by the deadline) and late. */
    long[] timeliness(CouncilId council) {
        return jdbc.sql("""
                        select count(*) filter (where answered_on <= deadline), count(*) filter (where answered_on > deadline)
                        from petition_issue where council_id = :council and answered_on is not null""")
                .param("council", council.value())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }
}
