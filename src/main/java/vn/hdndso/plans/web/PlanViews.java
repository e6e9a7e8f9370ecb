package vn.hdndso.plans.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.hdndso.plans.Plan;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanReview;
import vn.hdndso.plans.ReportingFrequency;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.Threshold;

/** The JSON shapes of plans (API.md, "Plans, indicators and reports"). */
final class PlanViews {

    private PlanViews() {}

    record PlanView(
            String id,
            String title,
            @Nullable String number,
            int version,
            String state,
            int confirmedVersion,
            String source,
            String updatedBy,
            Instant updatedAt,
            @Nullable Instant confirmedAt,
            List<SectionView> sections,
            List<TargetView> targets,
            List<TaskView> tasks,
            List<ReportingDutyView> reportingDuties) {

        static PlanView of(Plan plan) {
            PlanReading r = plan.reading();
            return new PlanView(
                    plan.id().toString(),
                    plan.title(),
                    plan.number(),
                    plan.version(),
                    plan.state().name(),
                    plan.confirmedVersion(),
                    plan.source().name(),
                    plan.updatedBy(),
                    plan.updatedAt(),
                    plan.confirmedAt(),
                    r.sections().stream().map(SectionView::of).toList(),
                    r.targets().stream().map(TargetView::of).toList(),
                    r.tasks().stream().map(TaskView::of).toList(),
                    r.reportingDuties().stream().map(ReportingDutyView::of).toList());
        }
    }

    record SectionView(String numeral, String title, String kind) {
        static SectionView of(PlanReading.Section s) {
            return new SectionView(s.numeral(), s.title(), s.kind().name());
        }
    }

    record ThresholdView(
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            @Nullable Boolean minExclusive,
            @Nullable String unit) {

        static ThresholdView of(Threshold t) {
            return new ThresholdView(t.min(), t.max(), t.minExclusive(), t.unit());
        }

        Threshold threshold() {
            if (min == null && max == null) {
                return Threshold.qualitative();
            }
            return new Threshold(min, max, Boolean.TRUE.equals(minExclusive), unit == null ? Threshold.PERCENT : unit);
        }
    }

    record TargetView(
            @Nullable TargetCode code,
            String text,
            @Nullable ThresholdView threshold,
            @Nullable LocalDate deadline,
            @Nullable Double confidence) {

        static TargetView of(PlanReading.Target t) {
            return new TargetView(t.code(), t.text(), ThresholdView.of(t.threshold()), t.deadline(), t.confidence());
        }

        PlanReading.Target target() {
            return new PlanReading.Target(
                    text,
                    threshold == null ? Threshold.qualitative() : threshold.threshold(),
                    deadline,
                    code,
                    // a target the clerk has set is certain
                    1.0);
        }
    }

    record TaskView(
            String text,
            @Nullable Set<ResponsibleBody> responsibleBodies,
            @Nullable TargetCode serves) {
        static TaskView of(PlanReading.Task t) {
            return new TaskView(t.text(), t.bodies(), t.serves());
        }

        PlanReading.Task task() {
            return new PlanReading.Task(text, responsibleBodies == null ? Set.of() : responsibleBodies, serves);
        }
    }

    record ReportingDutyView(String text, Set<ReportingFrequency> frequencies, Set<ResponsibleBody> reporters) {
        static ReportingDutyView of(PlanReading.ReportingDuty d) {
            return new ReportingDutyView(d.text(), d.frequencies(), d.reporters());
        }
    }

    /** The body of a review: the targets and tasks as they should be, and the title if it needs correcting. */
    record ReviewRequest(
            @Nullable List<TargetView> targets,
            @Nullable List<TaskView> tasks,
            @Nullable String title) {
        PlanReview review() {
            return new PlanReview(
                    targets == null
                            ? List.of()
                            : targets.stream().map(TargetView::target).toList(),
                    tasks == null
                            ? List.of()
                            : tasks.stream().map(TaskView::task).toList(),
                    title);
        }
    }

    record VersionView(
            int number,
            String state,
            String source,
            int targets,
            int tasks,
            String createdBy,
            Instant createdAt,
            @Nullable String confirmedBy,
            @Nullable Instant confirmedAt) {
        static VersionView of(Plan.Version v) {
            return new VersionView(
                    v.number(),
                    v.state().name(),
                    v.source().name(),
                    v.targets(),
                    v.tasks(),
                    v.createdBy(),
                    v.createdAt(),
                    v.confirmedBy(),
                    v.confirmedAt());
        }
    }
}
