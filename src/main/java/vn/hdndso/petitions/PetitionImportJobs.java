package vn.hdndso.petitions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Imports of petition lists as background jobs: the file is uploaded (and its rows counted), the
 * columns mapped with a preview of the first rows, then the job reads the file row by row (streamed,
 * also a 200,000-row XLSX), checks each row and registers the good ones through intake in batches,
 * each batch one transaction with the job's progress. Rows with problems are recorded with the
 * reason and left out (downloadable); rows imported before are skipped. The clerk can cancel: the
 * job stops after the current batch, what was imported stays. A job left running by an instance that
 * died is resumed from its last batch by another (or the same, restarted) instance.
 */
public interface PetitionImportJobs {

    enum State {
        UPLOADED,
        QUEUED,
        RUNNING,
        DONE,
        CANCELLED,
        FAILED;

        public boolean finished() {
            return this == DONE || this == CANCELLED || this == FAILED;
        }
    }

    /** A job as the progress page and the API show it. */
    record Job(
            UUID id,
            String fileName,
            State state,
            int totalRows,
            int rowsDone,
            int imported,
            int skipped,
            int failed,
            boolean cancelRequested,
            @Nullable String error,
            String createdBy,
            Instant createdAt,
            @Nullable Instant finishedAt) {

        /** Rows processed of the rows counted, 0–100. */
        public int percent() {
            if (state == State.DONE) {
                return 100;
            }
            return totalRows == 0 ? 0 : (int) Math.min(100, rowsDone * 100L / totalRows);
        }

        public boolean finished() {
            return state.finished();
        }
    }

    /** A row left out, with the reason (a message key) and the value it had. */
    record RowError(int row, String field, String messageKey, String value) {}

    /** Stores the file and counts its rows; 400 naming {@code file} if it cannot be read. */
    Job upload(CouncilId council, String fileName, byte[] content);

    /** The header, the mapping (guessed where not given) and the first rows checked. */
    PetitionImports.Preview preview(CouncilId council, UUID id, Map<String, String> mapping);

    /** Starts the job in the background with the mapping (checked first: 400 naming {@code mapping.*}). */
    Job start(CouncilId council, UUID id, Map<String, String> mapping);

    Job require(CouncilId council, UUID id);

    /** The council's latest jobs, newest first. */
    List<Job> recent(CouncilId council);

    /** Asks the job to stop; one not started yet is cancelled at once. A finished job: 409. */
    Job cancel(CouncilId council, UUID id);

    /** Every row left out, in row order. */
    List<RowError> errors(CouncilId council, UUID id);
}
