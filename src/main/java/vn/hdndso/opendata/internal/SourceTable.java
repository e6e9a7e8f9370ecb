package vn.hdndso.opendata.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.opendata.Column;

/**
 * A file read as a table, before validation: how it was read, its heading and proposed column
 * mapping, and its non-empty data rows with their row numbers in the file.
 *
 * @param format "CSV", "XLSX" or "XLS"
 * @param encoding of a text file ("UTF-8", "windows-1258", …); "-" for a workbook
 * @param lineEnds of a text file ("CRLF", "LF", "CR"); "-" for a workbook
 * @param delimiter of a text file; null for a workbook
 * @param headerRow the first heading row, counting from 1
 * @param headerRows how many rows the heading spans (merged, multi-row headings)
 * @param emptyRows empty rows skipped
 */
record SourceTable(
        String format,
        String encoding,
        String lineEnds,
        @Nullable Character delimiter,
        List<String> sheets,
        int sheet,
        int headerRow,
        int headerRows,
        List<Column> columns,
        List<SourceRow> rows,
        int emptyRows) {

    /** One data row: its number in the file (1-based) and its cells as written. */
    record SourceRow(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    public String delimiterName() {
        if (delimiter == null) {
            return "-";
        }
        return switch (delimiter) {
            case '\t' -> "TAB";
            default -> String.valueOf(delimiter);
        };
    }
}
