package vn.hdndso.portal.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.plans.IndicatorStatus;
import vn.hdndso.plans.PlanIndicators.CouncilProgress;
import vn.hdndso.plans.TargetProgress;
import vn.hdndso.plans.Threshold;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * The city table: a row per council, a cell per indicator (value, status, a 12-month sparkline),
 * sorted on the server by the council's name or an indicator's value; councils without data come
 * last in either direction.
 */
final class CityTable {

    private CityTable() {}

    /** How the table is sorted: {@code name} or an indicator code, ascending or descending. */
    record Sort(@Nullable IndicatorCode code, boolean descending) {

        static final Sort BY_NAME = new Sort(null, false);

        /**
         * Reads {@code ?sort=T1&dir=desc}; without them, by name.
         *
         * @throws InvalidInputException for any other column or direction
         */
        static Sort read(@Nullable String sort, @Nullable String dir) {
            boolean descending;
            if (dir == null || dir.isBlank() || dir.equals("asc")) {
                descending = false;
            } else if (dir.equals("desc")) {
                descending = true;
            } else {
                throw InvalidInputException.of("dir", "indicators.pages.sort.invalid", shorten(dir));
            }
            if (sort == null || sort.isBlank() || sort.equals("name")) {
                return new Sort(null, descending);
            }
            try {
                return new Sort(IndicatorCode.valueOf(sort), descending);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("sort", "indicators.pages.sort.invalid", shorten(sort));
            }
        }

        /** The {@code sort} parameter: {@code name} or the code. */
        public String column() {
            return code == null ? "name" : code.name();
        }

        /**
         * The direction a click on the column's heading asks for: the other one when sorted by it;
         * otherwise names A–Z and values highest first.
         */
        public String nextDir(String column) {
            if (column.equals(column())) {
                return descending ? "asc" : "desc";
            }
            return column.equals("name") ? "asc" : "desc";
        }

        /** The heading's {@code aria-sort}, or {@code null} when the table is not sorted by it. */
        public @Nullable String ariaSort(String column) {
            return column.equals(column()) ? (descending ? "descending" : "ascending") : null;
        }

        public boolean sorts(String column) {
            return column.equals(column());
        }

        public String dir() {
            return descending ? "desc" : "asc";
        }
    }

    /** One council's cell for one indicator. */
    record Cell(
            IndicatorCode code,
            @Nullable String valueText,
            @Nullable Double value,
            long numerator,
            @Nullable Long denominator,
            IndicatorStatus status,
            String sparkline) {

        public String statusKey() {
            return status.messageKey();
        }

        public String shortKey() {
            return "indicators.pages.short." + status.name();
        }

        public String statusClass() {
            return IndicatorCard.statusClass(status);
        }

        public String unitKey() {
            return "indicators.pages.unit." + code.name();
        }
    }

    /** A council's row. */
    record Row(CouncilId council, String name, String slug, Map<IndicatorCode, Cell> cells) {
        public @Nullable Cell cell(IndicatorCode code) {
            return cells.get(code);
        }
    }

    /** A city-wide figure per month: the median value and the share of councils meeting their target. */
    record MonthFigure(@Nullable Double median, @Nullable Double shareMet) {}

