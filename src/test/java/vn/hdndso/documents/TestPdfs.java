package vn.hdndso.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** PDFs for tests: plain ones of any length, and a password-protected one. */
public final class TestPdfs {

    private TestPdfs() {}

    /** A PDF of about {@code pages} A4 pages of Vietnamese text. */
    public static byte[] plan(String subject, int pages) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("KẾ HOẠCH");
        paragraphs.add(subject);
        for (int i = 1; paragraphs.size() < pages * 21; i++) {
            paragraphs.add(i + ". Thường trực Hội đồng nhân dân triển khai nhiệm vụ chuyển đổi số, "
                    + "bảo đảm tiến độ và chất lượng theo Nghị quyết số 57-NQ/TW.");
        }
        return TextPdf.render(
                List.of("HĐND XÃ LẠC PHƯỢNG", "THƯỜNG TRỰC"),
                "Số:      /KH-TTHĐND",
                "Lạc Phượng, ngày",
                String.join("\n", paragraphs));
    }

    public static byte[] encrypted() {
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(plan("Mật", 1))) {
            pdf.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
