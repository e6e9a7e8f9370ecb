package vn.hdndso.opendata;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One import of a file into a dataset; versions are never changed, a correction is a new one. */
public record DatasetVersion(
        UUID id,
        DatasetId dataset,
        int number,
        String fileName,
        String fileSha256,
        String format,
        String encoding,
        List<Column> columns,
        int rowCount,
        int refusedCount,
        boolean published,
        @Nullable Instant publishedAt,
        String importedBy,
        Instant importedAt) {

    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
