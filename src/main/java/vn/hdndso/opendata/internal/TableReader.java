package vn.hdndso.opendata.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.Unit;
import vn.hdndso.shared.VnText;

/**
 * Reads an uploaded file (CSV or other delimited text, XLSX, XLS) into a {@link SourceTable}:
 * decodes the text, finds the heading (also one spanning several rows or merged cells, and
 * after title lines such as "Đơn vị: triệu đồng"), and proposes a type and unit per column from
 * its heading and its cells.
 */
public final class TableReader {

    private static final int SCAN_ROWS = 40;
    private static final int SAMPLE_ROWS = 1000;

    private TableReader() {}

    /**
     * What the clerk chose; null fields mean "detect".
     *
     * @param sheet the sheet of a workbook (0-based)
     * @param headerRow the first heading row (1-based)
     * @param headerRows how many rows the heading spans
     */
    public record Options(
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
                : detectHeader(grid);
        int headerCount = options.headerRows() != null
                ? Math.max(1, Math.min(options.headerRows(), 5))
                : detectHeaderRows(grid, headerIndex);
        if (grid.isEmpty() || headerIndex >= grid.size()) {
            throw new IllegalArgumentException("opendata.file.noRows");
        }
        int width = 0;
        for (List<String> row : grid) {
            width = Math.max(width, lastNonEmpty(row) + 1);
        }
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        int empty = 0;
        for (int r = headerIndex + headerCount; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            if (lastNonEmpty(row) < 0) {
                empty++;
                continue;
            }
            rows.add(new SourceTable.SourceRow(r + 1, row));
        }
        Unit tableUnit = tableUnit(grid, headerIndex);
        List<String> allNames = columnNames(grid, headerIndex, headerCount, width);
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
        List<Column> columns = proposeColumns(names, rows, tableUnit);
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

    static int lastNonEmpty(List<String> row) {
        for (int i = row.size() - 1; i >= 0; i--) {
            if (!row.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int nonEmpty(List<String> row) {
        int n = 0;
        for (String c : row) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static boolean numberLike(String cell) {
        return CellParser.number(cell) != null
                || CellParser.date(cell).value() != null
                || (cell.endsWith("%") && CellParser.number(cell.substring(0, cell.length() - 1)) != null);
    }

    private static int numberLikeCount(List<String> row) {
        int n = 0;
        for (String c : row) {
            if (!c.isBlank() && numberLike(c)) {
                n++;
            }
        }
        return n;
    }

    private static int distinct(List<String> row) {
        return (int) row.stream().filter(c -> !c.isBlank()).distinct().count();
    }

    private static boolean wordy(List<String> row) {
        int filled = nonEmpty(row);
        return distinct(row) >= 2 && numberLikeCount(row) * 2 < filled;
    }

    /**
     * The heading is the row of words just above the first row holding numbers (title lines
     * above it, merged across the sheet, count once); a table of words only has its heading on
     * the first row of words.
     */
    static int detectHeader(List<List<String>> grid) {
        int scan = Math.min(grid.size(), SCAN_ROWS);
        for (int r = 1; r < scan; r++) {
            List<String> row = grid.get(r);
            if (numberLikeCount(row) > 0 && distinct(row) >= 2) {
                int above = r - 1;
                while (above >= 0 && nonEmpty(grid.get(above)) == 0) {
                    above--;
                }
                if (above >= 0 && isColumnNumbering(row)) {
                    continue;
                }
                if (above >= 0 && isColumnNumbering(grid.get(above))) {
                    above--;
                }
                if (above >= 0 && wordy(grid.get(above))) {
                    int top = above;
                    while (top > 0 && above - top < 2 && continuesHeading(grid.get(top - 1), grid.get(top))) {
                        top--;
                    }
                    return top;
                }
                break;
            }
        }
        for (int r = 0; r < scan; r++) {
            if (wordy(grid.get(r))) {
                return r;
            }
        }
        return 0;
    }

    /** Whether {@code upper} is the first part of a heading that {@code lower} continues (merged cells). */
    private static boolean continuesHeading(List<String> upper, List<String> lower) {
        if (!wordy(upper) || numberLikeCount(upper) > 0) {
            return false;
        }
        for (int c = 0; c < upper.size(); c++) {
            String up = upper.get(c);
            if (up.isBlank()) {
                continue;
            }
            String down = c < lower.size() ? lower.get(c) : "";
            String right = c + 1 < upper.size() ? upper.get(c + 1) : "";
            if (up.equals(down) || (up.equals(right) && !down.isBlank())) {
                return true;
            }
        }
        return false;
    }

    /** How many rows the heading starting at {@code header} spans: up to the first row holding numbers. */
    static int detectHeaderRows(List<List<String>> grid, int header) {
        int count = 1;
        while (count < 3 && header + count < grid.size()) {
            List<String> next = grid.get(header + count);
            if (isColumnNumbering(next)) {
                return count + 1;
            }
            if (nonEmpty(next) == 0 || numberLikeCount(next) > 0) {
                break;
            }
            if (!continuesHeading(grid.get(header + count - 1), next)) {
                break;
            }
            count++;
        }
        if (header + count < grid.size() && isColumnNumbering(grid.get(header + count))) {
            count++;
        }
        return count;
    }

    /** A row "1 2 3 4 …" or "A B 1 2 …" that numbers the columns under a heading (common in MOF sheets). */
    private static boolean isColumnNumbering(List<String> row) {
        int filled = nonEmpty(row);
        int small = 0;
        for (String c : row) {
            if (c.matches("\\(?[0-9]{1,2}\\)?|\\(?[A-Z]\\)?|[0-9]{1,2}=[0-9+\\-*/]+")) {
                small++;
            }
        }
        return filled >= 2 && small == filled;
    }

    /** "Đơn vị: triệu đồng" (or "ĐVT: tỷ đồng") in the lines above the heading. */
    static Unit tableUnit(List<List<String>> grid, int header) {
        for (int r = 0; r < header; r++) {
            for (String cell : grid.get(r)) {
                String folded = VnText.fold(cell);
                if (folded.contains("don vi") || folded.contains("dvt")) {
                    Unit unit = unitIn(folded);
                    if (unit != Unit.NONE) {
                        return unit;
                    }
                }
            }
        }
        return Unit.NONE;
    }

    static Unit unitIn(String folded) {
        if (folded.contains("ty dong") || folded.contains("ty d)") || folded.contains("ty vnd")) {
            return Unit.TY_DONG;
        }
        if (folded.contains("trieu dong") || folded.contains("trieu d") || folded.contains("tr.d")) {
            return Unit.TRIEU_DONG;
        }
        if (folded.contains("nghin dong") || folded.contains("ngan dong")) {
            return Unit.NGHIN_DONG;
        }
        if (folded.matches(".*(\\(dong\\)|\\bvnd\\b|\\(d\\)|: dong|\\bdong\\)).*")) {
            return Unit.DONG;
        }
        if (folded.matches(".*(\\(ha\\)|\\bha\\)|: ha\\b|hecta).*")) {
            return Unit.HA;
        }
        if (folded.contains("(m2)") || folded.contains("(m²)")) {
            return Unit.M2;
        }
        if (folded.contains("(km)")) {
            return Unit.KM;
        }
        if (folded.contains("%") || folded.contains("ty le") || folded.equals("ratio")) {
            return Unit.PERCENT;
        }
        return Unit.NONE;
    }

    static List<String> columnNames(List<List<String>> grid, int header, int count, int width) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (int r = header; r < header + count && r < grid.size(); r++) {
                List<String> row = grid.get(r);
                if (isColumnNumbering(row)) {
                    continue;
                }
                String part = c < row.size() ? row.get(c) : "";
                if (!part.isBlank() && (parts.isEmpty() || !parts.getLast().equals(part))) {
                    parts.add(part);
                }
            }
            names.add(parts.isEmpty() ? "" : String.join(" – ", parts));
        }
        return names;
    }

    static List<Column> proposeColumns(List<String> names, List<SourceTable.SourceRow> rows, Unit tableUnit) {
        List<Column> columns = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c).isBlank() ? "Cột " + (c + 1) : names.get(c);
            String key = VnText.slug(name);
            if (key.isEmpty()) {
                key = "cot-" + (c + 1);
            }
            String unique = key;
            for (int n = 2; !keys.add(unique); n++) {
                unique = key + "-" + n;
            }
            ColumnType type = inferType(name, c, rows);
            Unit unit = unitIn(VnText.fold(name));
            if (unit == Unit.NONE && type.numeric() && type != ColumnType.YEAR && type != ColumnType.PERCENT) {
                unit = tableUnit;
            }
            if (type == ColumnType.PERCENT) {
                unit = Unit.PERCENT;
            } else if (unit == Unit.PERCENT && type.numeric() && type != ColumnType.YEAR) {
                type = ColumnType.PERCENT;
            }
            if ((unit == Unit.DONG || unit == Unit.NGHIN_DONG || unit == Unit.TRIEU_DONG || unit == Unit.TY_DONG)
                    && (type == ColumnType.DECIMAL || type == ColumnType.INTEGER)) {
                type = ColumnType.MONEY;
            }
            columns.add(new Column(name, unique, type, unit));
        }
        return columns;
    }

    /**
     * The type that reads at least three cells in five of the column's sample (a footnote, a typo
     * or an impossible date should not turn a column of amounts or dates into text: its row is
     * refused instead, with the reason, and the clerk can still choose Text in the mapping).
     */
    static ColumnType inferType(String name, int column, List<SourceTable.SourceRow> rows) {
        int seen = 0;
        int dates = 0;
        int numbers = 0;
        int integers = 0;
        int years = 0;
        int percents = 0;
        for (SourceTable.SourceRow row : rows) {
            if (seen >= SAMPLE_ROWS) {
                break;
            }
            String cell = row.cell(column);
            if (cell.isBlank() || cell.equals("-")) {
                continue;
            }
            seen++;
            if (CellParser.date(cell).value() != null || CellParser.looksLikeDate(cell)) {
                dates++;
            }
            boolean percent = cell.endsWith("%");
            var n = CellParser.number(percent ? cell.substring(0, cell.length() - 1) : cell);
            if (n == null) {
                continue;
            }
            numbers++;
            if (percent) {
                percents++;
            }
            boolean integral = n.stripTrailingZeros().scale() <= 0;
            if (integral && !percent) {
                integers++;
                if (n.intValue() >= 1900 && n.intValue() <= 2100 && cell.matches("\\d{4}")) {
                    years++;
                }
            }
        }
        if (seen == 0) {
            return ColumnType.TEXT;
        }
        double most = seen * 0.6;
        if (dates >= most) {
            return ColumnType.DATE;
        }
        if (numbers < most) {
            return ColumnType.TEXT;
        }
        String folded = VnText.fold(name);
        if (years == numbers && (folded.contains("nam") || folded.contains("year"))) {
            return ColumnType.YEAR;
        }
        if (percents == numbers) {
            return ColumnType.PERCENT;
        }
        return integers == numbers ? ColumnType.INTEGER : ColumnType.DECIMAL;
    }
}
