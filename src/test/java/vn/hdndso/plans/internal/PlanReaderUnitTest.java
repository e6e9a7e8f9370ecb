package vn.hdndso.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.plans.TargetCode.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanReading.SectionKind;
import vn.hdndso.plans.ReportingFrequency;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.Threshold;

/** The two real plans in testdata/plans: one clean, one OCR output that lost its diacritics. */
class PlanReaderUnitTest {

    static final Path PLANS = Path.of("testdata", "plans");
    static final List<TargetCode> TARGETS_OF_BOTH = List.of(T1, T2, T3, T4, T5, T6, T7, T8, T9, T9, T10);

    static PlanReading read(String file) throws IOException {
        return PlanReader.read(Files.readString(PLANS.resolve(file)));
    }

    static PlanReading nhiChieu() throws IOException {
        return read("ke-hoach-57-nhi-chieu.txt");
    }

    static PlanReading lacPhuong() throws IOException {
        return read("ke-hoach-57-lac-phuong-ocr.txt");
    }

    @Test
    void bothPlansMapTheirTargetsToTheSameCodes() throws IOException {
        assertThat(nhiChieu().targetCodes()).containsExactlyElementsOf(TARGETS_OF_BOTH);
        assertThat(lacPhuong().targetCodes()).containsExactlyElementsOf(TARGETS_OF_BOTH);
    }

    @Test
    void mappedTargetsCarryAConfidence() throws IOException {
        for (PlanReading plan : List.of(nhiChieu(), lacPhuong())) {
            assertThat(plan.targets())
                    .allSatisfy(t -> assertThat(t.confidence()).isBetween(0.35, 1.0));
        }
    }

    @Test
    void readsThresholdsAsThePlanStatesThem() throws IOException {
        List<PlanReading.Target> targets = nhiChieu().targets();
        assertThat(targets.get(0).threshold()).isEqualTo(Threshold.atLeast(new BigDecimal("100")));
        assertThat(targets.get(1).threshold()).isEqualTo(Threshold.moreThan(new BigDecimal("90")));
        assertThat(targets.get(3).threshold()).isEqualTo(Threshold.between(new BigDecimal("10"), new BigDecimal("30")));
        assertThat(targets.get(4).threshold().isQualitative()).isTrue();
        assertThat(targets.get(9).threshold()).isEqualTo(Threshold.atLeast(new BigDecimal("50")));
    }

    @Test
    void keepsQualitativeTargetsQualitativeInTheOcrPlan() throws IOException {
        List<PlanReading.Target> targets = lacPhuong().targets();
        // "Một số kỳ họp … được ghi hình", "Một số buổi tiếp xúc cử tri … trực tuyến"
        assertThat(targets.get(2).threshold().isQualitative()).isTrue();
        assertThat(targets.get(3).threshold().isQualitative()).isTrue();
        assertThat(targets.get(1).threshold()).isEqualTo(Threshold.moreThan(new BigDecimal("90")));
        assertThat(targets.get(9).threshold()).isEqualTo(Threshold.atLeast(new BigDecimal("50")));
    }

    @Test
    void takesTheDeadlineFromTheHeadingOfTheTargets() throws IOException {
        for (PlanReading plan : List.of(nhiChieu(), lacPhuong())) {
            assertThat(plan.targets()).allSatisfy(t -> assertThat(t.deadline()).isEqualTo(LocalDate.of(2026, 12, 31)));
        }
    }

    @Test
    void findsTheSixPartsOfBothPlans() throws IOException {
        List<SectionKind> kinds = List.of(
                SectionKind.PURPOSE,
                SectionKind.TARGETS,
                SectionKind.TASKS,
                SectionKind.ORGANISATION,
                SectionKind.REPORTING,
                SectionKind.PROPOSALS);
        assertThat(nhiChieu().sections()).extracting(PlanReading.Section::kind).containsExactlyElementsOf(kinds);
        assertThat(lacPhuong().sections()).extracting(PlanReading.Section::kind).containsExactlyElementsOf(kinds);
        assertThat(lacPhuong().sections())
                .extracting(PlanReading.Section::numeral)
                .containsExactly("I", "II", "III", "IV", "V", "VI");
    }

