package vn.hdndso.opendata;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Importing a file into a dataset: upload (the file is read and a mapping proposed), preview with
 * the clerk's mapping (types, units, heading rows), then the import itself as a background job
 * with progress. Rows that cannot be read are refused with their reasons; the import goes ahead
 * without them only if the clerk says so. The same file with the same mapping gives the same
 * version again, never a duplicate.
 */
public interface DatasetImports {

    /** Stores an upload and reads it as detected; nothing is imported yet. */
    ImportPreview upload(CouncilId council, DatasetId dataset, @Nullable String fileName, byte[] content);

    /** The upload read again with the clerk's settings (heading rows, sheet, column mapping). */
    ImportPreview preview(CouncilId council, UUID importId, ImportSettings chosen);

    /** The upload read with the settings last chosen (or as detected). */
    ImportPreview currentPreview(CouncilId council, UUID importId);

    /**
     * Starts the import of a previewed upload in the background. Refused (nothing imported) when
     * some rows cannot be read and the clerk has not chosen to keep the good ones.
     */
    ImportStatus start(CouncilId council, UUID importId, ImportSettings chosen, boolean keepGoodRows);

    /** Imports a file in one go (API, demo content): upload, check and store, then the outcome. */
    ImportStatus importNow(
            CouncilId council,
            DatasetId dataset,
            @Nullable String fileName,
            byte[] content,
            ImportSettings chosen,
            boolean keepGoodRows);

    ImportStatus status(CouncilId council, UUID importId);
}
