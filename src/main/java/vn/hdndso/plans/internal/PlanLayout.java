package vn.hdndso.plans.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hdndso.plans.PlanReading.SectionKind;
import vn.hdndso.shared.VnText;

/**
 * The layout of a plan's text: its numbered parts (Roman numerals, in capitals), the numbered
 * headings inside them (1., 2. …) and the items under those ("- …"), with wrapped lines joined and
 * page numbers dropped. Works on clean text and on OCR output ("I11." for "III.", blank lines between
 * wrapped lines).
 */
final class PlanLayout {

    private static final Pattern PART = Pattern.compile("^\\s*([IVXl1]{1,4})\\s*[.,]\\s*(\\S.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s*(\\d{1,2})\\s*\\.\\s+(\\S.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*[-–•+]\\s*(\\S.*)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\s*$");

    /** A numbered part with its headings; text before the first heading sits in a heading without number. */
    record Part(String numeral, String title, SectionKind kind, List<Heading> headings, String text) {}

    /** A numbered heading ("2. Mục tiêu cụ thể đến hết năm 2026") and its items. */
    record Heading(@Nullable String number, String title, List<String> items) {}

    private PlanLayout() {}

    /** The lines before the first part (letterhead, number, title, preamble). */
    static List<String> front(List<String> lines) {
        var front = new ArrayList<String>();
        for (String line : lines) {
            if (part(line) != null) {
                break;
            }
            front.add(line);
        }
        return front;
    }

    static List<Part> parts(List<String> lines) {
        var parts = new ArrayList<Part>();
        PartBuilder current = null;
        for (String line : lines) {
            if (line.isBlank() || PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            Matcher part = part(line);
            if (part != null) {
                if (current != null) {
                    parts.add(current.build());
                }
                current = new PartBuilder(numeral(part.group(1)), VnText.normalize(part.group(2)));
            } else if (current != null) {
                current.add(line);
            }
        }
        if (current != null) {
            parts.add(current.build());
        }
        return parts;
    }

    /** A part's heading line: a Roman numeral (as OCR may print it) and a title mostly in capitals. */
    private static @Nullable Matcher part(String line) {
        Matcher m = PART.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String title = m.group(2);
        long letters = title.chars().filter(Character::isLetter).count();
        long capitals = title.chars().filter(Character::isUpperCase).count();
        boolean numeralLooksRoman = m.group(1).chars().anyMatch(c -> c == 'I' || c == 'V' || c == 'X');
        return numeralLooksRoman && letters >= 4 && capitals >= letters * 0.7 ? m : null;
    }

    /** "I11" → "III", "1V" → "IV". */
    static String numeral(String printed) {
        return printed.replace('1', 'I').replace('l', 'I');
    }

    static SectionKind kind(String title) {
        Skeleton words = Skeleton.of(title);
        if (words.holds(List.of("che", "do", "bao", "cao")) >= 0.75) {
            return SectionKind.REPORTING;
        }
        if (words.holds(List.of("to", "chuc", "thuc", "hien")) >= 0.75) {
            return SectionKind.ORGANISATION;
        }
        if (words.holds(List.of("nhiem", "vu")) == 1 || words.holds(List.of("giai", "phap")) == 1) {
            return SectionKind.TASKS;
        }
        if (words.holds(List.of("muc", "tieu")) == 1 && words.holds(List.of("yeu", "cau")) < 1) {
            return SectionKind.TARGETS;
        }
        if (words.holds(List.of("muc", "dich")) == 1 || words.holds(List.of("yeu", "cau")) == 1) {
            return SectionKind.PURPOSE;
        }
        if (words.holds(List.of("de", "xuat")) == 1 || words.holds(List.of("kien", "nghi")) == 1) {
            return SectionKind.PROPOSALS;
        }
        return SectionKind.OTHER;
    }

    private static final class PartBuilder {
        private final String numeral;
        private final String title;
        private final List<Heading> headings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private @Nullable String headingNumber;
        private String headingTitle = "";
        private final List<String> items = new ArrayList<>();
        private @Nullable StringBuilder item;

        PartBuilder(String numeral, String title) {
            this.numeral = numeral;
            this.title = title;
        }

        void add(String line) {
            text.append(VnText.normalize(line)).append('\n');
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = ITEM.matcher(line);
            if (heading.matches()) {
                closeHeading();
                headingNumber = heading.group(1);
                headingTitle = VnText.normalize(heading.group(2));
            } else if (bullet.matches()) {
                closeItem();
                item = new StringBuilder(VnText.normalize(bullet.group(1)));
            } else if (item != null) {
                join(item, line);
            } else {
                headingTitle = headingTitle.isEmpty() ? VnText.normalize(line) : joined(headingTitle, line);
            }
        }

        private static void join(StringBuilder into, String line) {
            String next = VnText.normalize(line);
            // a word broken at the end of a line by a hyphen ("02-" / "KH/BCĐTW") stays joined
            if (into.length() > 0 && into.charAt(into.length() - 1) == '-') {
                into.append(next);
            } else {
                into.append(' ').append(next);
            }
        }

        private static String joined(String head, String line) {
            var sb = new StringBuilder(head);
            join(sb, line);
            return sb.toString();
        }

        private void closeItem() {
            if (item != null) {
                items.add(item.toString().strip());
                item = null;
            }
        }

        private void closeHeading() {
            closeItem();
            if (headingNumber != null || !headingTitle.isEmpty() || !items.isEmpty()) {
                headings.add(new Heading(headingNumber, headingTitle, List.copyOf(items)));
            }
            headingNumber = null;
            headingTitle = "";
            items.clear();
        }

        Part build() {
            closeHeading();
            return new Part(
                    numeral,
                    title,
                    kind(title),
                    List.copyOf(headings),
                    text.toString().strip());
        }
    }
}
