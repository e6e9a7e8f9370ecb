package vn.hdndso.opendata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.Unit;
import vn.hdndso.shared.VnText;

/**
 * Reads an uploaded file (CSV or other delimited text, XLSX, XLS) into a {@link SourceTable}:
 * decodes the text, finds the heading (also one spanning several rows or merged cells, and
 * after title lines such as "Đơn vị: triệu đồng"), and proposes a type and unit per column from
 * its heading and its cells.
 */
final class TableReader {

    private TableReader() {}

    /**
     * What the clerk chose; null fields mean "detect".
     *
     * @param sheet the sheet of a workbook (0-based)
     * @param headerRow the first heading row (1-based)
     * @param headerRows how many rows the heading spans
     */
    record Options(
            int sheet,
            @Nullable Integer headerRow,
            @Nullable Integer headerRows) {

        public static Options detect() {
            return new Options(0, null, null);
        }
    }

    /** @throws IllegalArgumentException with a message key when the file cannot be read at all */
    public static SourceTable read(byte[] bytes, String fileName, Options options) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("opendata.file.empty");
        }
        String format;
        String encoding = "-";
        String lineEnds = "-";
        Character delimiter = null;
        List<String> sheets = List.of();
        int sheet = 0;
        List<List<String>> grid;
        if (Spreadsheets.isSpreadsheet(bytes)) {
            format = bytes[0] == 0x50 ? "XLSX" : "XLS";
            Spreadsheets.Read read = Spreadsheets.read(bytes, options.sheet());
            sheets = read.sheetNames();
            sheet = read.sheet();
            grid = read.grid();
        } else {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".pdf") || lower.endsWith(".docx") || lower.endsWith(".doc") || looksBinary(bytes)) {
                throw new IllegalArgumentException("opendata.file.unsupported");
            }
            format = "CSV";
            TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
            encoding = decoded.encoding();
            lineEnds = DelimitedText.lineEnds(decoded.text());
            delimiter = DelimitedText.detectDelimiter(decoded.text());
            grid = DelimitedText.parse(decoded.text(), delimiter);
        }
        grid = grid.stream()
                .map(r -> r.stream().map(VnText::normalize).toList())
                .toList();
        int headerIndex = options.headerRow() != null
                ? Math.max(0, Math.min(options.headerRow() - 1, Math.max(0, grid.size() - 1)))
                : Headings.detectHeader(grid);
        int headerCount = options.headerRows() != null
                ? Math.max(1, Math.min(options.headerRows(), 5))
                : Headings.detectHeaderRows(grid, headerIndex);
        if (grid.isEmpty() || headerIndex >= grid.size()) {
            throw new IllegalArgumentException("opendata.file.noRows");
        }
        int width = 0;
        for (List<String> row : grid) {
            width = Math.max(width, Headings.lastNonEmpty(row) + 1);
        }
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        int empty = 0;
        for (int r = headerIndex + headerCount; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            if (Headings.lastNonEmpty(row) < 0) {
                empty++;
                continue;
            }
            rows.add(new SourceTable.SourceRow(r + 1, row));
        }
        Unit tableUnit = ColumnProposals.tableUnit(grid, headerIndex);
        List<String> allNames = Headings.columnNames(grid, headerIndex, headerCount, width);
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            final int column = c;
            boolean hasData = rows.stream().anyMatch(r -> !r.cell(column).isBlank());
            String name = allNames.get(c);
            boolean sameAsNeighbour =
                    (c > 0 && name.equals(allNames.get(c - 1))) || (c + 1 < width && name.equals(allNames.get(c + 1)));
            if (hasData || !(name.isBlank() || sameAsNeighbour)) {
                keep.add(c);
            }
        }
        List<String> names = keep.stream().map(allNames::get).toList();
        if (keep.size() < width) {
            int fullWidth = width;
            rows = rows.stream()
                    .map(r -> new SourceTable.SourceRow(r.number(), project(r.cells(), keep, fullWidth)))
                    .toList();
        }
        List<Column> columns = ColumnProposals.proposeColumns(names, rows, tableUnit);
        return new SourceTable(
                format,
                encoding,
                lineEnds,
                delimiter,
                sheets,
                sheet,
                headerIndex + 1,
                headerCount,
                columns,
                rows,
                empty);
    }

    /** The kept columns of a row, followed by any cells beyond the table's width. */
    private static List<String> project(List<String> cells, List<Integer> keep, int width) {
        List<String> projected = new ArrayList<>(keep.size());
        for (int c : keep) {
            projected.add(c < cells.size() ? cells.get(c) : "");
        }
        for (int c = width; c < cells.size(); c++) {
            projected.add(cells.get(c));
        }
        return projected;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 && b != 0) {
                control++;
            }
        }
        return control > n / 20;
    }
}
