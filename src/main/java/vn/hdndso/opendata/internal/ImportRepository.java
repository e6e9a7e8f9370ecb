package vn.hdndso.opendata.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.ImportSettings;
import vn.hdndso.opendata.ImportStatus;
import vn.hdndso.opendata.RowProblem;
import vn.hdndso.shared.CouncilId;

/** Import jobs: the uploaded file, the clerk's settings, progress and outcome. */
@Repository
class ImportRepository {

    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored upload. */
    record Upload(
            UUID id,
            CouncilId council,
            DatasetId dataset,
            String fileName,
            String sha256,
            byte @Nullable [] content,
            ImportSettings settings) {}

    void insert(Upload upload, String by) {
        jdbc.sql("""
                        insert into dataset_import (id, council_id, dataset_id, file_name, file_sha256, content, options,
                                                    status, created_by)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, 'PREVIEW', ?)""")
                .params(
                        upload.id(),
                        upload.council().value(),
                        upload.dataset().value(),
                        upload.fileName(),
                        upload.sha256(),
                        Objects.requireNonNull(upload.content(), "a new upload has its file"),
                        DatasetVersionRepository.JSON.writeValueAsString(upload.settings()),
                        by)
                .update();
    }

    Optional<Upload> upload(CouncilId council, UUID id) {
        return jdbc.sql("""
                        select id, council_id, dataset_id, file_name, file_sha256, content, options::text as options
                        from dataset_import where council_id = ? and id = ?""")
                .params(council.value(), id)
                .query((rs, n) -> new Upload(
                        rs.getObject("id", UUID.class),
                        new CouncilId(rs.getObject("council_id", UUID.class)),
                        new DatasetId(rs.getObject("dataset_id", UUID.class)),
                        rs.getString("file_name"),
                        rs.getString("file_sha256"),
                        rs.getBytes("content"),
                        DatasetVersionRepository.JSON.readValue(rs.getString("options"), ImportSettings.class)))
                .optional();
    }

    void settings(UUID id, ImportSettings settings) {
        jdbc.sql("update dataset_import set options = ?::jsonb where id = ?")
                .params(DatasetVersionRepository.JSON.writeValueAsString(settings), id)
                .update();
    }

    /** Moves a previewed (or failed) upload to RUNNING; false if it runs or ran already. */
    boolean start(UUID id, int totalRows) {
        return jdbc.sql("""
                        update dataset_import set status = 'RUNNING', total_rows = ?, processed_rows = 0
                        where id = ? and status in ('PREVIEW', 'FAILED')""").params(totalRows, id).update() == 1;
    }

    void progress(UUID id, int processed) {
        jdbc.sql("update dataset_import set processed_rows = ? where id = ?")
                .params(processed, id)
                .update();
    }

    void done(UUID id, int version, boolean reused, List<RowProblem> problems) {
        jdbc.sql("""
                        update dataset_import set status = 'DONE', processed_rows = total_rows, version_number = ?,
                               reused = ?, problems = ?::jsonb, content = null, finished_at = now()
                        where id = ?""")
                .params(version, reused, DatasetVersionRepository.JSON.writeValueAsString(problems), id)
                .update();
    }

    void failed(UUID id, String messageKey, List<RowProblem> problems) {
        jdbc.sql("""
                        update dataset_import set status = 'FAILED', error = ?, problems = ?::jsonb, finished_at = now()
                        where id = ?""")
                .params(messageKey, DatasetVersionRepository.JSON.writeValueAsString(problems), id)
                .update();
    }

    Optional<ImportStatus> status(CouncilId council, UUID id) {
        return jdbc.sql("""
                        select i.*, i.problems::text as problem_list,
                               (select v.refused_count from dataset_version v
                                 where v.dataset_id = i.dataset_id and v.number = i.version_number) as refused
                        from dataset_import i where i.council_id = ? and i.id = ?""")
                .params(council.value(), id)
                .query(ImportRepository::status)
                .optional();
    }

    private static ImportStatus status(ResultSet rs, int n) throws SQLException {
        int version = rs.getInt("version_number");
        boolean noVersion = rs.wasNull();
        List<RowProblem> problems = DatasetVersionRepository.JSON.readValue(rs.getString("problem_list"), PROBLEMS);
        return new ImportStatus(
                rs.getObject("id", UUID.class),
                new DatasetId(rs.getObject("dataset_id", UUID.class)),
                ImportStatus.State.valueOf(rs.getString("status")),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                noVersion ? null : version,
                rs.getBoolean("reused"),
                rs.getInt("refused"),
                problems,
                rs.getString("error"));
    }
}
