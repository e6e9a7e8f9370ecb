package vn.hdndso.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question or recommendation quoted in a notice: one line, at most {@link OversightNotices#SHORT} characters. */
class OversightNoticeTextUnitTest {

    @Test
    void aShortTextStaysWholeOnOneLine() {
        assertThat(OversightNotices.shortened("  Tiến độ\n  cải tạo   vỉa hè? "))
                .isEqualTo("Tiến độ cải tạo vỉa hè?");
    }

    @Test
    void aLongTextIsCutWithAnEllipsis() {
        String text = "Chất vấn ".repeat(40);
        String cut = OversightNotices.shortened(text);
        assertThat(cut).hasSize(OversightNotices.SHORT).endsWith("…").startsWith("Chất vấn Chất vấn");
    }
}
