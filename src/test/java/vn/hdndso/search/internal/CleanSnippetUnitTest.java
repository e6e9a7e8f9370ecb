package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Of passages that hold the query words equally, the snippet quotes the one without OCR damage. */
class CleanSnippetUnitTest {

    static final String GARBLED = "Thue hién Nghi quyét s6 57 caa B¢ Chinh trj | vê ~ chuyên déi s6 ¢ quôc gia.";
    static final String CLEAN = "Thực hiện Nghị quyết số 57 của Bộ Chính trị về chuyển đổi số quốc gia.";

    @Test
    void theReadablePassageIsQuotedRatherThanTheGarbledOne() {
        String text = GARBLED + " " + "x ".repeat(200) + CLEAN;
        String snippet = Snippets.snippet(text, List.of("chinh"));
        assertThat(snippet).contains("<mark>Chính</mark> trị").doesNotContain("¢");
    }

    @Test
    void moreQueryWordsStillWinOverCleanliness() {
        String text = GARBLED + " " + "x ".repeat(200) + "Bộ Chính trị.";
        assertThat(Snippets.snippet(text, List.of("nghi", "chinh"))).contains("¢");
    }

    @Test
    void damageCountsStraySymbolsNotVietnamesePunctuation() {
        assertThat(Snippets.damage(CLEAN, 0, CLEAN.length())).isZero();
        assertThat(Snippets.damage("Số: 57-NQ/TW (ngày 22/12/2024), “chuyển đổi số”…", 0, 47))
                .isZero();
        assertThat(Snippets.damage(GARBLED, 0, GARBLED.length())).isEqualTo(4);
    }
}
