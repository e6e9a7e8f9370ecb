package vn.hdndso.petitions.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.petitions.AnswerClass;
import vn.hdndso.petitions.AnswerMap;
import vn.hdndso.petitions.MapArea;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * {@link AnswerMap}: the office reads, in the council's staff scope (the public cannot read
 * petition rows), the published issues whose voters placed points inside the council's area, and
 * hands out one rounded point per issue with the published, de-identified title. Points flagged
 * outside the area, anonymised petitions (their point is gone) and complaints are left out.
 */
@Service
class AnswerMapOffice implements AnswerMap {

    private static final int MOST_MARKERS = 2000;

    private final JdbcClient jdbc;
    private final CouncilAreas areas;
    private final MapProperties properties;
    private final TransactionTemplate transactions;

    AnswerMapOffice(JdbcClient jdbc, CouncilAreas areas, MapProperties properties, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public View view(CouncilId council) {
        MapArea area = areas.of(council);
        List<Marker> markers = Tenancy.call(
                TenantScope.staffOf(council),
                () -> Objects.requireNonNull(transactions.execute(status -> markers(council))));
        return new View(area, markers);
    }

    @Override
    public MapArea area(CouncilId council) {
        return areas.of(council);
    }

    @Override
    public Tiles tiles() {
        return new Tiles(properties.tileUrl(), properties.tileAttribution(), properties.maxZoom());
    }

    private List<Marker> markers(CouncilId council) {
        return jdbc.sql("""
                        select i.id, i.title, i.field, i.answer_class, i.published_at, i.petition_count,
                          avg(p.latitude) as lat, avg(p.longitude) as lon
                        from petition_issue i join petition p on p.issue_id = i.id and p.council_id = i.council_id
                        where i.council_id = :council and i.published_at is not null and not i.complaint
                          and p.latitude is not null and p.longitude is not null and not p.outside_area
                        group by i.id
                        order by i.published_at desc, i.id
                        limit :limit""")
                .param("council", council.value())
                .param("limit", MOST_MARKERS)
                .query((rs, n) -> new Marker(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getString("field"),
                        AnswerClass.valueOf(rs.getString("answer_class")),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getInt("petition_count"),
                        rounded(rs.getDouble("lat")),
                        rounded(rs.getDouble("lon"))))
                .list();
    }

    private double rounded(double degrees) {
        return BigDecimal.valueOf(degrees)
                .setScale(properties.publicDecimals(), RoundingMode.HALF_UP)
                .doubleValue();
    }
}
