package vn.hdndso.documents.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.hdndso.documents.RegisterTable;

/**
 * Writes a register as an XLSX workbook, streaming (a window of rows in memory, so a register of
 * tens of thousands of entries fits): the council's name, the title, a bold header row repeated
 * on every printed page, wrapped cells, landscape A4.
 */
final class RegisterXlsx {

    private static final int HEADER_ROW = 3;
    private static final int CHARS_PER_WEIGHT = 1;

    private RegisterXlsx() {}

    public static void write(RegisterTable register, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(register.kind().fileName(register.year()));
            int columns = register.columns().size();
            CellStyle council = style(workbook, true, (short) 12, false);
            CellStyle title = style(workbook, true, (short) 14, false);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = style(workbook, true, (short) 11, true);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = style(workbook, false, (short) 11, true);

            sheet.createRow(0).createCell(0).setCellValue(register.councilName());
            sheet.getRow(0).getCell(0).setCellStyle(council);
            Row titleRow = sheet.createRow(1);
            titleRow.createCell(0).setCellValue(register.title());
            titleRow.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));

            Row headerRow = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < columns; c++) {
                RegisterTable.Column column = register.columns().get(c);
                var headerCell = headerRow.createCell(c);
                headerCell.setCellValue(column.header());
                headerCell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(255, Math.max(8, column.weight() * CHARS_PER_WEIGHT + 4)) * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, columns - 1));

            int r = HEADER_ROW + 1;
            for (List<String> values : register.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns; c++) {
                    var dataCell = row.createCell(c);
                    dataCell.setCellValue(values.get(c));
                    dataCell.setCellStyle(cell);
                }
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getFooter().setCenter("Trang &P/&N");
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(SXSSFWorkbook workbook, boolean bold, short points, boolean table) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setBold(bold);
        font.setFontHeightInPoints(points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (table) {
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
