package vn.hdndso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VnTextUnitTest {

    @Test
    void foldsDiacriticsAndDStroke() {
        assertThat(VnText.fold("Xã Lạc Phượng")).isEqualTo("xa lac phuong");
        assertThat(VnText.fold("Đặc khu Cát Hải")).isEqualTo("dac khu cat hai");
        assertThat(VnText.fold("HỘI ĐỒNG NHÂN DÂN")).isEqualTo("hoi dong nhan dan");
    }

    @Test
    void treatsDecomposedAndPrecomposedTextAlike() {
        String decomposed = Normalizer.normalize("Nhị Chiểu", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nhị Chiểu");
        assertThat(VnText.normalize(decomposed)).isEqualTo("Nhị Chiểu");
        assertThat(VnText.fold(decomposed)).isEqualTo("nhi chieu");
    }

    @Test
    void normalisesSpaces() {
        assertThat(VnText.normalize("  Ban   Kinh tế\t- Ngân sách \n")).isEqualTo("Ban Kinh tế - Ngân sách");
        assertThat(VnText.normalize(null)).isEmpty();
    }

    @Test
    void makesSlugsFromUnitNames() {
        assertThat(VnText.slug("Lạc Phượng")).isEqualTo("lac-phuong");
        assertThat(VnText.slug("Nhị Chiểu")).isEqualTo("nhi-chieu");
        assertThat(VnText.slug(" Hồng Bàng ")).isEqualTo("hong-bang");
        assertThat(VnText.slug("Đồ Sơn")).isEqualTo("do-son");
        assertThat(VnText.slug("—")).isEmpty();
    }

    @Test
    void matchesEveryQueryWordAtTheStartOfAWord() {
        assertThat(VnText.matchesWords("Xã Lạc Phượng", "lac phuong")).isTrue();
        assertThat(VnText.matchesWords("Xã Lạc Phượng", "Phượng lạc")).isTrue();
        assertThat(VnText.matchesWords("Xã Lạc Phượng", "lac ph")).isTrue();
        assertThat(VnText.matchesWords("Xã Lạc Phượng", "ac")).isFalse();
        assertThat(VnText.matchesWords("Phường Nhị Chiểu", "nhi chieu")).isTrue();
        assertThat(VnText.matchesWords("Phường Nhị Chiểu", "nhi chieux")).isFalse();
        assertThat(VnText.matchesWords("Phường Nhị Chiểu", "   ")).isTrue();
    }
}
