package vn.hdndso.plans.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanReading.ReportingDuty;
import vn.hdndso.plans.PlanReading.Section;
import vn.hdndso.plans.PlanReading.SectionKind;
import vn.hdndso.plans.PlanReading.Target;
import vn.hdndso.plans.PlanReading.Task;
import vn.hdndso.plans.ReportingFrequency;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.shared.VnText;

/**
 * Reads a plan's text (clean, or OCR output without diacritics) into what the clerk reviews: its
 * number and title, its parts, the specific targets (items under the "Mục tiêu cụ thể" heading of the
 * targets part, or every item of that part when it has no such heading) with threshold, deadline and
 * meaning, the tasks (items of the tasks and organisation parts) with their bodies, and the reporting
 * duties.
 */
final class PlanReader {

    private static final Pattern NUMBER =
            Pattern.compile("S\\S{0,2}\\s*:\\s*(\\d{1,4}\\s*/\\s*[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)");
    private static final int TITLE_LINES = 5;

    private PlanReader() {}

    static PlanReading read(String text) {
        List<String> lines = text.replace("\r", "").lines().toList();
        List<PlanLayout.Part> parts = PlanLayout.parts(lines);
        List<String> front = PlanLayout.front(lines);
        return new PlanReading(
                number(front), title(front), sections(parts), targets(parts), tasks(parts), reportingDuties(parts));
    }

    private static @Nullable String number(List<String> front) {
        for (String line : front) {
            Matcher m = NUMBER.matcher(line);
            if (m.find()) {
                return m.group(1).replaceAll("\\s+", "");
            }
        }
        return null;
    }

    /** The lines after "KẾ HOẠCH" up to the preamble (which usually starts with the same words). */
    private static @Nullable String title(List<String> front) {
        int start = -1;
        for (int i = 0; i < front.size(); i++) {
            if (Skeleton.of(front.get(i)).text().equals("ke hoach")) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        var title = new ArrayList<String>();
        List<String> firstWords = null;
        for (int i = start; i < front.size() && title.size() < TITLE_LINES; i++) {
            String line = VnText.normalize(front.get(i));
            if (line.isEmpty()) {
                continue;
            }
            List<String> opening = opening(line);
            if (firstWords == null) {
                firstWords = opening;
            } else if (sameOpening(opening, firstWords)) {
                break;
            }
            title.add(line);
        }
        return title.isEmpty() ? null : String.join(" ", title);
    }

    private static List<String> opening(String line) {
        List<String> words = Skeleton.of(line).words();
        return words.subList(0, Math.min(3, words.size()));
    }

    private static boolean sameOpening(List<String> a, List<String> b) {
        if (a.size() < 3 || b.size() < 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (!Skeleton.similar(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Section> sections(List<PlanLayout.Part> parts) {
        return parts.stream()
                .map(p -> new Section(p.numeral(), p.title(), p.kind(), p.text()))
                .toList();
    }

    private static List<Target> targets(List<PlanLayout.Part> parts) {
        var targets = new ArrayList<Target>();
        for (PlanLayout.Part part : parts) {
            if (part.kind() != SectionKind.TARGETS) {
                continue;
            }
            List<PlanLayout.Heading> specific = part.headings().stream()
                    .filter(h -> Skeleton.of(h.title()).holds(List.of("muc", "tieu", "cu", "the")) == 1)
                    .toList();
            for (PlanLayout.Heading heading : specific.isEmpty() ? part.headings() : specific) {
                LocalDate headingDeadline = Deadlines.in(heading.title());
                for (String item : heading.items()) {
                    LocalDate own = Deadlines.in(item);
                    TargetMeanings.Meaning meaning = TargetMeanings.of(item);
                    targets.add(new Target(
                            item,
                            Thresholds.of(item),
                            own != null ? own : headingDeadline,
                            meaning.code(),
                            meaning.confidence()));
                }
            }
        }
        return targets;
    }

    private static List<Task> tasks(List<PlanLayout.Part> parts) {
        var tasks = new ArrayList<Task>();
        for (PlanLayout.Part part : parts) {
            boolean organisation = part.kind() == SectionKind.ORGANISATION;
            if (part.kind() != SectionKind.TASKS && !organisation) {
                continue;
            }
            for (PlanLayout.Heading heading : part.headings()) {
                Set<ResponsibleBody> ofHeading = organisation ? Bodies.named(heading.title()) : Set.of();
                for (String item : heading.items()) {
                    tasks.add(new Task(item, bodies(item, ofHeading), servedTarget(item, heading.title())));
                }
            }
        }
        return tasks;
    }

    /** Who does a task: an item that opens with a body ("Ban Kinh tế - Ngân sách: …") names it; else its heading's. */
    private static Set<ResponsibleBody> bodies(String item, Set<ResponsibleBody> ofHeading) {
        int colon = item.indexOf(':');
        if (colon > 0 && colon < 60) {
            Set<ResponsibleBody> opening = Bodies.named(item.substring(0, colon));
            if (!opening.isEmpty()) {
                return opening;
            }
        }
        if (!ofHeading.isEmpty()) {
            return ofHeading;
        }
        Set<ResponsibleBody> named = Bodies.named(item);
        return named.isEmpty() ? EnumSet.of(ResponsibleBody.STANDING_COMMITTEE) : named;
    }

    private static @Nullable TargetCode servedTarget(String item, String heading) {
        TargetMeanings.Meaning own = TargetMeanings.of(item);
        return own.code() != null
                ? own.code()
                : TargetMeanings.of(heading + " " + item).code();
    }

    private static List<ReportingDuty> reportingDuties(List<PlanLayout.Part> parts) {
        var duties = new ArrayList<ReportingDuty>();
        for (PlanLayout.Part part : parts) {
            if (part.kind() != SectionKind.REPORTING) {
                continue;
            }
            for (PlanLayout.Heading heading : part.headings()) {
                for (String item : heading.items()) {
                    Set<ReportingFrequency> frequencies = frequencies(item);
                    if (!frequencies.isEmpty()) {
                        duties.add(new ReportingDuty(item, frequencies, reporters(item)));
                    }
                }
            }
        }
        return duties;
    }

    private static Set<ReportingFrequency> frequencies(String item) {
        Skeleton words = Skeleton.of(item);
        var found = EnumSet.noneOf(ReportingFrequency.class);
        if (words.holds(List.of("6", "thang")) == 1
                || words.holds(List.of("sau", "thang")) == 1
                || words.holds(List.of("so", "ket")) == 1) {
            found.add(ReportingFrequency.SEMI_ANNUAL);
        }
        if (words.holds(List.of("hang", "nam")) == 1 || words.holds(List.of("tong", "ket")) == 1) {
            found.add(ReportingFrequency.ANNUAL);
        }
        if (words.holds(List.of("dot", "xuat")) == 1) {
            found.add(ReportingFrequency.AD_HOC);
        }
        return found;
    }

    /** The bodies that send the report: those named before "báo cáo" (the addressee comes after "gửi"). */
    private static Set<ResponsibleBody> reporters(String item) {
        String folded = Skeleton.of(item).text();
        int to = folded.indexOf(" gui ");
        return Bodies.named(to > 0 ? folded.substring(0, to) : folded);
    }
}
