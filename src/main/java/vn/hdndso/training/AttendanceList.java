package vn.hdndso.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hdndso.councils.Delegate;
import vn.hdndso.shared.VnText;

/**
 * The rule of an attendance-list import: each row names exactly one delegate of the term, once.
 * Names are compared without regard to case, spacing or Unicode form (not without diacritics:
 * "Lê Văn An" and "Lê Văn Ân" are two people). A row with no name, a name no delegate has, a name
 * two delegates share, or a delegate named twice is refused with its reason; one bad row refuses
 * the whole list.
 */
public final class AttendanceList {

    /** A row of the sheet: its number (the header is row 1) and the name written in it. */
    public record Line(int number, String name) {}

    private AttendanceList() {}

    /**
     * The delegates the lines name, in order.
     *
     * @throws AttendanceImportRefused listing every bad line with its reason
     */
    public static List<UUID> match(List<Line> lines, List<Delegate> delegates) {
        Map<String, List<Delegate>> byName = new HashMap<>();
        for (Delegate d : delegates) {
            byName.computeIfAbsent(key(d.fullName()), k -> new ArrayList<>()).add(d);
        }
        List<ImportRow> bad = new ArrayList<>();
        List<UUID> matched = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Line line : lines) {
            String name = VnText.normalize(line.name()).strip();
            if (name.isEmpty()) {
                bad.add(new ImportRow(line.number(), "", "training.import.noName"));
                continue;
            }
            List<Delegate> found = byName.getOrDefault(key(name), List.of());
            if (found.isEmpty()) {
                bad.add(new ImportRow(line.number(), name, "training.import.unknown"));
            } else if (found.size() > 1) {
                bad.add(new ImportRow(line.number(), name, "training.import.ambiguous"));
            } else if (!seen.add(found.getFirst().id().value())) {
                bad.add(new ImportRow(line.number(), name, "training.import.duplicate"));
            } else {
                matched.add(found.getFirst().id().value());
            }
        }
        if (!bad.isEmpty()) {
            throw new AttendanceImportRefused(bad);
        }
        if (matched.isEmpty()) {
            throw new AttendanceImportRefused(List.of(new ImportRow(1, "", "training.import.empty")));
        }
        return matched;
    }

    static String key(String name) {
        return VnText.normalize(name).strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
