package vn.hdndso.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.VnText;

class DiacriticsUnitTest {

    static DiacriticsRestorer restorer;

    @BeforeAll
    static void load() {
        restorer = new DiacriticsRestorer(DiacriticsModel.load());
    }

    @Test
    void theCommittedModelIsWhatTheCorpusBuilds() throws IOException {
        byte[] built = DiacriticsModelBuilder.build();
        assertThat(Files.readAllBytes(DiacriticsModelBuilder.MODEL))
                .as("rebuild with DiacriticsModelBuilder after changing the corpus or the builder")
                .isEqualTo(built);
        DiacriticsModel model = DiacriticsModel.read(new ByteArrayInputStream(built));
        assertThat(model.forms("nam")).contains("năm", "nam");
    }

    @Test
    void restoresTheCleanPlanStrippedOfItsDiacritics() throws IOException {
        // the Nhị Chiểu plan is not in the corpus: strip it and compare syllable by syllable
        String original = Normalizer.normalize(
                Files.readString(Path.of("testdata/plans/ke-hoach-57-nhi-chieu.txt"), StandardCharsets.UTF_8),
                Normalizer.Form.NFC);
        String stripped = strip(original);
        assertThat(DiacriticsRestorer.lacksDiacritics(stripped)).isTrue();
        assertThat(DiacriticsRestorer.lacksDiacritics(original)).isFalse();

        String restored = restorer.restore(stripped);

        List<String> expected = words(original);
        List<String> got = words(restored);
        assertThat(got).hasSameSizeAs(expected);
        int right = 0;
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).equalsIgnoreCase(got.get(i))) {
                right++;
            }
        }
        double accuracy = (double) right / expected.size();
        System.out.printf(
                "diacritics restored right: %d of %d words (%.1f %%)%n", right, expected.size(), 100 * accuracy);
        assertThat(accuracy).isGreaterThan(0.90);
    }

    @Test
    void readsOcrDamageInContext() {
        assertThat(restorer.restore("Muc tiéu cu thé dén hét nim 2026")).isEqualTo("Mục tiêu cụ thể đến hết năm 2026");
        assertThat(restorer.restore("phuc vu cir tri va Nhan dan")).isEqualTo("phục vụ cử tri và Nhân dân");
    }

    @Test
    void keepsNumbersPunctuationAndCase() {
        assertThat(restorer.restore("HOI DONG NHAN DAN, ngay 22/12/2024 (1)."))
                .isEqualTo("HỘI ĐỒNG NHÂN DÂN, ngày 22/12/2024 (1).");
        assertThat(restorer.restore("")).isEmpty();
        assertThat(restorer.restore("2026 - 30%")).isEqualTo("2026 - 30%");
    }

    private static String strip(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }

    private static List<String> words(String text) {
        return List.of(text.split("[^\\p{L}]+")).stream()
                .filter(w -> !w.isEmpty() && !VnText.fold(w).isEmpty())
                .toList();
    }
}
