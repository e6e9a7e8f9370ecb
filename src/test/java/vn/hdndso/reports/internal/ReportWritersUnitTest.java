package vn.hdndso.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The report read back from its DOCX (Apache POI) and its PDF (PDFBox): the same words and figures. */
class ReportWritersUnitTest {

    /** "0%" standing alone, not the end of "100%" or "8,0%". */
    static final Pattern BARE_ZERO_PERCENT = Pattern.compile("(?<![0-9,])0 ?%");

    @Test
    void theDocxHoldsTheDecree30HeadingTheFiguresAndTheTable() throws IOException {
        byte[] docx = ReportDocx.write(ReportComposer.compose(ReportFixtures.withFigures()));

        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable heading = doc.getTables().getFirst();
            assertThat(heading.getRow(0).getCell(0).getText())
                    .contains("HĐND PHƯỜNG NHỊ CHIỂU", "THƯỜNG TRỰC", "Số:", "/BC-TTHĐND");
            assertThat(heading.getRow(0).getCell(1).getText())
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Nhị Chiểu, ngày … tháng … năm …");
            assertThat(heading.getCTTbl().getTblPr().getTblBorders()).isNull();
            XWPFRun motto = heading.getRow(0)
                    .getCell(1)
                    .getParagraphs()
                    .get(1)
                    .getRuns()
                    .getFirst();
            assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(motto.isBold()).isTrue();

            String text = paragraphs(doc);
            assertThat(text)
                    .contains("BÁO CÁO")
                    .contains("Kết quả thực hiện Kế hoạch chuyển đổi số 6 tháng đầu năm 2026")
                    .contains("Kết quả: 85,7% (12/14 văn bản)")
                    .contains("Kết quả: chưa có số liệu")
                    .contains("Dự báo: theo xu hướng hiện nay, đến ngày 31/12/2026 đạt khoảng 92%.")
                    .contains("mới đạt 85,7% (12/14 văn bản), thấp hơn mục tiêu từ 100%")
                    .contains("Ghi hình các kỳ họp (Thường trực HĐND)");

            XWPFTable indicators = doc.getTables().get(1);
            assertThat(indicators.getRows()).hasSize(12);
            assertThat(indicators.getRow(0).getCell(0).getText()).isEqualTo("Mã");
            assertThat(indicators.getRow(1).getTableCells())
                    .extracting(c -> c.getText())
                    .containsExactly(
                            "T1",
                            "Văn bản phát hành điện tử, có chữ ký số",
                            "85,7% (12/14)",
                            "Từ 100%, hạn 31/12/2026",
                            "Có nguy cơ không đạt mục tiêu đúng hạn");
            assertThat(indicators.getRow(2).getCell(2).getText()).isEqualTo("Chưa có số liệu");

            XWPFTable closing = doc.getTables().get(2);
            assertThat(closing.getRow(0).getCell(0).getText()).contains("Nơi nhận:", "- Lưu: VT.");
            assertThat(closing.getRow(0).getCell(1).getText()).contains("TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH");

            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                    assertThat(run.getFontSizeAsDouble()).isBetween(13.0, 14.0);
                }
            }
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1134));
        }
    }

    @Test
    void thePdfHoldsTheSameWordsAndFigures() throws IOException {
        byte[] pdf = ReportPdf.write(ReportComposer.compose(ReportFixtures.withFigures()));

        String text = text(pdf);
        assertThat(text)
                .contains("HĐND PHƯỜNG NHỊ CHIỂU")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("/BC-TTHĐND")
                .contains("BÁO CÁO")
                .contains("Kết quả: 85,7% (12/14 văn bản)")
                .contains("Kết quả: chưa có số liệu")
                .contains("85,7% (12/14)")
                .contains("Chưa có số liệu")
                .contains("TM. THƯỜNG TRỰC HĐND")
                .contains("Nơi nhận:");
    }

    @Test
    void aTableRunningOntoTheNextPageRepeatsItsHeader() throws IOException {
        byte[] pdf = ReportPdf.write(ReportComposer.compose(ReportFixtures.withFigures()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            int pagesWithRows = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("[ \\t]+", " ");
                if (Pattern.compile("(?m)^T\\d+ ").matcher(text).find()) {
                    pagesWithRows++;
                    assertThat(text).as("page " + page).contains("Mã Chỉ tiêu Kết quả Mục tiêu Đánh giá");
                }
            }
            assertThat(pagesWithRows)
                    .as("the fixture's table runs over a page break")
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aReportWithoutDataNeverPrintsZeroPercent() throws IOException {
        ReportContent report = ReportComposer.compose(ReportFixtures.withoutData());

        String pdfText = text(ReportPdf.write(report));
        String docxText;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(ReportDocx.write(report)))) {
            docxText = paragraphs(doc) + tables(doc);
        }
        for (String text : List.of(pdfText, docxText)) {
            assertThat(text).contains("chưa có số liệu", "Chưa có số liệu");
            assertThat(BARE_ZERO_PERCENT.matcher(text).find()).as(text).isFalse();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    static String paragraphs(XWPFDocument doc) {
        List<String> lines = new ArrayList<>();
        doc.getParagraphs().forEach(p -> lines.add(p.getText()));
        return String.join("\n", lines);
    }

    static String tables(XWPFDocument doc) {
        List<String> cells = new ArrayList<>();
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> cells.add(c.getText()))));
        return String.join("\n", cells);
    }
}
