package vn.hdndso.opendata;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file as it would be imported: how it was read, the proposed (or chosen) column
 * mapping, the first rows with a problem per cell, and the counts of good and refused rows.
 */
public record ImportPreview(
        UUID importId,
        DatasetId dataset,
        String fileName,
        String format,
        String encoding,
        String lineEnds,
        String delimiter,
        List<String> sheets,
        int sheet,
        int headerRow,
        int headerRows,
        List<Column> columns,
        List<PreviewRow> rows,
        int totalRows,
        int emptyRows,
        int goodRows,
        int refusedRows,
        List<RowProblem> problems) {

    /** A row of the preview: its number in the file and its cells. */
    public record PreviewRow(int number, List<PreviewCell> cells, boolean refused) {}

    /** A cell as written, and why it cannot be read (null when it can). */
    public record PreviewCell(String text, @Nullable RowProblem problem) {}
}
