package vn.hdndso.petitions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.petitions.PetitionImportJobs.Job;
import vn.hdndso.petitions.PetitionImportJobs.RowError;
import vn.hdndso.petitions.PetitionImportJobs.State;
import vn.hdndso.shared.CouncilId;

/** The table {@code petition_import_job} and its row errors. */
@Repository
class ImportJobRepository {

    private static final String COLUMNS = "id, file_name, state, total_rows, rows_done, imported, skipped, failed,"
            + " cancel_requested, error, created_by, created_at, finished_at";

    private final JdbcClient jdbc;

    ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the runner needs to (re)start a job. */
    record Work(
            CouncilId council,
            UUID id,
            byte @Nullable [] content,
            Map<String, String> mapping,
            int rowsDone,
            int totalRows) {}

    void insert(CouncilId council, UUID id, String fileName, String sha, byte[] content, int totalRows, String by) {
        jdbc.sql("""
                        insert into petition_import_job (id, council_id, file_name, file_sha256, content, state, total_rows, created_by)
                        values (:id, :council, :name, :sha, :content, 'UPLOADED', :total, :by)""")
                .param("id", id)
                .param("council", council.value())
                .param("name", fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
                .param("sha", sha)
                .param("content", content)
                .param("total", totalRows)
                .param("by", by)
                .update();
    }

    Optional<Job> find(CouncilId council, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from petition_import_job where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .query(ImportJobRepository::job)
                .optional();
    }

    List<Job> recent(CouncilId council, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from petition_import_job where council_id = :council order by created_at desc limit :limit")
                .param("council", council.value())
                .param("limit", limit)
                .query(ImportJobRepository::job)
                .list();
    }

    byte @Nullable [] content(CouncilId council, UUID id) {
        return jdbc.sql("select content from petition_import_job where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElse(null);
    }

    /** UPLOADED → QUEUED with the mapping; false if the job was not waiting to start. */
    boolean queue(CouncilId council, UUID id, Map<String, String> mapping) {
        return jdbc.sql("""
                        update petition_import_job set state = 'QUEUED', mapping = :mapping, heartbeat_at = now()
                        where council_id = :council and id = :id and state = 'UPLOADED'""")
                        .param("mapping", mappingText(mapping))
                        .param("council", council.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    /**
     * Takes a queued job, or one whose heartbeat is older than {@code staleBefore} (its instance
     * died): RUNNING, heartbeat now. False when another runner holds it.
     */
    Optional<Work> claim(CouncilId council, UUID id, Instant staleBefore) {
        int claimed = jdbc.sql("""
                        update petition_import_job set state = 'RUNNING', heartbeat_at = now(),
                               started_at = coalesce(started_at, now())
                        where council_id = :council and id = :id and state in ('QUEUED', 'RUNNING')
                          and (state = 'QUEUED' or heartbeat_at is null or heartbeat_at < :stale)""")
                .param("council", council.value())
                .param("id", id)
                .param("stale", OffsetDateTime.ofInstant(staleBefore, java.time.ZoneOffset.UTC))
                .update();
        if (claimed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select content, mapping, rows_done, total_rows from petition_import_job where id = :id")
                .param("id", id)
                .query((rs, n) ->
                        new Work(council, id, rs.getBytes(1), mapping(rs.getString(2)), rs.getInt(3), rs.getInt(4)))
                .optional();
    }

    /** Jobs of every council waiting for a runner or left by a dead one (the caller reads all councils). */
    List<Work> stale(Instant staleBefore) {
        return jdbc.sql("""
                        select council_id, id from petition_import_job
                        where state in ('QUEUED', 'RUNNING') and (heartbeat_at is null or heartbeat_at < :stale)""")
                .param("stale", OffsetDateTime.ofInstant(staleBefore, java.time.ZoneOffset.UTC))
                .query((rs, n) -> new Work(
                        new CouncilId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class), null, Map.of(), 0, 0))
                .list();
    }

    /** The rows counted by the job before it starts on them. */
    void total(CouncilId council, UUID id, int rows) {
        jdbc.sql(
                        "update petition_import_job set total_rows = :rows, heartbeat_at = now() where council_id = :council and id = :id")
                .param("rows", rows)
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    /** Adds a batch's counts and beats the heart; returns whether the clerk asked to cancel. */
    boolean progress(CouncilId council, UUID id, int rows, int imported, int skipped, int failed) {
        return jdbc.sql("""
                        update petition_import_job set rows_done = rows_done + :rows, imported = imported + :imported,
                               skipped = skipped + :skipped, failed = failed + :failed, heartbeat_at = now()
                        where council_id = :council and id = :id returning cancel_requested""")
                .param("rows", rows)
                .param("imported", imported)
                .param("skipped", skipped)
                .param("failed", failed)
                .param("council", council.value())
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    void error(CouncilId council, UUID id, int row, String field, String messageKey, String value) {
        jdbc.sql("""
                        insert into petition_import_job_error (job_id, council_id, row_number, field, message_key, value)
                        values (:id, :council, :row, :field, :key, :value) on conflict do nothing""")
                .param("id", id)
                .param("council", council.value())
                .param("row", row)
                .param("field", field.length() > 40 ? field.substring(0, 40) : field)
                .param("key", messageKey.length() > 100 ? messageKey.substring(0, 100) : messageKey)
                .param("value", value.length() > 300 ? value.substring(0, 300) : value)
                .update();
    }

    /** Ends the job; the file goes. */
    void finish(CouncilId council, UUID id, State state, @Nullable String error) {
        jdbc.sql("""
                        update petition_import_job set state = :state, error = :error, content = null,
                               finished_at = now(), heartbeat_at = now()
                        where council_id = :council and id = :id""")
                .param("state", state.name())
                .param("error", error)
                .param("council", council.value())
                .param("id", id)
                .update();
    }

    /** Cancels a job not started yet, or asks a running one to stop. */
    void requestCancel(CouncilId council, UUID id) {
        jdbc.sql("""
                        update petition_import_job set cancel_requested = true,
                               state = case when state = 'UPLOADED' then 'CANCELLED' else state end,
                               content = case when state = 'UPLOADED' then null else content end,
                               finished_at = case when state = 'UPLOADED' then now() else finished_at end
                        where council_id = :council and id = :id""").param("council", council.value()).param("id", id).update();
    }

    List<RowError> errors(CouncilId council, UUID id) {
        return jdbc.sql("""
                        select row_number, field, message_key, value from petition_import_job_error
                        where council_id = :council and job_id = :id order by row_number, field""")
                .param("council", council.value())
                .param("id", id)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    static String mappingText(Map<String, String> mapping) {
        var out = new StringBuilder();
        mapping.forEach(
                (k, v) -> out.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        return out.toString();
    }

    static Map<String, String> mapping(@Nullable String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    mapping.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return mapping;
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new Job(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                State.valueOf(rs.getString("state")),
                rs.getInt("total_rows"),
                rs.getInt("rows_done"),
                rs.getInt("imported"),
                rs.getInt("skipped"),
                rs.getInt("failed"),
                rs.getBoolean("cancel_requested"),
                rs.getString("error"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
