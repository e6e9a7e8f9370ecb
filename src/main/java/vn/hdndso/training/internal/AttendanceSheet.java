package vn.hdndso.training.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;
import vn.hdndso.training.AttendanceList;

/**
 * Reads an attendance list (XLSX, first sheet, Apache POI as the petitions import): the header
 * row, then one delegate per row in the column headed "Họ và tên", "Họ tên", "Tên" or "Name" (else
 * the first column). Empty rows are skipped; rows are numbered as in the sheet.
 */
final class AttendanceSheet {

    static final int MAX_ROWS = 500;

    private AttendanceSheet() {}

    static List<AttendanceList.Line> read(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw InvalidInputException.of("file", "training.import.noRows");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            int column = -1;
            List<AttendanceList.Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (column < 0) {
                    column = nameColumn(row, formatter);
                    continue;
                }
                Cell cell = row.getCell(column);
                String name = cell == null
                        ? ""
                        : VnText.normalize(formatter.formatCellValue(cell)).strip();
                boolean blankRow = name.isEmpty() && rowIsBlank(row, formatter);
                if (blankRow) {
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    throw InvalidInputException.of("file", "training.import.tooManyRows", MAX_ROWS);
                }
                lines.add(new AttendanceList.Line(row.getRowNum() + 1, name));
            }
            if (lines.isEmpty()) {
                throw InvalidInputException.of("file", "training.import.noRows");
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "training.import.unreadable");
        }
    }

    private static int nameColumn(Row header, DataFormatter formatter) {
        for (int c = 0; c < Math.max(0, header.getLastCellNum()); c++) {
            Cell cell = header.getCell(c);
            String title = cell == null
                    ? ""
                    : VnText.fold(formatter.formatCellValue(cell))
                            .toLowerCase(Locale.ROOT)
                            .strip();
            if (title.equals("ho va ten")
                    || title.equals("ho ten")
                    || title.equals("ten")
                    || title.equals("name")
                    || title.equals("full name")
                    || title.equals("dai bieu")) {
                return c;
            }
        }
        return 0;
    }

    private static boolean rowIsBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
