package vn.hdndso.petitions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.ReceivingBody;
import vn.hdndso.shared.CouncilId;

/** A council's default receiving bodies ({@code petition_route}). */
@Repository
class RouteRepository {

    /** One stored default. */
    record Row(String field, CompetentLevel level, ReceivingBody body, String updatedBy) {}

    private final JdbcClient jdbc;

    RouteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all(CouncilId council) {
        return jdbc.sql("select * from petition_route where council_id = :council order by field, level")
                .param("council", council.value())
                .query((rs, n) -> new Row(
                        rs.getString("field"),
                        CompetentLevel.valueOf(rs.getString("level")),
                        new ReceivingBody(
                                CompetentBodyKind.valueOf(rs.getString("body_kind")),
                                rs.getObject("executive_unit_id", UUID.class),
                                rs.getString("body_name")),
                        rs.getString("updated_by")))
                .list();
    }

    Optional<ReceivingBody> find(CouncilId council, String field, CompetentLevel level) {
        return all(council).stream()
                .filter(r -> r.field().equals(field) && r.level() == level)
                .map(Row::body)
                .findFirst();
    }

    void save(CouncilId council, String field, CompetentLevel level, ReceivingBody body, String by) {
        jdbc.sql("""
                        insert into petition_route (id, council_id, field, level, body_kind, executive_unit_id, body_name, updated_by)
                        values (:id, :council, :field, :level, :kind, :unit, :name, :by)
                        on conflict (council_id, field, level) do update set body_kind = excluded.body_kind,
                          executive_unit_id = excluded.executive_unit_id, body_name = excluded.body_name,
                          updated_by = excluded.updated_by, updated_at = now()""")
                .param("id", UUID.randomUUID())
                .param("council", council.value())
                .param("field", field)
                .param("level", level.name())
                .param("kind", body.kind().name())
                .param("unit", body.executiveUnitId())
                .param("name", body.name())
                .param("by", by)
                .update();
    }

    int delete(CouncilId council, String field, CompetentLevel level) {
        return jdbc.sql("delete from petition_route where council_id = :council and field = :field and level = :level")
                .param("council", council.value())
                .param("field", field)
                .param("level", level.name())
                .update();
    }
}
