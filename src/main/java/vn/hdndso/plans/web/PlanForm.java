package vn.hdndso.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanReview;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.Threshold;
import vn.hdndso.shared.InvalidInputException;

/**
 * The review form of a draft plan: one row per target and per task, as shown or as typed (a refused
 * form comes back with what was typed), plus one blank row of each to add. Rows ticked "remove" and
 * blank new rows are left out of the review; problems found in what is left are reported on the rows
 * of the form they came from.
 */
record PlanForm(String title, List<TargetRow> targets, List<TaskRow> tasks) {

    private static final Pattern INDEXED = Pattern.compile("^(targets|tasks)\\[(\\d+)](.*)$");

    record TargetRow(
            int index,
            String text,
            String code,
            String min,
            String max,
            boolean above,
            String deadline,
            boolean remove,
            @Nullable Double confidence) {

        static TargetRow of(int index, PlanReading.Target t) {
            Threshold threshold = t.threshold();
            return new TargetRow(
                    index,
                    t.text(),
                    t.code() == null ? "" : t.code().name(),
                    plain(threshold.min()),
                    plain(threshold.max()),
                    threshold.minExclusive(),
                    t.deadline() == null ? "" : t.deadline().toString(),
                    false,
                    t.confidence());
        }

        static TargetRow blank(int index) {
            return new TargetRow(index, "", "", "", "", false, "", false, null);
        }

        boolean isBlank() {
            return text.isBlank() && code.isBlank() && min.isBlank() && max.isBlank() && deadline.isBlank();
        }
    }

    record TaskRow(int index, String text, Set<String> bodies, String serves, boolean remove) {

        static TaskRow of(int index, PlanReading.Task t) {
            var bodies = new java.util.TreeSet<String>();
            t.bodies().forEach(b -> bodies.add(b.name()));
            return new TaskRow(
                    index,
                    t.text(),
                    bodies,
                    t.serves() == null ? "" : t.serves().name(),
                    false);
        }

        static TaskRow blank(int index) {
            return new TaskRow(index, "", Set.of(), "", false);
        }

        boolean isBlank() {
            return text.isBlank() && bodies.isEmpty() && serves.isBlank();
        }

        public boolean has(ResponsibleBody body) {
            return bodies.contains(body.name());
        }
    }

    /** The draft as the form first shows it, with a blank row of each kind to add. */
    static PlanForm of(String title, PlanReading reading) {
        var targets = new ArrayList<TargetRow>();
        for (PlanReading.Target t : reading.targets()) {
            targets.add(TargetRow.of(targets.size(), t));
        }
        targets.add(TargetRow.blank(targets.size()));
        var tasks = new ArrayList<TaskRow>();
        for (PlanReading.Task t : reading.tasks()) {
            tasks.add(TaskRow.of(tasks.size(), t));
        }
        tasks.add(TaskRow.blank(tasks.size()));
        return new PlanForm(title, targets, tasks);
    }

    /** The form as submitted: rows numbered as the form numbered them. */
    static PlanForm of(MultiValueMap<String, String> form) {
        var targets = new ArrayList<TargetRow>();
        for (int i = 0; form.containsKey("targets[" + i + "].text"); i++) {
            String p = "targets[" + i + "].";
            targets.add(new TargetRow(
                    i,
                    value(form, p + "text"),
                    value(form, p + "code"),
                    value(form, p + "min"),
                    value(form, p + "max"),
                    form.containsKey(p + "above"),
                    value(form, p + "deadline"),
                    form.containsKey(p + "remove"),
                    null));
        }
        var tasks = new ArrayList<TaskRow>();
        for (int i = 0; form.containsKey("tasks[" + i + "].text"); i++) {
            String p = "tasks[" + i + "].";
            List<String> bodies = form.get(p + "bodies");
            tasks.add(new TaskRow(
                    i,
                    value(form, p + "text"),
                    bodies == null ? Set.of() : Set.copyOf(bodies),
                    value(form, p + "serves"),
                    form.containsKey(p + "remove")));
        }
        return new PlanForm(value(form, "title"), targets, tasks);
    }

    /** The review this form asks for; problems name the form's rows ("targets[3].threshold.min"). */
    PlanReview review() {
        var problems = new InvalidInputException.Collector();
        var keptTargets = new ArrayList<TargetRow>();
        var reviewTargets = new ArrayList<PlanReading.Target>();
        for (TargetRow row : targets) {
            if (row.remove() || row.isBlank()) {
                continue;
            }
            String p = "targets[" + row.index() + "]";
            BigDecimal min = number(problems, p + ".threshold.min", row.min());
            BigDecimal max = number(problems, p + ".threshold.max", row.max());
            Threshold threshold = min == null && max == null
                    ? Threshold.qualitative()
                    : new Threshold(min, max, row.above(), Threshold.PERCENT);
            keptTargets.add(row);
            reviewTargets.add(new PlanReading.Target(
                    row.text(), threshold, date(problems, p + ".deadline", row.deadline()), code(row.code()), 1.0));
        }
        var keptTasks = new ArrayList<TaskRow>();
        var reviewTasks = new ArrayList<PlanReading.Task>();
        for (TaskRow row : tasks) {
            if (row.remove() || row.isBlank()) {
                continue;
            }
            var bodies = EnumSet.noneOf(ResponsibleBody.class);
            for (String body : row.bodies()) {
                try {
                    bodies.add(ResponsibleBody.valueOf(body));
                } catch (IllegalArgumentException e) {
                    problems.add("tasks[" + row.index() + "].bodies", "plans.review.bodyRequired");
                }
            }
            keptTasks.add(row);
            reviewTasks.add(new PlanReading.Task(row.text(), bodies, code(row.serves())));
        }
        // what could not be read and what breaks the rules, reported together
        try {
            PlanReview review = new PlanReview(reviewTargets, reviewTasks, title).checked();
            problems.throwIfAny();
            return review;
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldProblem p : renumbered(e, keptTargets, keptTasks)) {
                if (!problems.has(p.field())) {
                    problems.add(p.field(), p.messageKey(), p.arguments());
                }
            }
            problems.throwIfAny();
            throw e;
        }
    }

    /** The review's problems, moved from its list positions to the rows of the form they came from. */
    private static List<InvalidInputException.FieldProblem> renumbered(
            InvalidInputException e, List<TargetRow> targets, List<TaskRow> tasks) {
        var problems = new ArrayList<InvalidInputException.FieldProblem>();
        for (InvalidInputException.FieldProblem problem : e.problems()) {
            Matcher m = INDEXED.matcher(problem.field());
            String field = problem.field();
            if (m.matches()) {
                int position = Integer.parseInt(m.group(2));
                int row = m.group(1).equals("targets")
                        ? targets.get(position).index()
                        : tasks.get(position).index();
                field = m.group(1) + "[" + row + "]" + m.group(3);
            }
            problems.add(new InvalidInputException.FieldProblem(field, problem.messageKey(), problem.arguments()));
        }
        return problems;
    }

    private static @Nullable TargetCode code(String value) {
        try {
            return value.isBlank() ? null : TargetCode.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal number(InvalidInputException.Collector problems, String field, String text) {
        String clean = text.strip().replace(',', '.').replace("%", "");
        if (clean.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(clean);
        } catch (NumberFormatException e) {
            problems.add(field, "plans.review.share");
            return null;
        }
    }

    private static @Nullable LocalDate date(InvalidInputException.Collector problems, String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return vn.hdndso.shared.VnDates.parseDate(text);
        } catch (DateTimeParseException e) {
            problems.add(field, "plans.review.date");
            return null;
        }
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
