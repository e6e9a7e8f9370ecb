package vn.hdndso.opendata.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.opendata.BulkExport;
import vn.hdndso.shared.CouncilId;

/**
 * The latest bulk export of each council: its metadata, and the name of its ZIP in the blob store.
 * Exports made before the ZIP moved to the blob store kept it in {@code content}
 * ({@link ExportsIntoBlobStore} moves them).
 */
@Repository
class ExportRepository {

    private final JdbcClient jdbc;

    ExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BulkExport> find(CouncilId council) {
        return jdbc.sql("""
                        select blob_sha256, size, sha256, generated_at, files from open_data_export
                        where council_id = ? and blob_sha256 is not null""")
                .param(council.value())
                .query((rs, n) -> new BulkExport(
                        rs.getString("blob_sha256"),
                        rs.getLong("size"),
                        rs.getString("sha256"),
                        rs.getTimestamp("generated_at").toInstant(),
                        rs.getInt("files")))
                .optional();
    }

    void save(CouncilId council, BulkExport export) {
        jdbc.sql("""
                        insert into open_data_export (council_id, generated_at, sha256, size, blob_sha256, files)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (council_id) do update set generated_at = excluded.generated_at,
                               sha256 = excluded.sha256, size = excluded.size, blob_sha256 = excluded.blob_sha256,
                               content = null, files = excluded.files""")
                .params(
                        council.value(),
                        Timestamp.from(export.generatedAt()),
                        export.sha256(),
                        export.size(),
                        export.blob(),
                        export.files())
                .update();
    }

    /** Whether any export names this blob (exports of equal content share it). */
    boolean blobInUse(String blob) {
        return jdbc.sql("select exists (select 1 from open_data_export where blob_sha256 = ?)")
                .param(blob)
                .query(Boolean.class)
                .single();
    }

    /** The councils whose export is still kept in the database. */
    List<CouncilId> keptInTheDatabase() {
        return jdbc.sql("select council_id from open_data_export where blob_sha256 is null and content is not null")
                .query((rs, n) -> new CouncilId(rs.getObject(1, java.util.UUID.class)))
                .list();
    }

    /** The ZIP an export kept in the database, locked until the transaction ends. */
    Optional<byte[]> contentOf(CouncilId council) {
        return jdbc.sql("""
                        select content from open_data_export
                        where council_id = ? and blob_sha256 is null and content is not null for update""")
                .param(council.value())
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** The export's ZIP now lives in the blob store under {@code blob}. */
    void moved(CouncilId council, String blob) {
        jdbc.sql("update open_data_export set blob_sha256 = ?, content = null where council_id = ?")
                .params(blob, council.value())
                .update();
    }
}
