package vn.hdndso.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.Measurement;

/**
 * The rules of T9 and of a delegate's level (docs/training.md):
 *
 * <ul>
 *   <li>a delegate is <b>trained</b> once they attended at least one training session or have an
 *       assessment;
 *   <li>a delegate's level in a course is that of their latest assessment in it; their level is
 *       PROFICIENT when it is PROFICIENT in at least one course, BASIC when they have any
 *       assessment, none otherwise;
 *   <li>T9 = trained delegates / delegates of the current term whose mandate runs, with the
 *       breakdown {@code proficient}: the number of those whose level is PROFICIENT. Only what
 *       happened on or before the period's last day counts; no delegates is no data.
 * </ul>
 */
public final class TrainingShares {

    /** The breakdown key of proficient delegates, read by the plans against T9's second target. */
    public static final String PROFICIENT = "proficient";

    /** A delegate attended a session on a day. */
    public record Attended(UUID delegateId, LocalDate day) {}

    /** A delegate was assessed in a course on a day. */
    public record Assessed(UUID delegateId, UUID courseId, SkillLevel level, LocalDate day) {}

    private TrainingShares() {}

    /** The delegate's level from their assessments, or {@code null} without any. */
    public static @Nullable SkillLevel levelOf(Collection<Assessed> assessments) {
        Map<UUID, Assessed> latest = new HashMap<>();
        for (Assessed a : assessments) {
            latest.merge(a.courseId(), a, (x, y) -> y.day().isAfter(x.day()) ? y : x);
        }
        if (latest.isEmpty()) {
            return null;
        }
        return latest.values().stream().anyMatch(a -> a.level() == SkillLevel.PROFICIENT)
                ? SkillLevel.PROFICIENT
                : SkillLevel.BASIC;
    }

    /** T9 on {@code upTo}: trained share of {@code delegates}, with the proficient count. */
    public static Measurement measure(
            Set<UUID> delegates, List<Attended> attended, List<Assessed> assessed, LocalDate upTo) {
        if (delegates.isEmpty()) {
            return Measurement.noData();
        }
        Set<UUID> trained = new HashSet<>();
        attended.stream()
                .filter(a -> !a.day().isAfter(upTo) && delegates.contains(a.delegateId()))
                .forEach(a -> trained.add(a.delegateId()));
        Map<UUID, List<Assessed>> byDelegate = new HashMap<>();
        assessed.stream()
                .filter(a -> !a.day().isAfter(upTo) && delegates.contains(a.delegateId()))
                .sorted(Comparator.comparing(Assessed::day))
                .forEach(a -> byDelegate
                        .computeIfAbsent(a.delegateId(), k -> new java.util.ArrayList<>())
                        .add(a));
        trained.addAll(byDelegate.keySet());
        long proficient = byDelegate.values().stream()
                .filter(list -> levelOf(list) == SkillLevel.PROFICIENT)
                .count();
        return Measurement.share(trained.size(), delegates.size()).with(PROFICIENT, proficient);
    }
}
