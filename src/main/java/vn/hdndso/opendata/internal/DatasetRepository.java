package vn.hdndso.opendata.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetTheme;
import vn.hdndso.opendata.UpdateFrequency;
import vn.hdndso.shared.CouncilId;

/** The table of datasets (their descriptions). Runs in the caller's transaction and scope. */
@Repository
class DatasetRepository {

    private final JdbcClient jdbc;

    DatasetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Dataset d, String createdBy) {
        jdbc.sql("""
                        insert into dataset (id, council_id, title, description, source, period, licence, theme,
                                             update_frequency, demo, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.id().value(),
                        d.council().value(),
                        d.title(),
                        d.description(),
                        d.source(),
                        d.period(),
                        d.licence(),
                        d.theme().name(),
                        d.updateFrequency().name(),
                        d.demo(),
                        createdBy,
                        Timestamp.from(d.createdAt()),
                        Timestamp.from(d.updatedAt()))
                .update();
    }

    void updateDescription(Dataset d) {
        jdbc.sql("""
                        update dataset set title = ?, description = ?, source = ?, period = ?, licence = ?, theme = ?,
                               update_frequency = ?, updated_at = now()
                        where id = ?""")
                .params(
                        d.title(),
                        d.description(),
                        d.source(),
                        d.period(),
                        d.licence(),
                        d.theme().name(),
                        d.updateFrequency().name(),
                        d.id().value())
                .update();
    }

    Optional<Dataset> find(CouncilId council, DatasetId id) {
        return jdbc.sql("select * from dataset where council_id = ? and id = ?")
                .params(council.value(), id.value())
                .query(DatasetRepository::dataset)
                .optional();
    }

    /** For update: the row stays locked until the transaction ends (one import or publish at a time). */
    Optional<Dataset> lock(CouncilId council, DatasetId id) {
        return jdbc.sql("select * from dataset where council_id = ? and id = ? for update")
                .params(council.value(), id.value())
                .query(DatasetRepository::dataset)
                .optional();
    }

    List<Dataset> list(CouncilId council, boolean publishedOnly) {
        return jdbc.sql("select * from dataset where council_id = ?"
                        + (publishedOnly ? " and published_at is not null" : "")
                        + " order by updated_at desc, title")
                .param(council.value())
                .query(DatasetRepository::dataset)
                .list();
    }

    /** Every published dataset of the installation (the city-wide catalogue; needs a cross-council scope). */
    List<Dataset> allPublished() {
        return jdbc.sql("select * from dataset where published_at is not null order by updated_at desc, title")
                .query(DatasetRepository::dataset)
                .list();
    }

    Optional<Dataset> findByTitle(CouncilId council, String title) {
        return jdbc.sql("select * from dataset where council_id = ? and title = ?")
                .params(council.value(), title)
                .query(DatasetRepository::dataset)
                .optional();
    }

    private static Dataset dataset(ResultSet rs, int n) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        int publishedVersion = rs.getInt("published_version");
        boolean unpublished = rs.wasNull();
        return new Dataset(
                new DatasetId(rs.getObject("id", UUID.class)),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("source"),
                rs.getString("period"),
                rs.getString("licence"),
                DatasetTheme.valueOf(rs.getString("theme")),
                UpdateFrequency.valueOf(rs.getString("update_frequency")),
                rs.getInt("latest_version"),
                unpublished ? null : publishedVersion,
                publishedAt == null ? null : publishedAt.toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getBoolean("demo"),
                rs.getTimestamp("created_at").toInstant());
    }
}
