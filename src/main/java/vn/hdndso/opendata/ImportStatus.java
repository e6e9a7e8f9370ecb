package vn.hdndso.opendata;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where an import job stands.
 *
 * @param processedRows rows checked so far (progress)
 * @param version the version the import made, or found (an identical earlier import: {@code reused})
 * @param refusedRows rows left out because they could not be read
 * @param problems the reasons for the refused rows (the first few hundred)
 * @param error why the import failed, a message key
 */
public record ImportStatus(
        UUID importId,
        DatasetId dataset,
        State state,
        int totalRows,
        int processedRows,
        @Nullable Integer version,
        boolean reused,
        int refusedRows,
        List<RowProblem> problems,
        @Nullable String error) {

    public enum State {
        PREVIEW,
        RUNNING,
        DONE,
        FAILED;

        public String messageKey() {
            return "opendata.import.state." + name();
        }
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return totalRows == 0 ? 0 : Math.min(99, processedRows * 100 / totalRows);
    }
}
