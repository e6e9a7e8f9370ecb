package vn.hdndso.reports.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.IndicatorStatus;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.TargetProgress;
import vn.hdndso.plans.Threshold;
import vn.hdndso.shared.CouncilId;

/** Hand-built report facts: a council with some figures, and one with none. */
final class ReportFixtures {

    static final Period H1 = Period.half(2026, 1);
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    static final CouncilId COUNCIL = new CouncilId(UUID.fromString("00000000-0000-0000-0000-000000000777"));

    private ReportFixtures() {}

    static TargetProgress progress(
            IndicatorCode code,
            Measurement measurement,
            @Nullable String targetText,
            Threshold threshold,
            IndicatorStatus status,
            @Nullable Double projected) {
        return new TargetProgress(
                code,
                new IndicatorValue(COUNCIL, code, H1, measurement, Instant.parse("2026-06-30T10:00:00Z")),
                targetText,
                threshold,
                DEADLINE,
                targetText != null,
                status,
                projected);
    }

    /** T1 at risk (12 of 14), T3 met (3 of 3), T4 not met (0 of 4), T5 a count (2 channels), the rest without data. */
    static ReportFacts withFigures() {
        List<TargetProgress> progress = new ArrayList<>();
        for (IndicatorCode code : IndicatorCode.values()) {
            progress.add(
                    switch (code) {
                        case T1 ->
                            progress(
                                    code,
                                    Measurement.share(12, 14),
                                    "100% văn bản của HĐND được ký số, phát hành điện tử",
                                    Threshold.atLeast(new BigDecimal(100)),
                                    IndicatorStatus.AT_RISK,
                                    92.04);
                        case T3 ->
                            progress(
                                    code,
                                    Measurement.share(3, 3),
                                    "100% kỳ họp được ghi hình, lưu trữ",
                                    Threshold.atLeast(new BigDecimal(100)),
                                    IndicatorStatus.MET,
                                    null);
                        case T4 ->
                            progress(
                                    code,
                                    Measurement.share(0, 4),
                                    "Từ 10–30% hội nghị tiếp xúc cử tri trực tuyến",
                                    Threshold.between(new BigDecimal(10), new BigDecimal(30)),
                                    IndicatorStatus.NOT_MET,
                                    null);
                        case T5 ->
                            progress(
                                    code,
                                    Measurement.count(2),
                                    null,
                                    Threshold.qualitative(),
                                    IndicatorStatus.MET,
                                    null);
                        default ->
                            progress(
                                    code,
                                    Measurement.noData(),
                                    null,
                                    Threshold.atLeast(new BigDecimal(100)),
                                    IndicatorStatus.NO_DATA,
                                    null);
                    });
        }
        var plan = new ReportFacts.PlanFacts(
                "10/KH-TTHĐND",
                "Thực hiện Nghị quyết số 57-NQ/TW về chuyển đổi số của HĐND phường",
                List.of(
                        new PlanReading.Task(
                                "- Tổ chức tiếp xúc cử tri trực tuyến ít nhất một lần mỗi năm",
                                Set.of(ResponsibleBody.STANDING_COMMITTEE, ResponsibleBody.PEOPLES_COMMITTEE),
                                TargetCode.T4),
                        new PlanReading.Task(
                                "Ghi hình các kỳ họp", Set.of(ResponsibleBody.STANDING_COMMITTEE), TargetCode.T3)));
        return new ReportFacts(
                "Phường Nhị Chiểu", "Thành phố Hải Phòng", H1, LocalDate.of(2026, 7, 2), plan, progress, Map.of());
    }

    /** No confirmed plan and nothing counted: every indicator NO_DATA. */
    static ReportFacts withoutData() {
        List<TargetProgress> progress = new ArrayList<>();
        for (IndicatorCode code : IndicatorCode.values()) {
            progress.add(progress(
                    code,
                    Measurement.noData(),
                    null,
                    Threshold.atLeast(new BigDecimal(100)),
                    IndicatorStatus.NO_DATA,
                    null));
        }
        return new ReportFacts(
                "Xã Không Số",
                "Thành phố Hải Phòng",
                Period.year(2026),
                LocalDate.of(2026, 12, 7),
                null,
                progress,
                Map.of());
    }
}
