package vn.hdndso.opendata.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a sheet of an XLSX or legacy XLS workbook into a grid of strings, within limits: at most
 * {@link #MAX_ROWS} rows, {@link #MAX_COLUMNS} columns and {@link #MAX_CELLS} cells, counting the
 * cells merged regions fill (a region {@code A1:GR1048576} over a sheet with a cell in its last
 * row would be 200 million); beyond them the sheet is refused ({@code opendata.file.tooLargeSheet}).
 * An XLSX sheet is streamed ({@link XlsxSheets}), never loaded as a workbook. Merged cells give
 * their value to every cell they cover, so a merged header ("Dự toán" over two columns) names
 * both columns; numbers are written plainly (no exponent, point as decimal separator); date
 * cells as d/M/yyyy; formulas by their cached result.
 */
final class Spreadsheets {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    static final int MAX_COLUMNS = 200;
    static final int MAX_ROWS = 1_048_576;
    static final long MAX_CELLS = 5_000_000;
    static final int MAX_MERGED_REGIONS = 100_000;

    private Spreadsheets() {}

    /** A workbook read: its sheet names and the chosen sheet's grid. */
    record Read(List<String> sheetNames, int sheet, List<List<String>> grid) {}

    public static boolean isSpreadsheet(byte[] bytes) {
        return starts(bytes, 0x50, 0x4B, 0x03, 0x04) || starts(bytes, 0xD0, 0xCF, 0x11, 0xE0);
    }

    /**
     * @throws IllegalArgumentException if the bytes are not a readable workbook (message: a key)
     */
    public static Read read(byte[] bytes, int sheetIndex) {
        if (bytes.length > 0 && bytes[0] == 0x50) {
            XlsxSheets.Sheet sheet = XlsxSheets.read(bytes, sheetIndex);
            List<List<String>> rows = sheet.rows();
            merge(rows, sheet.merged());
            return new Read(sheet.names(), sheet.index(), rows);
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("opendata.file.noSheet");
            }
            int index = sheetIndex >= 0 && sheetIndex < names.size() ? sheetIndex : 0;
            return new Read(names, index, grid(workbook.getSheetAt(index)));
        } catch (EncryptedDocumentException e) {
            throw new IllegalArgumentException("opendata.file.encrypted", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae
                    && iae.getMessage() != null
                    && iae.getMessage().startsWith("opendata.")) {
                throw iae;
            }
            throw new IllegalArgumentException("opendata.file.corruptWorkbook", e);
        }
    }

    /** A legacy (XLS) sheet, at most 65,536 rows by its format. */
    private static List<List<String>> grid(Sheet sheet) {
        int last = sheet.getLastRowNum();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                int lastCell = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                for (int c = 0; c < lastCell; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell));
                }
            }
            rows.add(cells);
        }
        merge(rows, sheet.getMergedRegions());
        return rows;
    }

    /**
     * Gives each merged region's value to every cell it covers within the rows read and the column
     * limit; refuses the sheet first if that would make more than {@link #MAX_CELLS} cells.
     */
    static void merge(List<List<String>> rows, List<CellRangeAddress> regions) {
        long cells = 0;
        for (List<String> row : rows) {
            cells += row.size();
        }
        for (CellRangeAddress merged : regions) {
            if (merged.getFirstRow() >= rows.size() || merged.getFirstColumn() >= MAX_COLUMNS) {
                continue;
            }
            long height = Math.min(merged.getLastRow(), rows.size() - 1) - merged.getFirstRow() + 1L;
            long width = Math.min(merged.getLastColumn(), MAX_COLUMNS - 1) - merged.getFirstColumn() + 1L;
            cells += height * width;
            if (cells > MAX_CELLS) {
                throw new IllegalArgumentException("opendata.file.tooLargeSheet");
            }
        }
        for (CellRangeAddress merged : regions) {
            int top = merged.getFirstRow();
            int left = merged.getFirstColumn();
            if (top >= rows.size() || left >= MAX_COLUMNS) {
                continue;
            }
            String value = cellAt(rows, top, left);
            for (int r = top; r <= Math.min(merged.getLastRow(), rows.size() - 1); r++) {
                for (int c = left; c <= Math.min(merged.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    List<String> row = rows.get(r);
                    while (row.size() <= c) {
                        row.add("");
                    }
                    row.set(c, value);
                }
            }
        }
    }

    private static String cellAt(List<List<String>> rows, int r, int c) {
        List<String> row = rows.get(r);
        return c < row.size() ? row.get(c) : "";
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().format(DATE);
                }
                double value = cell.getNumericCellValue();
                yield BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            default -> "";
        };
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
