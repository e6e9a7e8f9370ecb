package vn.hdndso.petitions.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.petitions.PublicPetitionFigures;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * {@link PublicPetitionFigures}: counts computed by the office in the council's staff scope (the
 * public cannot read petition rows) and handed out as numbers only. Complaints routed to the other
 * legal track are not petitions and are not counted.
 */
@Service
class PublicFiguresOffice implements PublicPetitionFigures {

    private final JdbcClient jdbc;
    private final PetitionsProperties properties;
    private final TransactionTemplate transactions;

    PublicFiguresOffice(JdbcClient jdbc, PetitionsProperties properties, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public Figures figures(CouncilId council) {
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> Objects.requireNonNull(transactions.execute(status -> compute(council))));
    }

    private Figures compute(CouncilId council) {
        Map<String, Long> byField = new LinkedHashMap<>();
        properties.fields().forEach(f -> byField.put(f.code(), 0L));
        counts(
                        "select field as k, count(*) as n from petition_issue where council_id = :council and not complaint group by field",
                        council)
                .forEach((k, v) -> byField.merge(k, v, Long::sum));
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (PetitionChannel c : PetitionChannel.values()) {
            byChannel.put(c.name(), 0L);
        }
        counts(
                        "select channel as k, count(*) as n from petition where council_id = :council and not complaint group by channel",
                        council)
                .forEach((k, v) -> byChannel.merge(k, v, Long::sum));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (IssueStatus s : IssueStatus.values()) {
            byStatus.put(s.name(), 0L);
        }
        counts(
                        "select status as k, count(*) as n from petition_issue where council_id = :council and not complaint group by status",
                        council)
                .forEach((k, v) -> byStatus.merge(k, v, Long::sum));
        var totals = jdbc.sql("""
                        select
                          (select count(*) from petition where council_id = :council and not complaint) as petitions,
                          (select count(*) from petition_issue where council_id = :council and not complaint) as issues,
                          (select count(*) from petition_issue where council_id = :council and answered_on is not null) as answered,
                          (select count(*) from petition_issue where council_id = :council and answered_on is not null
                             and answered_on <= deadline) as on_time,
                          (select count(*) from petition_issue where council_id = :council and reopened_count > 0) as reopened,
                          (select count(*) from petition_rating where council_id = :council) as ratings,
                          (select count(*) from petition_rating where council_id = :council and satisfied) as satisfied""")
                .param("council", council.value())
                .query((rs, n) -> new long[] {
                    rs.getLong("petitions"),
                    rs.getLong("issues"),
                    rs.getLong("answered"),
                    rs.getLong("on_time"),
                    rs.getLong("reopened"),
                    rs.getLong("ratings"),
                    rs.getLong("satisfied")
                })
                .single();
        return new Figures(
                totals[0], totals[1], byField, byChannel, byStatus, totals[2], totals[3], totals[4], totals[5],
                totals[6]);
    }

    private Map<String, Long> counts(String sql, CouncilId council) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql(sql).param("council", council.value()).query(rs -> {
            result.put(rs.getString("k"), rs.getLong("n"));
        });
        return result;
    }
}
