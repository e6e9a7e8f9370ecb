package vn.hdndso.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.files.FileType;
import vn.hdndso.files.WordFiles;
import vn.hdndso.shared.InvalidInputException;

class WordDocumentInspectorUnitTest {

    private static final List<String> TEXT = List.of("Nghị quyết về dự toán ngân sách xã năm 2027");

    private static String keyOf(Throwable e) {
        return ((InvalidInputException) e).problems().getFirst().messageKey();
    }

    @Test
    void recognisesDocxAndOdtByTheirContentAndLeavesAnythingElseAlone() {
        assertThat(WordDocumentInspector.inspect("a.docx", WordFiles.docx(TEXT)))
                .contains(FileType.DOCX);
        assertThat(WordDocumentInspector.inspect("a.odt", WordFiles.odt(TEXT))).contains(FileType.ODT);
        assertThat(WordDocumentInspector.inspect("a.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(WordDocumentInspector.inspect("a.docx", new byte[] {1, 2, 3}))
                .isEmpty();
    }

    @Test
    void refusesAPasswordProtectedDocx() {
        assertThatThrownBy(() -> WordDocumentInspector.inspect("mat-khau.docx", WordFiles.encryptedDocx(TEXT, "x")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("files.conversion.encrypted"));
    }

    @Test
    void refusesACorruptDocx() {
        assertThatThrownBy(() -> WordDocumentInspector.inspect("hong.docx", WordFiles.truncatedDocx(TEXT)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("files.conversion.corrupt"));
    }

    @Test
    void refusesAZipBombReadingNoFurtherThanTheLimit() {
        byte[] bomb = WordFiles.zipBombDocx(64);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> WordDocumentInspector.inspect("bom.docx", bomb))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("files.conversion.tooLarge"));
    }

    @Test
    void withoutLibreOfficeADocxIsRefusedSayingWhatToInstallAndAPdfStillPasses() {
        var converter =
                new LibreOfficeConverter(new OfficeProperties("/nonexistent/libreoffice", Duration.ofSeconds(5)));
        assertThat(converter.available()).isFalse();
        assertThatThrownBy(() -> converter.toPdf("a.docx", WordFiles.docx(TEXT)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("files.conversion.unavailable"));
        assertThat(converter.toPdf("a.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }
}
