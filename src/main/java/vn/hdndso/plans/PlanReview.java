package vn.hdndso.plans;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * A plan's targets and tasks as the clerk corrected them: the draft takes them whole; and, if given,
 * its title as it should read (OCR text often garbles it). Rules: every target and task has words (at
 * most {@value #MAX_TEXT} characters); a share lies between 0 and 100 with its minimum not above its
 * maximum; a task names at least one body; a title given is not blank and at most {@value #MAX_TITLE}
 * characters.
 */
public record PlanReview(
        List<PlanReading.Target> targets,
        List<PlanReading.Task> tasks,
        @Nullable String title) {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_ITEMS = 200;
    public static final int MAX_TITLE = 1000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PlanReview {
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
    }

    /** Targets and tasks, the title left as it is. */
    public PlanReview(List<PlanReading.Target> targets, List<PlanReading.Task> tasks) {
        this(targets, tasks, null);
    }

    /** Throws the problems of this review, field by field ("targets[2].text"), if there are any. */
    public PlanReview checked() {
        var problems = new InvalidInputException.Collector();
        if (targets.size() > MAX_ITEMS) {
            problems.add("targets", "plans.review.tooMany", MAX_ITEMS);
        }
        if (tasks.size() > MAX_ITEMS) {
            problems.add("tasks", "plans.review.tooMany", MAX_ITEMS);
        }
        for (int i = 0; i < targets.size(); i++) {
            PlanReading.Target target = targets.get(i);
            String field = "targets[" + i + "]";
            text(problems, field, target.text());
            threshold(problems, field, target.threshold());
        }
        for (int i = 0; i < tasks.size(); i++) {
            PlanReading.Task task = tasks.get(i);
            String field = "tasks[" + i + "]";
            text(problems, field, task.text());
            if (task.bodies().isEmpty()) {
                problems.add(field + ".bodies", "plans.review.bodyRequired");
            }
        }
        String cleanTitle = title == null ? null : VnText.normalize(title);
        if (cleanTitle != null && cleanTitle.isEmpty()) {
            problems.add("title", "plans.review.textRequired");
        } else if (cleanTitle != null && cleanTitle.length() > MAX_TITLE) {
            problems.add("title", "plans.review.textTooLong", MAX_TITLE);
        }
        problems.throwIfAny();
        return new PlanReview(
                targets.stream()
                        .map(t -> new PlanReading.Target(
                                VnText.normalize(t.text()), t.threshold(), t.deadline(), t.code(), t.confidence()))
                        .toList(),
                tasks.stream()
                        .map(t -> new PlanReading.Task(VnText.normalize(t.text()), t.bodies(), t.serves()))
                        .toList(),
                cleanTitle);
    }

    private static void text(InvalidInputException.Collector problems, String field, String text) {
        String clean = VnText.normalize(text);
        if (clean.isEmpty()) {
            problems.add(field + ".text", "plans.review.textRequired");
        } else if (clean.length() > MAX_TEXT) {
            problems.add(field + ".text", "plans.review.textTooLong", MAX_TEXT);
        }
    }

    private static void threshold(InvalidInputException.Collector problems, String field, Threshold threshold) {
        BigDecimal min = threshold.min();
        BigDecimal max = threshold.max();
        if (min != null && (min.signum() < 0 || min.compareTo(HUNDRED) > 0)) {
            problems.add(field + ".threshold.min", "plans.review.share");
        }
        if (max != null && (max.signum() < 0 || max.compareTo(HUNDRED) > 0)) {
            problems.add(field + ".threshold.max", "plans.review.share");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add(field + ".threshold.max", "plans.review.range");
        }
    }
}