    @Test
    void readsNumberAndTitle() throws IOException {
        PlanReading plan = nhiChieu();
        assertThat(plan.number()).isEqualTo("10/KH-TTHĐND");
        assertThat(plan.title()).startsWith("Thực hiện Nghị quyết số 57-NQ/TW").endsWith("HĐND phường Nhị Chiểu");
        assertThat(lacPhuong().number()).isEqualTo("02/KH-TTHPND");
        assertThat(lacPhuong().title()).endsWith("trong hoat dong cia HDND xa");
    }

    @Test
    void givesTasksToTheBodiesThatCarryThemOut() throws IOException {
        for (PlanReading plan : List.of(nhiChieu(), lacPhuong())) {
            assertThat(plan.tasks()).anySatisfy(t -> {
                assertThat(t.text()).startsWith("Ban Kinh t");
                assertThat(t.bodies()).containsExactly(ResponsibleBody.ECONOMY_BUDGET_COMMITTEE);
            });
            assertThat(plan.tasks()).anySatisfy(t -> {
                assertThat(t.text()).startsWith("Ban V");
                assertThat(t.bodies()).containsExactly(ResponsibleBody.CULTURE_SOCIAL_COMMITTEE);
            });
            assertThat(plan.tasks())
                    .filteredOn(t -> t.bodies().contains(ResponsibleBody.FATHERLAND_FRONT))
                    .hasSizeGreaterThanOrEqualTo(1);
            assertThat(plan.tasks())
                    .filteredOn(t -> t.bodies().contains(ResponsibleBody.PEOPLES_COMMITTEE))
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void tiesOversightAndKpiTasksToTheirTargets() throws IOException {
        for (PlanReading plan : List.of(nhiChieu(), lacPhuong())) {
            assertThat(plan.tasks()).extracting(PlanReading.Task::serves).contains(T11, T12, T1, T3, T9);
        }
    }

    @Test
    void readsReportingDuties() throws IOException {
        for (PlanReading plan : List.of(nhiChieu(), lacPhuong())) {
            PlanReading.ReportingDuty periodic = plan.reportingDuties().get(0);
            assertThat(periodic.frequencies())
                    .containsExactlyInAnyOrder(
                            ReportingFrequency.SEMI_ANNUAL, ReportingFrequency.ANNUAL, ReportingFrequency.AD_HOC);
            assertThat(periodic.reporters())
                    .containsExactlyInAnyOrder(ResponsibleBody.COMMITTEES, ResponsibleBody.PEOPLES_COMMITTEE);
        }
    }

    @Test
    void aPlanWithoutRecognisableTargetsStillHasItsParts() {
        PlanReading plan = PlanReader.read("""
                KẾ HOẠCH
                Tổ chức các hoạt động năm 2027
                I. MỤC ĐÍCH
                - Nâng cao chất lượng hoạt động.
                II. MỤC TIÊU
                - Hoàn thành tốt các nhiệm vụ được giao.
                III. TỔ CHỨC THỰC HIỆN
                - UBND xã phối hợp thực hiện.
                """);
        assertThat(plan.sections())
                .extracting(PlanReading.Section::kind)
                .containsExactly(SectionKind.PURPOSE, SectionKind.TARGETS, SectionKind.ORGANISATION);
        assertThat(plan.targets()).singleElement().satisfies(t -> {
            assertThat(t.code()).isNull();
            assertThat(t.threshold().isQualitative()).isTrue();
        });
        assertThat(plan.tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.bodies()).containsExactly(ResponsibleBody.PEOPLES_COMMITTEE));
    }

    @Test
    void textWithoutPartsReadsAsNothing() {
        PlanReading plan = PlanReader.read("Biên bản họp ngày 5/9/2025.\nNội dung: trao đổi công việc.");
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.targets()).isEmpty();
        assertThat(plan.tasks()).isEmpty();
    }
}
