package vn.hdndso.training.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Delegate;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.training.SkillLevel;
import vn.hdndso.training.TrainingShares;

/**
 * T9: the share of the current term's delegates (mandate running) trained by the period's last
 * day — attended a session or assessed — with the number proficient as the breakdown {@code
 * proficient} (docs/training.md). The evidence is each delegate, public, with their profile page.
 */
@Component
class TrainingIndicators implements IndicatorSource {

    private final TermDelegates delegates;
    private final TrainingAttendanceRepository attendance;
    private final AssessmentRepository assessments;
    private final Councils councils;

    TrainingIndicators(
            TermDelegates delegates,
            TrainingAttendanceRepository attendance,
            AssessmentRepository assessments,
            Councils councils) {
        this.delegates = delegates;
        this.attendance = attendance;
        this.assessments = assessments;
        this.councils = councils;
    }

    @Override
    public Set<IndicatorCode> codes() {
        return Set.of(IndicatorCode.T9);
    }

    @Override
    @Transactional(readOnly = true)
    public Measurement measure(CouncilId council, IndicatorCode code, Period period) {
        Set<UUID> term =
                delegates.active(council).stream().map(d -> d.id().value()).collect(Collectors.toSet());
        return TrainingShares.measure(term, attendance.attended(council), assessments.assessed(council), period.end());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period) {
        String profiles = "/" + councils.require(council).slug() + "/dai-bieu/";
        Map<UUID, List<TrainingShares.Attended>> attended = attendance.attended(council).stream()
                .filter(a -> !a.day().isAfter(period.end()))
                .collect(Collectors.groupingBy(TrainingShares.Attended::delegateId));
        Map<UUID, List<TrainingShares.Assessed>> assessed = assessments.assessed(council).stream()
                .filter(a -> !a.day().isAfter(period.end()))
                .collect(Collectors.groupingBy(TrainingShares.Assessed::delegateId));
        return delegates.active(council).stream()
                .map(d -> evidence(
                        d,
                        attended.getOrDefault(d.id().value(), List.of()),
                        assessed.getOrDefault(d.id().value(), List.of()),
                        profiles))
                .sorted(Comparator.comparing(Evidence::day, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private static Evidence evidence(
            Delegate d,
            List<TrainingShares.Attended> attended,
            List<TrainingShares.Assessed> assessed,
            String profiles) {
        SkillLevel level = TrainingShares.levelOf(assessed);
        java.time.LocalDate last = java.util.stream.Stream.concat(
                        attended.stream().map(TrainingShares.Attended::day),
                        assessed.stream().map(TrainingShares.Assessed::day))
                .max(Comparator.naturalOrder())
                .orElse(null);
        String title =
                d.fullName() + (level == null ? "" : level == SkillLevel.PROFICIENT ? " (thành thạo)" : " (cơ bản)");
        return new Evidence(
                "delegate",
                d.id().toString(),
                title,
                last,
                !attended.isEmpty() || !assessed.isEmpty(),
                true,
                profiles + d.id());
    }
}
