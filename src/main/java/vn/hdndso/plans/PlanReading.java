package vn.hdndso.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the product read in a plan's text, for the clerk to review and confirm: never the plan
 * itself until confirmed. A text with no recognisable target still has its sections, so the clerk
 * can tag targets by hand.
 *
 * @param number the plan's number and symbol as printed ("10/KH-TTHĐND"), if found
 * @param title its title (trích yếu), if found
 * @param sections the numbered parts (I. MỤC ĐÍCH, YÊU CẦU …) in order
 * @param targets the specific targets (mục tiêu cụ thể) in order
 * @param tasks the tasks with their responsible bodies
 * @param reportingDuties the reports the plan asks for
 */
public record PlanReading(
        @Nullable String number,
        @Nullable String title,
        List<Section> sections,
        List<Target> targets,
        List<Task> tasks,
        List<ReportingDuty> reportingDuties) {

    public PlanReading {
        sections = List.copyOf(sections);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        reportingDuties = List.copyOf(reportingDuties);
    }

    /** The codes the targets were mapped to, in order ({@code null} where unsure). */
    public List<@Nullable TargetCode> targetCodes() {
        return targets.stream().map(Target::code).toList();
    }

    /** A numbered part of the plan. */
    public enum SectionKind {
        PURPOSE,
        TARGETS,
        TASKS,
        ORGANISATION,
        REPORTING,
        PROPOSALS,
        OTHER
    }

    /**
     * @param numeral its Roman numeral as it should read ("III")
     * @param title its heading as printed
     * @param text the lines below it
     */
    public record Section(String numeral, String title, SectionKind kind, String text) {}

    /**
     * @param text the target's words, verbatim
     * @param code the target T1–T12 it means, if the reading is confident enough
     * @param confidence 0–1, how sure the mapping is
     * @param deadline by when ("đến hết năm 2026" → 31/12/2026), if stated
     */
    public record Target(
            String text,
            Threshold threshold,
            @Nullable LocalDate deadline,
            @Nullable TargetCode code,
            double confidence) {}

    /**
     * @param text the task's words, verbatim
     * @param bodies who carries it out (named in the task, or by the part of "Tổ chức thực hiện" it sits in;
     *     otherwise the plan's issuer, the standing committee)
     * @param serves the target it works towards, if clear
     */
    public record Task(
            String text,
            Set<ResponsibleBody> bodies,
            @Nullable TargetCode serves) {
        public Task {
            bodies = Set.copyOf(bodies);
        }
    }

    /** @param reporters who reports (empty: the plan does not say) */
    public record ReportingDuty(String text, Set<ReportingFrequency> frequencies, Set<ResponsibleBody> reporters) {
        public ReportingDuty {
            frequencies = Set.copyOf(frequencies);
            reporters = Set.copyOf(reporters);
        }
    }
}
