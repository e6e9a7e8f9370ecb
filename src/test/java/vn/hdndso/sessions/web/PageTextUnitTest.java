package vn.hdndso.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.sessions.web.PageText.Piece;

class PageTextUnitTest {

    @Test
    void paragraphsAreKeptAndLinesOfOneParagraphJoined() {
        PageText page = PageText.of(1, "Điều 1. Thông qua\nkế hoạch năm 2027.\n\nĐiều 2. Giao Thường trực.", "");
        assertThat(page.paragraphs())
                .containsExactly(
                        List.of(new Piece("Điều 1. Thông qua kế hoạch năm 2027.", false)),
                        List.of(new Piece("Điều 2. Giao Thường trực.", false)));
        assertThat(page.matches()).isZero();
        assertThat(page.scanned()).isFalse();
    }

    @Test
    void theSearchIgnoresCaseAndDiacriticsAndMarksEveryPlace() {
        PageText page = PageText.of(2, "Theo Nghị quyết số 57 và nghị quyết số 18, NGHỊ QUYẾT này.", "nghi quyet");
        assertThat(page.matches()).isEqualTo(3);
        assertThat(page.paragraphs().getFirst())
                .containsExactly(
                        new Piece("Theo ", false),
                        new Piece("Nghị quyết", true),
                        new Piece(" số 57 và ", false),
                        new Piece("nghị quyết", true),
                        new Piece(" số 18, ", false),
                        new Piece("NGHỊ QUYẾT", true),
                        new Piece(" này.", false));
    }

    @Test
    void theLetterDWithStrokeMatchesD() {
        assertThat(PageText.of(1, "Hội đồng nhân dân", "hoi dong").matches()).isEqualTo(1);
        assertThat(PageText.fold("Đường")).isEqualTo("duong");
        assertThat(PageText.fold("Nghị quyết")).hasSize("Nghị quyết".length());
    }

    @Test
    void aPageWithoutTextIsAScan() {
        assertThat(PageText.of(3, "", "x").scanned()).isTrue();
        assertThat(PageText.of(3, "", "x").matches()).isZero();
    }
}
