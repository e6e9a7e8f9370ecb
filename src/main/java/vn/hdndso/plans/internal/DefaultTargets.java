package vn.hdndso.plans.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.plans.Threshold;

/**
 * The Resolution's own targets, which apply where a council has no confirmed plan or its plan does
 * not cover a target: {@code hdnd.indicators.default.T1=100} (at least 100 %), {@code T2=>90}
 * (more than 90 %), {@code T4=10-30} (between), {@code T5=qualitative}; {@code T9-proficient=50}
 * for the proficient share of delegates; {@code deadline=2026-12-31}.
 */
final class DefaultTargets {

    /** Resolution 57-NQ/TW's targets for the end of 2026 (PRODUCT.md). */
    static final Map<String, String> RESOLUTION = resolution();

    private static final Pattern AT_LEAST = Pattern.compile("(?:>=|≥)?\\s*(\\d+(?:[.,]\\d+)?)\\s*%?");
    private static final Pattern MORE_THAN = Pattern.compile(">\\s*(\\d+(?:[.,]\\d+)?)\\s*%?");
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*[-–]\\s*(\\d+(?:[.,]\\d+)?)\\s*%?");

    private final Map<IndicatorCode, Threshold> thresholds = new EnumMap<>(IndicatorCode.class);
    private final Threshold proficient;
    private final LocalDate deadline;

    /** The Resolution's targets, with what the settings change (keys as in the properties: T1, T9-proficient, deadline). */
    DefaultTargets(Map<String, String> settings) {
        Map<String, String> merged = new LinkedHashMap<>(RESOLUTION);
        settings.forEach((key, value) -> merged.put(normalised(key), value));
        for (IndicatorCode code : IndicatorCode.values()) {
            thresholds.put(code, threshold(code.name(), Objects.requireNonNull(merged.get(code.name()), code.name())));
        }
        this.proficient =
                threshold("T9-proficient", Objects.requireNonNull(merged.get("T9PROFICIENT"), "T9PROFICIENT"));
        String day = Objects.requireNonNull(merged.get("DEADLINE"), "DEADLINE");
        try {
            this.deadline = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("hdnd.indicators.default.deadline is no date (yyyy-mm-dd): " + day, e);
        }
    }

    Threshold threshold(IndicatorCode code) {
        return Objects.requireNonNull(thresholds.get(code), "every code has a default");
    }

    /** The proficient share of delegates (T9's second target). */
    Threshold proficient() {
        return proficient;
    }

    LocalDate deadline() {
        return deadline;
    }

    /** Reads {@code 100}, {@code >=100}, {@code >90}, {@code 10-30} (all in percent) or {@code qualitative}. */
    static Threshold threshold(String key, String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("qualitative")) {
            return Threshold.qualitative();
        }
        Matcher range = RANGE.matcher(t);
        if (range.matches()) {
            return checked(key, text, Threshold.between(number(range.group(1)), number(range.group(2))));
        }
        Matcher more = MORE_THAN.matcher(t);
        if (more.matches()) {
            return checked(key, text, Threshold.moreThan(number(more.group(1))));
        }
        Matcher least = AT_LEAST.matcher(t);
        if (least.matches()) {
            return checked(key, text, Threshold.atLeast(number(least.group(1))));
        }
        throw new IllegalStateException("hdnd.indicators.default." + key
                + " is no target: write 100, >=100, >90, 10-30 (percent) or qualitative, not " + text);
    }

    private static Threshold checked(String key, String text, Threshold threshold) {
        BigDecimal min = threshold.min();
        BigDecimal max = threshold.max();
        boolean outside = (min != null && (min.signum() < 0 || min.compareTo(BigDecimal.valueOf(100)) > 0))
                || (max != null
                        && (max.compareTo(BigDecimal.valueOf(100)) > 0 || (min != null && max.compareTo(min) < 0)));
        if (outside) {
            throw new IllegalStateException(
                    "hdnd.indicators.default." + key + " is no share between 0 and 100: " + text);
        }
        return threshold;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }

    /** Keys compared without case and punctuation: {@code t9-proficient}, {@code T9_PROFICIENT} → {@code T9PROFICIENT}. */
    static String normalised(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static Map<String, String> resolution() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("T1", "100");
        map.put("T2", ">90");
        map.put("T3", "100");
        map.put("T4", "10-30");
        map.put("T5", "qualitative");
        map.put("T6", "100");
        map.put("T7", "100");
        map.put("T8", "qualitative");
        map.put("T9", "100");
        map.put("T9PROFICIENT", "50");
        map.put("T10", "qualitative");
        map.put("T11", "100");
        map.put("DEADLINE", "2026-12-31");
        return Map.copyOf(map);
    }
}
