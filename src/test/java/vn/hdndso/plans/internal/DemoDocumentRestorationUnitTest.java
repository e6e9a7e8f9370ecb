package vn.hdndso.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Lạc Phượng plan's demo document is published with its diacritics restored. The documents
 * module may not use the plans module's restorer, so the restored text is a committed resource
 * beside the OCR; this test keeps it equal to what the restorer makes of the OCR today. After a
 * change of the restorer or its model, regenerate it with {@code -Dhdnd.regenerate=true}.
 */
class DemoDocumentRestorationUnitTest {

    private static final String OCR = "data/documents/ke-hoach-57-lac-phuong-ocr.txt";
    private static final String RESTORED = "data/documents/ke-hoach-57-lac-phuong-restored.txt";

    @Test
    void theCommittedRestoredTextIsWhatTheRestorerMakesOfTheOcr() throws IOException {
        String ocr = resource(OCR);
        String restored = new DiacriticsRestorer(DiacriticsModel.load()).restore(ocr);
        Path committed = Path.of("src/main/resources", RESTORED);
        if (Boolean.getBoolean("hdnd.regenerate")) {
            Files.writeString(committed, restored, StandardCharsets.UTF_8);
        }

        assertThat(DiacriticsRestorer.lacksDiacritics(ocr)).isTrue();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).isEqualTo(restored);
        assertThat(restored).contains("KẾ HOẠCH").contains("Mục tiêu cụ thể đến hết năm 2026");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoDocumentRestorationUnitTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
