package vn.hdndso.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.training.AttendanceList;

/** Reading an attendance list: the name column by its header, rows numbered as in the sheet, blank rows skipped. */
class AttendanceSheetUnitTest {

    @Test
    void theNameColumnIsFoundByItsHeaderAndRowsKeepTheirNumbers() throws IOException {
        byte[] file;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("HỌ VÀ TÊN");
            sheet.createRow(1).createCell(1).setCellValue("Nguyễn Văn An");
            sheet.createRow(3).createCell(1).setCellValue("Trần Thị Bình");
            var unnamed = sheet.createRow(4);
            unnamed.createCell(0).setCellValue(3);
            workbook.write(out);
            file = out.toByteArray();
        }
        assertThat(AttendanceSheet.read(file))
                .containsExactly(
                        new AttendanceList.Line(2, "Nguyễn Văn An"),
                        new AttendanceList.Line(4, "Trần Thị Bình"),
                        new AttendanceList.Line(5, ""));
    }

    @Test
    void aFileThatIsNotASpreadsheetIsAClearFieldError() {
        assertThatThrownBy(() -> AttendanceSheet.read("Họ và tên\nNguyễn Văn An".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field() + " " + p.messageKey())
                                .containsExactly("file training.import.unreadable"));
    }

    @Test
    void aSheetOfManyBlankRowsIsRefusedWhileStreamingNotLoadedWhole() throws IOException {
        byte[] file;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Họ và tên");
            sheet.createRow(1).createCell(0).setCellValue("Nguyễn Văn An");
            for (int r = 2; r <= AttendanceSheet.MAX_SHEET_ROWS + 10; r++) {
                sheet.createRow(r).createCell(3).setCellValue(" ");
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        assertThatThrownBy(() -> AttendanceSheet.read(new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field() + " " + p.messageKey())
                                .containsExactly("file training.import.tooLarge"));
    }
}
