package vn.hdndso.opendata.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.opendata.DatasetTheme;
import vn.hdndso.opendata.UpdateFrequency;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/**
 * Published datasets of some themes with the day their newest version was published as of a
 * given day: how current the council's open data was then. Row-level security scopes it.
 */
@Repository
class DatasetCurrencyRows {

    private final JdbcClient jdbc;

    DatasetCurrencyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A dataset published by the day, with its schedule and its newest version published by then. */
    record Row(UUID id, String title, UpdateFrequency frequency, LocalDate lastPublished) {}

    /** The council's datasets of the themes first published on or before {@code day}, the stalest last. */
    List<Row> publishedBy(CouncilId council, Set<DatasetTheme> themes, LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(VnTime.ZONE).toInstant();
        return jdbc.sql("""
                        select d.id, d.title, d.update_frequency, max(v.published_at) as last_published
                        from dataset d join dataset_version v on v.dataset_id = d.id
                        where d.council_id = :council and d.theme in (:themes)
                          and v.published and v.published_at < :end
                        group by d.id, d.title, d.update_frequency
                        order by last_published desc, d.title, d.id""")
                .param("council", council.value())
                .param("themes", themes.stream().map(Enum::name).toList())
                .param("end", java.sql.Timestamp.from(end))
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        UpdateFrequency.valueOf(rs.getString("update_frequency")),
                        day(rs.getTimestamp("last_published"))))
                .list();
    }

    private static LocalDate day(java.sql.@Nullable Timestamp at) {
        return java.util.Objects.requireNonNull(at, "a published version has its moment")
                .toInstant()
                .atZone(VnTime.ZONE)
                .toLocalDate();
    }
}
