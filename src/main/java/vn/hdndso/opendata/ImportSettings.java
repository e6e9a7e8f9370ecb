package vn.hdndso.opendata;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a clerk wants an uploaded file read; null fields mean "as detected".
 *
 * @param sheet the workbook sheet, counting from 0
 * @param headerRow the first heading row, counting from 1
 * @param headerRows how many rows the heading spans
 * @param columns the column mapping (names, types, units), one per column of the file
 */
public record ImportSettings(
        @Nullable Integer sheet,
        @Nullable Integer headerRow,
        @Nullable Integer headerRows,
        @Nullable List<Column> columns) {

    public static ImportSettings detected() {
        return new ImportSettings(null, null, null, null);
    }
}
