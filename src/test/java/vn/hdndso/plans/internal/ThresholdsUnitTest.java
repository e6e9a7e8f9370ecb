package vn.hdndso.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hdndso.plans.Threshold;

class ThresholdsUnitTest {

    @Test
    void readsEveryWayAPlanStatesAShare() {
        assertThat(Thresholds.of("100% văn bản được ký số")).isEqualTo(Threshold.atLeast(new BigDecimal("100")));
        assertThat(Thresholds.of("Trên 90% tài liệu")).isEqualTo(Threshold.moreThan(new BigDecimal("90")));
        assertThat(Thresholds.of("hơn 80 % buổi họp")).isEqualTo(Threshold.moreThan(new BigDecimal("80")));
        assertThat(Thresholds.of("Ít nhất 10–30% buổi tiếp xúc"))
                .isEqualTo(Threshold.between(new BigDecimal("10"), new BigDecimal("30")));
        assertThat(Thresholds.of("từ 10% đến 30% buổi tiếp xúc"))
                .isEqualTo(Threshold.between(new BigDecimal("10"), new BigDecimal("30")));
        assertThat(Thresholds.of("Ít nhất 50% đại biểu")).isEqualTo(Threshold.atLeast(new BigDecimal("50")));
        assertThat(Thresholds.of("đạt 95,5% hồ sơ")).isEqualTo(Threshold.atLeast(new BigDecimal("95.5")));
    }

    @Test
    void readsOcrDamagedQualifiers() {
        assertThat(Thresholds.of("[t nhat 50% dai biéu")).isEqualTo(Threshold.atLeast(new BigDecimal("50")));
        assertThat(Thresholds.of("Trén 90% tai liéu")).isEqualTo(Threshold.moreThan(new BigDecimal("90")));
    }

    @Test
    void keepsWordsWithoutAShareQualitative() {
        assertThat(Thresholds.of("Một số kỳ họp được ghi hình").isQualitative()).isTrue();
        assertThat(Thresholds.of("Cập nhật thường xuyên cơ sở dữ liệu").isQualitative())
                .isTrue();
        assertThat(Thresholds.of("Nghị quyết số 57-NQ/TW ngày 22/12/2024").isQualitative())
                .isTrue();
    }

    @Test
    void aThresholdIsMetOnlyAboveItsExclusiveMinimum() {
        Threshold moreThan90 = Threshold.moreThan(new BigDecimal("90"));
        assertThat(moreThan90.isMetBy(new BigDecimal("90"))).isFalse();
        assertThat(moreThan90.isMetBy(new BigDecimal("90.1"))).isTrue();
        assertThat(Threshold.atLeast(new BigDecimal("100")).isMetBy(new BigDecimal("100")))
                .isTrue();
        assertThat(Threshold.qualitative().isMetBy(new BigDecimal("100"))).isFalse();
    }

    @Test
    void aRangeIsMetInsideItOnly() {
        Threshold tenToThirty = Threshold.between(new BigDecimal("10"), new BigDecimal("30"));
        assertThat(tenToThirty.isMetBy(new BigDecimal("9.9"))).isFalse();
        assertThat(tenToThirty.isMetBy(new BigDecimal("10"))).isTrue();
        assertThat(tenToThirty.isMetBy(new BigDecimal("30"))).isTrue();
        assertThat(tenToThirty.isMetBy(new BigDecimal("30.1"))).isFalse();
    }

    @Test
    void readsDeadlines() {
        assertThat(Deadlines.in("Mục tiêu cụ thể đến hết năm 2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Deadlines.in("Muc tiéu cu thé dén hét nim 2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Deadlines.in("hoàn thành trước ngày 30/6/2026")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Deadlines.in("Mục tiêu chung")).isNull();
    }
}
