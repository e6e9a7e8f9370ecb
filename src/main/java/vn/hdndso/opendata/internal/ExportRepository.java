package vn.hdndso.opendata.internal;

import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.opendata.BulkExport;
import vn.hdndso.shared.CouncilId;

/** The latest bulk export of each council. */
@Repository
class ExportRepository {

    private final JdbcClient jdbc;

    ExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BulkExport> find(CouncilId council) {
        return jdbc.sql("select content, sha256, generated_at, files from open_data_export where council_id = ?")
                .param(council.value())
                .query((rs, n) -> new BulkExport(
                        rs.getBytes("content"),
                        rs.getString("sha256"),
                        rs.getTimestamp("generated_at").toInstant(),
                        rs.getInt("files")))
                .optional();
    }

    void save(CouncilId council, BulkExport export) {
        jdbc.sql("""
                        insert into open_data_export (council_id, generated_at, sha256, size, content, files)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (council_id) do update set generated_at = excluded.generated_at,
                               sha256 = excluded.sha256, size = excluded.size, content = excluded.content,
                               files = excluded.files""")
                .params(
                        council.value(),
                        Timestamp.from(export.generatedAt()),
                        export.sha256(),
                        export.zip().length,
                        export.zip(),
                        export.files())
                .update();
    }
}
