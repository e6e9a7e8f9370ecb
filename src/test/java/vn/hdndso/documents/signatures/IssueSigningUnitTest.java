package vn.hdndso.documents.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hdndso.documents.PlaceholderPdfs;
import vn.hdndso.documents.PrintedText;
import vn.hdndso.documents.SignatureFinding;
import vn.hdndso.files.TestPdfs;

/** The number and date written into the PDF on issue, in its placeholders or in the visible signature. */
class IssueSigningUnitTest {

    private static final String NUMBER = "03/KH-TTHĐND";
    private static final String DATE = "Lạc Phượng, ngày 05 tháng 9 năm 2025";
    private static final TestPki.Identity CA = TestPki.ca("CA thử nghiệm HĐND số");
    private static final TestPki.Identity SIGNER = TestPki.signer("Bùi Văn Dũng", CA);

    @TempDir
    Path temp;

    private final PadesSigner signer = new PadesSigner(new SigningProperties(null, null, null));

    @Test
    void withoutPlaceholdersTheVisibleSignatureCarriesTheNumberAndTheDate() {
        byte[] draft = TestPdfs.textPdf("KẾ HOẠCH\nTổ chức kỳ họp thứ hai HĐND xã");

        IssueMarks.Marked marked = IssueMarks.write(draft, NUMBER, DATE);
        byte[] signed = signer.sign(marked.pdf(), TestPki.signingKey(SIGNER), context());

        assertThat(marked.filled()).isFalse();
        assertThat(marked.pdf()).isSameAs(draft);
        String printed = PrintedText.of(signed);
        assertThat(printed).contains("Số: " + NUMBER).contains(DATE).contains("Ký số bởi: Bùi Văn Dũng");
        assertThat(finding(signed).integrity()).isEqualTo(SignatureFinding.Integrity.VALID);
        assertThat(finding(signed).coversWholeDocument()).isTrue();
    }

    @Test
    void placeholderFieldsAreFilledAndFlattenedIntoThePageBeforeSigning() throws IOException {
        byte[] template = PlaceholderPdfs.template();
        assertThat(pageText(template)).doesNotContain(NUMBER);

        IssueMarks.Marked marked = IssueMarks.write(template, NUMBER, DATE);
        byte[] signed = signer.sign(marked.pdf(), TestPki.signingKey(SIGNER), context());

        assertThat(marked.filled()).isTrue();
        // in the page's own content now, where the template put the fields
        String page = pageText(signed);
        assertThat(page).contains(NUMBER).contains(DATE);
        try (PDDocument document = Loader.loadPDF(signed)) {
            var form = document.getDocumentCatalog().getAcroForm();
            assertThat(form.getField(IssueMarks.NUMBER_FIELD)).isNull();
            assertThat(form.getField(IssueMarks.DATE_FIELD)).isNull();
        }
        assertThat(finding(signed).integrity()).isEqualTo(SignatureFinding.Integrity.VALID);
    }

    @Test
    void theFontSizeOfThePlaceholderIsKept() {
        assertThat(IssueMarks.size("/Helv 13 Tf 0 g")).isEqualTo("13");
        assertThat(IssueMarks.size("")).isEqualTo("0");
    }

    static SigningContext context() {
        return new SigningContext(NUMBER, DATE, "Ban hành văn bản " + NUMBER, "Lạc Phượng", Instant.now());
    }

    private SignatureFinding finding(byte[] pdf) {
        var report = new PadesValidator(new SignaturesProperties(temp.resolve("trust"), false, false)).validate(pdf);
        assertThat(report.signatures()).hasSize(1);
        return report.signatures().getFirst();
    }

    static String pageText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
