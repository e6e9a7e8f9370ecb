package vn.hdndso.petitions.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.shared.CouncilId;

/**
 * The dashboard's figures over exactly the issues a list filter selects (the same {@code where} as the
 * list), and over the petitions grouped into those issues.
 */
@Repository
class FilteredFigures {

    private final JdbcClient jdbc;

    FilteredFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PetitionIssues.Statistics of(CouncilId council, IssueQueries.Filter filter, Map<String, Long> meetingsByFormat) {
        String chosen = "with chosen as (" + IssueRepository.select() + IssueQueries.where(filter) + ") ";
        Map<String, Object> params = IssueQueries.params(council, filter);
        Map<String, Long> status = counts(jdbc.sql(chosen + "select status, count(*) from chosen group by status")
                .params(params)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .list());
        long[] issueFigures = jdbc.sql(chosen + """
                        select count(*) filter (where answered_on <= deadline),
                          count(*) filter (where answered_on > deadline),
                          count(*) filter (where status = 'TRANSFERRED' and deadline < :today)
                        from chosen""")
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        long[] petitionFigures = jdbc.sql(chosen + """
                        select count(*), count(*) filter (where p.classified)
                        from petition p where p.council_id = :council and p.issue_id in (select id from chosen)""")
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        long backlog = status.getOrDefault("OPEN", 0L) + status.getOrDefault("TRANSFERRED", 0L);
        return new PetitionIssues.Statistics(
                petitionFigures[0],
                status.values().stream().mapToLong(Long::longValue).sum(),
                petitionFigures[1],
                petitionsBy(chosen, params, "field"),
                petitionsBy(chosen, params, "level"),
                petitionsBy(chosen, params, "channel"),
                petitionsBy(chosen, params, "area"),
                status,
                issueFigures[0],
                issueFigures[1],
                issueFigures[2],
                backlog,
                meetingsByFormat);
    }

    private Map<String, Long> petitionsBy(String chosen, Map<String, Object> params, String column) {
        if (!List.of("field", "level", "channel", "area").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return counts(jdbc.sql(chosen + "select p." + column + ", count(*) from petition p"
                        + " where p.council_id = :council and p.issue_id in (select id from chosen)"
                        + " group by p." + column + " order by count(*) desc")
                .params(params)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .list());
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : rows) {
            out.put(row[0] == null || ((String) row[0]).isEmpty() ? "—" : (String) row[0], (Long) row[1]);
        }
        return out;
    }
}
