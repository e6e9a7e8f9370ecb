package vn.hdndso.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TextPdfWriterUnitTest {

    @Test
    void writesVietnameseTextAndStartsNewPagesWhenFull() throws IOException {
        byte[] bytes;
        try (var writer = new TextPdfWriter(70f, false)) {
            writer.centredWrapped(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    TextPdfWriter.LEFT,
                    TextPdfWriter.PAGE_WIDTH - TextPdfWriter.RIGHT);
            for (int i = 0; i < 80; i++) {
                writer.paragraph("Dòng số " + i, TextPdfWriter.LEFT, TextPdfWriter.PAGE_WIDTH - TextPdfWriter.RIGHT);
            }
            bytes = writer.toBytes();
        }
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Dòng số 0", "Dòng số 79");
        }
    }

    @Test
    void wrapsWordsToTheWidthAndDropsUnprintableCharactersWhenAsked() throws IOException {
        byte[] bytes;
        try (var writer = new TextPdfWriter(100f, true)) {
            assertThat(writer.wrap("một hai ba bốn năm sáu bảy tám chín mười", 60f))
                    .hasSizeGreaterThan(1);
            writer.centred("Số:\u0007 02/KH", TextPdfWriter.LEFT, 300f);
            bytes = writer.toBytes();
        }
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Số: 02/KH");
        }
    }
}
