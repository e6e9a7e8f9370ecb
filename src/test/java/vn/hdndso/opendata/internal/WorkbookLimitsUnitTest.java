package vn.hdndso.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A crafted workbook cannot make the import hold hundreds of millions of cells (issue 17, finding
 * 9d): the sheet is streamed and the merged regions are counted before they are filled.
 */
class WorkbookLimitsUnitTest {

    /** A few rows under a merged region A1:GR1048576 (200 columns × every row of the format). */
    static byte[] mergedOverTheWholeSheet(boolean cellInTheLastRow) throws IOException {
        try (var wb = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Bẫy");
            s.createRow(0).createCell(0).setCellValue("Tiêu đề");
            for (int r = 1; r <= 3; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("dòng " + r);
            }
            if (cellInTheLastRow) {
                s.createRow(1_048_575).createCell(0).setCellValue("cuối");
            }
            s.addMergedRegionUnsafe(CellRangeAddress.valueOf("A1:GR1048576"));
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aMergedRegionOverAMillionRowsIsRefusedAtOnceNotFilled() throws IOException {
        byte[] trap = mergedOverTheWholeSheet(true);
        assertThat(trap.length).isLessThan(20_000);
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> Spreadsheets.read(trap, 0))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("opendata.file.tooLargeSheet"));
    }

    @Test
    void theSameRegionOverAFewRowsFillsOnlyTheRowsThatExist() throws IOException {
        byte[] small = mergedOverTheWholeSheet(false);
        var read = Spreadsheets.read(small, 0);
        assertThat(read.sheetNames()).containsExactly("Bẫy");
        assertThat(read.grid()).hasSize(4);
        assertThat(read.grid().get(3)).hasSize(Spreadsheets.MAX_COLUMNS).containsOnly("Tiêu đề");
    }

    @Test
    void aStreamedSheetKeepsNumbersPlainDatesVietnameseAndFormulasByTheirResult() throws IOException {
        byte[] xlsx;
        try (var wb = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            wb.createSheet("Trống");
            Sheet s = wb.createSheet("Số liệu");
            Row row = s.createRow(0);
            row.createCell(0).setCellValue(1234567.5);
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2026, 3, 9));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            var grouped = row.createCell(2);
            grouped.setCellValue(12000);
            var thousands = wb.createCellStyle();
            thousands.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0"));
            grouped.setCellStyle(thousands);
            row.createCell(4).setCellFormula("A1*2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            s.createRow(2).createCell(0).setCellValue("Hết");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        var read = Spreadsheets.read(xlsx, 1);
        assertThat(read.sheetNames()).containsExactly("Trống", "Số liệu");
        assertThat(read.sheet()).isEqualTo(1);
        assertThat(read.grid().get(0)).containsExactly("1234567.5", "9/3/2026", "12000", "", "2469135");
        assertThat(read.grid().get(1)).isEmpty();
        assertThat(read.grid().get(2)).containsExactly("Hết");
    }
}
