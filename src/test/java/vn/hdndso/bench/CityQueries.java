package vn.hdndso.bench;

import static vn.hdndso.bench.CityScaleGenerator.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The queries behind the measured views, as the repositories send them (the source named beside
 * each), explained with {@code EXPLAIN (ANALYZE, BUFFERS)} in the scope the product runs them in:
 * the big council's staff scope, its public scope, or all councils for the city's views.
 */
final class CityQueries {

    private static final String LOCAL = "(created_at at time zone '" + VnTime.ZONE_ID + "')";
    private static final String YEAR = "coalesce(number_year, extract(year from " + LOCAL + ")::int)";
    private static final String OPEN_CITY_LEVEL =
            "i.level = 'CITY' and not i.complaint and i.status <> 'CLOSED' and i.petition_count > 0";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    CityQueries(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void explainAll(Council big, int year) {
        Object council = big.id().value();
        Map<String, String> staff = new LinkedHashMap<>();
        // documents.internal.DocumentRepository.list, the staff list's first page
        staff.put(
                "staff documents list (DocumentRepository.list)",
                "select * from outgoing_document where council_id = ? order by coalesce(issue_date, " + LOCAL
                        + "::date) desc, number desc nulls first, created_at desc offset 0 limit 20");
        // documents.internal.DocumentRepository.countUpTo and .years (the page's total and year filter),
        // beside the former count and years that read every document of the council
        staff.put(
                "staff documents count, former (every document)",
                "select count(*) from outgoing_document where council_id = ?");
        staff.put(
                "staff documents count (DocumentRepository.countUpTo, 1,001)",
                "select count(*) from (select 1 from outgoing_document where council_id = ? limit 1001) found");
        staff.put(
                "staff documents years, former (distinct over every document)",
                "select distinct " + YEAR + " as y from outgoing_document where council_id = ? order by y desc");
        staff.put(
                "staff documents years (DocumentRepository.years, loose index scan)",
                "with recursive y (y) as ((select register_year from outgoing_document where council_id = ?"
                        + " order by 1 desc limit 1) union all select (select register_year from outgoing_document"
                        + " where council_id = ? and register_year < y.y order by 1 desc limit 1) from y where y.y is"
                        + " not null) select y from y where y.y is not null");
        // petitions.internal.IssueQueries.list and .count, the clerk's issue list
        staff.put(
                "staff petition issues (IssueQueries.list)",
                "select i.* from petition_issue i where i.council_id = ? order by i.updated_at desc, i.id limit 20 offset 0");
        staff.put(
                "staff petition issues count (IssueQueries.count)",
                "select count(*) from petition_issue i where i.council_id = ?");
        // sessions.internal.CouncilSessionRepository.list
        staff.put(
                "staff sessions (CouncilSessionRepository.list)",
                "select * from council_session where council_id = ? order by starts_at desc, title");
        staff.forEach((name, sql) -> explain(
                TenantScope.staffOf(big.id()),
                name,
                sql,
                sql.startsWith("with recursive") ? new Object[] {council, council} : new Object[] {council}));
        // documents.internal.PublishedDocumentRepository.issued / count, the public /{slug}/van-ban page
        explain(
                TenantScope.publicOf(big.id()),
                "public documents (PublishedDocumentRepository.issued)",
                "select * from outgoing_document where status = 'ISSUED' and not restricted and council_id = ?"
                        + " order by issue_date desc, issued_at desc, number desc offset 0 limit 20",
                council);
        explain(
                TenantScope.publicOf(big.id()),
                "public documents count (PublishedDocumentRepository.count)",
                "select count(*) from outgoing_document where status = 'ISSUED' and not restricted and council_id = ?",
                council);
        // the city-level view: the former IssueQueries.cityLevelEverywhere (every open city-level issue
        // with its petitions' texts, then grouped in Java), and petitions.internal.CityLevelGroups now
        explain(
                TenantScope.allCouncils("city-scale benchmark: plans"),
                "city-level petitions, former (IssueQueries.cityLevelEverywhere)",
                "select i.id, i.council_id, i.title, i.field, i.level, string_agg(p.content, chr(31) order by"
                        + " p.received_at) as text, count(p.id) as petition_count from petition_issue i join petition p"
                        + " on p.issue_id = i.id where i.level = 'CITY' and not i.complaint and i.status <> 'CLOSED'"
                        + " group by i.id, i.council_id, i.title, i.field, i.level");
        explain(
                TenantScope.allCouncils("city-scale benchmark: plans"),
                "city-level petitions: anything to place? (CityLevelGroups.placePending)",
                "select exists (select 1 from petition_issue i where " + OPEN_CITY_LEVEL
                        + " and i.city_placed_at is distinct from i.updated_at)");
        explain(
                TenantScope.allCouncils("city-scale benchmark: plans"),
                "city-level petitions: groups counted (CityLevelGroups.page)",
                "select count(distinct i.city_group) from petition_issue i where " + OPEN_CITY_LEVEL);
        explain(
                TenantScope.allCouncils("city-scale benchmark: plans"),
                "city-level petitions: a page of groups (CityLevelGroups.page)",
                "select (array_agg(i.title order by i.created_at, i.id))[1] as title, (array_agg(i.field order by"
                        + " i.created_at, i.id))[1] as field, sum(i.petition_count) as petitions, array_agg(i.council_id"
                        + " order by i.created_at, i.id) as councils, array_agg(i.id order by i.created_at, i.id) as"
                        + " issues from petition_issue i where " + OPEN_CITY_LEVEL + " and i.city_group is not null"
                        + " group by i.city_group order by petitions desc, min(i.created_at), i.city_group limit 50"
                        + " offset 0");
        explain(
                TenantScope.allCouncils("city-scale benchmark: plans"),
                "city indicator table (indicator_value of one code and period)",
                "select council_id, numerator, denominator, breakdown, as_of from indicator_value where code = 'T1'"
                        + " and period = ?",
                Integer.toString(year));
    }

    private void explain(TenantScope scope, String name, String sql, Object... args) {
        try {
            List<String> plan = Tenancy.call(
                    scope,
                    () -> transactions.execute(
                            s -> jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, args)));
            report("plan: %s", name);
            if (plan != null) {
                plan.forEach(line -> report("    %s", line));
            }
        } catch (RuntimeException e) {
            report("plan: %s failed: %s", name, e.getMessage());
        }
    }
}
