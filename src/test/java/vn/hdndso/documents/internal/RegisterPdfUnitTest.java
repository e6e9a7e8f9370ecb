package vn.hdndso.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hdndso.documents.RegisterTable;

class RegisterPdfUnitTest {

    private static RegisterTable register(int rows) {
        List<List<String>> entries = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            entries.add(List.of(
                    Integer.toString(i),
                    "Báo cáo số " + i + " về việc giải quyết ý kiến, kiến nghị của cử tri trước kỳ họp thứ Mười Một",
                    "Nguyễn Thị Hằng\nVăn phòng HĐND",
                    "ĐườngDàiKhôngCóDấuCáchĐểThửNgắtDòngTrongMộtÔRấtHẹpCủaBảng"));
        }
        return new RegisterTable(
                RegisterTable.Kind.INCOMING,
                2026,
                RegisterTable.Kind.INCOMING.title(2026),
                "Hội đồng nhân dân xã Lạc Phượng",
                List.of(
                        new RegisterTable.Column("Số đến", 6),
                        new RegisterTable.Column("Tên loại và trích yếu nội dung", 30),
                        new RegisterTable.Column("Người xử lý", 12),
                        new RegisterTable.Column("Ghi chú", 6)),
                entries);
    }

    @Test
    void printsALandscapeTableWithVietnameseTextPageNumbersAndTheHeaderOnEveryPage() throws Exception {
        byte[] pdf = RegisterPdf.write(register(120));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            for (int p = 1; p <= pages; p++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
                assertThat(text).contains("Tên loại và trích yếu nội dung").contains("Trang " + p + "/" + pages);
            }
            String all = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(all)
                    .contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN – NĂM 2026")
                    .contains("Hội đồng nhân dân xã Lạc Phượng")
                    .contains("kiến nghị của cử tri")
                    .contains("Nguyễn Thị Hằng");
        }
    }

    @Test
    void writesAnXlsxWithTitleCouncilBoldHeaderAndRows() throws Exception {
        var out = new ByteArrayOutputStream();
        RegisterXlsx.write(register(3), out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hội đồng nhân dân xã Lạc Phượng");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN – NĂM 2026");
            var header = sheet.getRow(3).getCell(1);
            assertThat(header.getStringCellValue()).isEqualTo("Tên loại và trích yếu nội dung");
            assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).startsWith("Báo cáo số 3 về việc");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
        }
    }
}
