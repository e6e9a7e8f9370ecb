package vn.hdndso.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkeletonUnitTest {

    @Test
    void readsLookalikeDigitsInsideWordsAsLetters() {
        assertThat(Skeleton.of("chuyén doi s6 ở x4, 1ap kế hoạch năm 2026: 100%")
                        .words())
                .containsExactly("chuyen", "doi", "so", "o", "xa", "lap", "ke", "hoach", "nam", "2026", "100%");
    }

    @Test
    void toleratesOcrDamageButNotAnotherWord() {
        assertThat(Skeleton.similar("thudng", "thuong")).isTrue();
        assertThat(Skeleton.similar("cir", "cu")).isTrue();
        assertThat(Skeleton.similar("ctr", "cu")).isTrue();
        assertThat(Skeleton.similar("tai", "dai")).isFalse();
        assertThat(Skeleton.similar("lieu", "bieu")).isFalse();
        assertThat(Skeleton.similar("ky", "ly")).isFalse();
    }

    @Test
    void holdsAPhraseInOrderOrTwoThirdsOfALongOne() {
        Skeleton text = Skeleton.of("buổi tiếp xúc ctr tri có hình thức trực tuyến");
        assertThat(text.holds(List.of("tiep", "xuc", "cu", "tri"))).isEqualTo(1.0);
        assertThat(text.holds(List.of("hinh", "thuc", "truc", "tuyen"))).isEqualTo(1.0);
        assertThat(text.holds(List.of("chu", "ky", "so"))).isZero();
    }
}
