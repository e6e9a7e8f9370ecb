package vn.hdndso.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.documents.PrintedText;
import vn.hdndso.documents.TextPdf;

/** The demo documents read as people expect. */
class DemoDocumentsUnitTest {

    private static final DemoDocuments.Plan LAC_PHUONG = DemoDocuments.PLANS.get(0);
    private static final DemoDocuments.Plan NHI_CHIEU = DemoDocuments.PLANS.get(1);

    @Test
    void theLacPhuongPlanShowsTheRestoredReadingLabelledAndKeepsTheOcrAsTheOriginal() {
        String text = DemoDocuments.text(LAC_PHUONG);

        assertThat(text).contains("Khôi phục dấu tự động");
        int reading = text.indexOf("2. Mục tiêu cụ thể đến hết năm 2026");
        int original = text.indexOf(DemoDocuments.OCR_HEADING);
        int ocr = text.indexOf("2. Muc tiéu cu thé dén hét nim 2026");
        assertThat(reading).isPositive();
        assertThat(original).isGreaterThan(reading);
        assertThat(ocr).isGreaterThan(original);
        // the recipients and the signer close the reading, before the original
        assertThat(text.indexOf("Nơi nhận:\n- TT HĐND, UBND thành phố (để b/c)"))
                .isBetween(reading, original);

        String printed = PrintedText.of(TextPdf.render(
                List.of("HỘI ĐỒNG NHÂN DÂN", "XÃ LẠC PHƯỢNG", "THƯỜNG TRỰC"), "Số: 02/KH-TTHĐND", "Lạc Phượng", text));
        assertThat(printed).contains("Khôi phục dấu tự động").contains("Mục tiêu cụ thể đến hết năm 2026");
    }

    @Test
    void theNhiChieuPlanListsEveryRecipientOfTheOriginal() throws IOException {
        List<String> original = recipients(seed("ke-hoach-57-nhi-chieu.txt"));

        assertThat(NHI_CHIEU.recipients().getFirst()).isEqualTo("TT HĐND, UBND thành phố (để b/c)");
        assertThat(NHI_CHIEU.recipients()).hasSameSizeAs(original);
        assertThat(DemoDocuments.text(NHI_CHIEU)).contains("Nơi nhận:\n- TT HĐND, UBND thành phố (để b/c)\n- VP Đoàn");
        assertThat(DemoDocuments.text(NHI_CHIEU)).doesNotContain("Khôi phục dấu");
    }

    /** The "Nơi nhận" lines of a plan: each "- …;" after the heading, up to "- Lưu: VT". */
    private static List<String> recipients(String seed) {
        List<String> lines = seed.lines().map(String::strip).toList();
        int from = 0;
        while (!lines.get(from).startsWith("Nơi nhận")) {
            from++;
        }
        var recipients = new java.util.ArrayList<String>();
        for (int i = from + 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("-")) {
                recipients.add(lines.get(i).substring(1).strip());
                if (lines.get(i).contains("Lưu")) {
                    break;
                }
            }
        }
        return recipients;
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = DemoDocumentsUnitTest.class.getResourceAsStream("/data/documents/" + name)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