    /**
     * The rows, one per council in the order of {@code PlanIndicators.city} (the province's own
     * first, then by name).
     *
     * @param progress each code's progress for the period, council by council
     * @param monthly each code's value per council for each of the {@code months}, in their order
     * @param sparkTitle writes a sparkline's title from its first and last value with data
     */
    static List<Row> rows(
            Map<IndicatorCode, List<CouncilProgress>> progress,
            Map<IndicatorCode, List<Map<CouncilId, IndicatorValue>>> monthly,
            Locale locale,
            SparkTitle sparkTitle) {
        Map<CouncilId, Row> rows = new java.util.LinkedHashMap<>();
        for (IndicatorCode code : IndicatorCode.values()) {
            List<Map<CouncilId, IndicatorValue>> months = monthly.getOrDefault(code, List.of());
            double cityMax = cityMax(months);
            for (CouncilProgress p : progress.getOrDefault(code, List.of())) {
                Row row = rows.computeIfAbsent(
                        p.council(), id -> new Row(id, p.councilName(), p.slug(), new EnumMap<>(IndicatorCode.class)));
                TargetProgress target = p.progress();
                IndicatorValue value = target.value();
                boolean share = IndicatorFormat.isShare(value) || IndicatorViews.isPercent(target.threshold());
                List<@Nullable Double> trend = new ArrayList<>();
                for (Map<CouncilId, IndicatorValue> month : months) {
                    IndicatorValue v = month.get(p.council());
                    trend.add(v == null || !v.hasData() ? null : v.value());
                }
                Double threshold = share && IndicatorViews.isPercent(target.threshold())
                        ? toDouble(target.threshold().min())
                        : null;
                // a trend without any data would be an empty box: the cell says "no data" already
                String spark = trend.stream().allMatch(Objects::isNull)
                        ? ""
                        : IndicatorSvg.sparkline(trend, threshold, share ? 100 : cityMax, sparkTitle.of(trend, share));
                row.cells()
                        .put(
                                code,
                                new Cell(
                                        code,
                                        IndicatorFormat.value(value, locale),
                                        value.hasData() ? value.value() : null,
                                        value.numerator(),
                                        value.denominator(),
                                        target.status(),
                                        spark));
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** Writes a sparkline's title. */
    @FunctionalInterface
    interface SparkTitle {
        String of(List<@Nullable Double> trend, boolean share);
    }

    static List<Row> sorted(List<Row> rows, Sort sort, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<Row> byName = Comparator.comparing(Row::name, collator);
        IndicatorCode code = sort.code();
        List<Row> sorted = new ArrayList<>(rows);
        if (code == null) {
            sorted.sort(sort.descending() ? byName.reversed() : byName);
            return sorted;
        }
        Comparator<Row> byValue = (a, b) -> {
            Double x = valueOf(a, code);
            Double y = valueOf(b, code);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1; // no data last, whichever the direction
            }
            return sort.descending() ? Double.compare(y, x) : Double.compare(x, y);
        };
        sorted.sort(byValue.thenComparing(byName));
        return sorted;
    }

    private static @Nullable Double valueOf(Row row, IndicatorCode code) {
        Cell cell = row.cell(code);
        return cell == null ? null : cell.value();
    }

    /**
     * The city month by month for one indicator: the median of the councils with data, and the
     * share of all councils whose value meets their own target.
     */
    static List<MonthFigure> cityFigures(List<CouncilProgress> progress, List<Map<CouncilId, IndicatorValue>> months) {
        List<MonthFigure> figures = new ArrayList<>();
        for (Map<CouncilId, IndicatorValue> month : months) {
            List<Double> values = new ArrayList<>();
            int met = 0;
            for (CouncilProgress p : progress) {
                IndicatorValue v = month.get(p.council());
                Double value = v == null || !v.hasData() ? null : v.value();
                if (value == null) {
                    continue;
                }
                values.add(value);
                Threshold threshold = p.progress().threshold();
                if (!threshold.isQualitative() && threshold.isMetBy(BigDecimal.valueOf(value))) {
                    met++;
                }
            }
            figures.add(new MonthFigure(median(values), progress.isEmpty() ? null : 100.0 * met / progress.size()));
        }
        return figures;
    }

    static @Nullable Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double cityMax(List<Map<CouncilId, IndicatorValue>> months) {
        double max = 0;
        for (Map<CouncilId, IndicatorValue> month : months) {
            for (IndicatorValue v : month.values()) {
                Double value = v.value();
                if (v.hasData() && value != null) {
                    max = Math.max(max, value);
                }
            }
        }
        return max;
    }

    private static @Nullable Double toDouble(@Nullable BigDecimal number) {
        return number == null ? null : number.doubleValue();
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() > 20 ? stripped.substring(0, 20) + "…" : stripped;
    }
}
