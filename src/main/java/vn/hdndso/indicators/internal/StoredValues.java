package vn.hdndso.indicators.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

/** The table {@code indicator_value}. Runs in the caller's transaction and tenant scope. */
@Repository
class StoredValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    StoredValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored values of these councils, codes and periods (all combinations), in one query. */
    List<IndicatorValue> find(
            Collection<CouncilId> councils, Collection<IndicatorCode> codes, Collection<Period> periods) {
        return jdbc.sql("""
                        select council_id, code, period, numerator, denominator, breakdown::text as breakdown, as_of
                          from indicator_value
                         where council_id = any(cast(? as uuid[])) and code = any(?) and period = any(?)""")
                .param(councils.stream().map(CouncilId::toString).toArray(String[]::new))
                .param(codes.stream().map(IndicatorCode::name).toArray(String[]::new))
                .param(periods.stream().map(Period::toString).toArray(String[]::new))
                .query(StoredValues::value)
                .list();
    }

    void save(IndicatorValue value) {
        Measurement m = value.measurement();
        jdbc.sql("""
                        insert into indicator_value (council_id, code, period, numerator, denominator, breakdown, as_of)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
                        on conflict (council_id, code, period) do update
                           set numerator = excluded.numerator, denominator = excluded.denominator,
                               breakdown = excluded.breakdown, as_of = excluded.as_of""")
                .param(value.council().value())
                .param(value.code().name())
                .param(value.period().toString())
                .param(m.numerator())
                .param(new SqlParameterValue(Types.BIGINT, m.denominator()))
                .param(breakdownJson(m.breakdown()))
                .param(Timestamp.from(value.asOf()))
                .update();
    }

    /** Forgets the council's values of every period but these (they are computed again when asked for). */
    int forgetOtherPeriods(CouncilId council, Collection<Period> keep) {
        return jdbc.sql("delete from indicator_value where council_id = ? and period <> all(?)")
                .param(council.value())
                .param(keep.stream().map(Period::toString).toArray(String[]::new))
                .update();
    }

    /** Forgets every visible council's values of every period but these. */
    int forgetOtherPeriods(Collection<Period> keep) {
        return jdbc.sql("delete from indicator_value where period <> all(?)")
                .param(keep.stream().map(Period::toString).toArray(String[]::new))
                .update();
    }

    private static IndicatorValue value(ResultSet rs, int row) throws SQLException {
        long denominator = rs.getLong("denominator");
        boolean count = rs.wasNull();
        return new IndicatorValue(
                new CouncilId(rs.getObject("council_id", UUID.class)),
                IndicatorCode.valueOf(rs.getString("code")),
                Period.parse(rs.getString("period")),
                new Measurement(
                        rs.getLong("numerator"), count ? null : denominator, breakdown(rs.getString("breakdown"))),
                rs.getTimestamp("as_of").toInstant());
    }

    /** A breakdown as a JSON array of pairs, which keeps the display order ({@code jsonb} objects do not). */
    static String breakdownJson(Map<String, Long> breakdown) {
        var pairs = JSON.createArrayNode();
        breakdown.forEach((key, figure) -> pairs.addArray().add(key).add(figure));
        return JSON.writeValueAsString(pairs);
    }

    static Map<String, Long> breakdown(String json) {
        Map<String, Long> breakdown = new LinkedHashMap<>();
        for (JsonNode pair : JSON.readTree(json)) {
            breakdown.put(pair.get(0).asString(), pair.get(1).asLong());
        }
        return breakdown;
    }
}
