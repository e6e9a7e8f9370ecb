package vn.hdndso.portal.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Indicators;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.PlanIndicators;
import vn.hdndso.plans.TargetProgress;
import vn.hdndso.plans.Threshold;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/**
 * Builds what the public indicator pages show from the live values: a card per indicator with its
 * monthly chart, the thresholds and values written for people.
 */
@Component
class IndicatorViews {

    private final Indicators indicators;
    private final PlanIndicators plans;
    private final MessageSource messages;
    private final Clock clock;

    IndicatorViews(Indicators indicators, PlanIndicators plans, MessageSource messages, Clock clock) {
        this.indicators = indicators;
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return VnTime.today(clock);
    }

    /** A period to choose on the pages: its value for {@code ?period=}, its name, whether it is shown. */
    record PeriodLink(String value, String label, boolean selected) {}

    List<PeriodLink> periodLinks(Period selected, Locale locale) {
        return IndicatorPeriods.choices(selected, today()).stream()
                .map(c -> new PeriodLink(c.value(), label(c.period(), locale), c.selected()))
                .toList();
    }

    /** "Năm 2026", "6 tháng đầu năm 2026", "Tháng 06/2026". */
    String label(Period period, Locale locale) {
        String key = switch (period.kind()) {
            case YEAR -> "indicators.pages.period.year";
            case HALF -> "indicators.pages.period.half" + period.index();
            case MONTH -> "indicators.pages.period.month";
        };
        String year = Integer.toString(period.year());
        String month = "%02d".formatted(period.index());
        return Objects.requireNonNullElse(
                messages.getMessage(key, new Object[] {year, month}, period.toString(), locale), period.toString());
    }

    /** When the values were computed, in Vietnam time ("07/12/2026 14:05"). */
    static String time(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(instant.atZone(VnTime.ZONE));
    }

    /** The council's eleven cards for the period, in code order. */
    List<IndicatorCard> cards(CouncilId council, Period period, Locale locale) {
        List<Period> months = IndicatorPeriods.monthsOfYear(period, today());
        List<IndicatorCard> cards = new ArrayList<>();
        for (TargetProgress progress : plans.progress(council, period)) {
            List<IndicatorValue> series =
                    months.isEmpty() ? List.of() : indicators.series(council, progress.code(), months);
            cards.add(card(progress, months, series, IndicatorSvg.Frame.CARD, locale));
        }
        return cards;
    }

    /** One indicator's card, with the wide chart of its page. */
    IndicatorCard card(CouncilId council, IndicatorCode code, Period period, Locale locale) {
        List<Period> months = IndicatorPeriods.monthsOfYear(period, today());
        TargetProgress progress = plans.progress(council, code, period);
        List<IndicatorValue> series = months.isEmpty() ? List.of() : indicators.series(council, code, months);
        return card(progress, months, series, IndicatorSvg.Frame.WIDE, locale);
    }

    /** The monthly values behind a card's chart, for the table under an indicator's own chart. */
    List<MonthValue> monthValues(CouncilId council, IndicatorCode code, Period period, Locale locale) {
        List<Period> months = IndicatorPeriods.monthsOfYear(period, today());
        if (months.isEmpty()) {
            return List.of();
        }
        List<MonthValue> rows = new ArrayList<>();
        for (IndicatorValue v : indicators.series(council, code, months)) {
            rows.add(new MonthValue(v.period(), IndicatorFormat.value(v, locale), v.numerator(), v.denominator()));
        }
        return rows;
    }

    /** A month's value in the table that accompanies an indicator's chart. */
    record MonthValue(
            Period month,
            @Nullable String valueText,
            long numerator,
            @Nullable Long denominator) {
        public String label() {
            return "%02d/%d".formatted(month.index(), month.year());
        }
    }

    IndicatorCard card(
            TargetProgress progress,
            List<Period> months,
            List<IndicatorValue> series,
            IndicatorSvg.Frame frame,
            Locale locale) {
        IndicatorValue value = progress.value();
        boolean share = IndicatorFormat.isShare(value) || isPercent(progress.threshold());
        String name = name(progress.code(), locale);
        String chart = chart(progress, months, series, share, frame, name, locale);
        Double projected = progress.projected();
        return new IndicatorCard(
                progress.code(),
                progress.targetText(),
                progress.fromPlan(),
                thresholdText(progress.threshold(), locale),
                IndicatorFormat.value(value, locale),
                value.numerator(),
                value.denominator(),
                progress.status(),
                progress.deadline(),
                projected == null ? null : IndicatorFormat.number(projected, share, locale),
                value.asOf(),
                value.breakdown(),
                chart);
    }

    private String chart(
            TargetProgress progress,
            List<Period> months,
            List<IndicatorValue> series,
            boolean share,
            IndicatorSvg.Frame frame,
            String name,
            Locale locale) {
        List<String> labels = new ArrayList<>();
        List<@Nullable Double> values = new ArrayList<>();
        List<String> said = new ArrayList<>();
        String noData = messages.getMessage("indicators.pages.noData", null, locale);
        for (int i = 0; i < months.size(); i++) {
            Period month = months.get(i);
            IndicatorValue v = i < series.size() ? series.get(i) : null;
            Double number = v == null || !v.hasData() ? null : v.value();
            labels.add(
                    frame == IndicatorSvg.Frame.CARD
                            ? Integer.toString(month.index())
                            : "%d/%02d".formatted(month.index(), month.year() % 100));
            values.add(number);
            said.add(messages.getMessage(
                    "indicators.pages.chart.month",
                    new Object[] {
                        month.index(),
                        month.year(),
                        number == null ? noData : IndicatorFormat.number(number, share, locale)
                    },
                    locale));
        }
        List<IndicatorSvg.Level> levels = levels(progress.threshold(), share, locale);
        String title = messages.getMessage(
                "indicators.pages.chart.title",
                new Object[] {
                    progress.code().name(), name, progress.value().period().year()
                },
                locale);
        String description = months.isEmpty()
                ? noData
                : String.join("; ", said)
                        + (levels.isEmpty()
                                ? ""
                                : ". "
                                        + messages.getMessage(
                                                "indicators.pages.chart.target",
                                                new Object[] {thresholdText(progress.threshold(), locale)},
                                                locale));
        return IndicatorSvg.chart(
                frame,
                "chart-" + progress.code().name(),
                labels,
                List.of(new IndicatorSvg.Series(name, "s1", values)),
                levels,
                share,
                d -> IndicatorFormat.number(d, share, locale),
                title,
                description);
    }

    /** The indicator's short name in the reader's language (its code while no name is written). */
    String name(IndicatorCode code, Locale locale) {
        return Objects.requireNonNullElse(messages.getMessage(code.nameKey(), null, code.name(), locale), code.name());
    }

    /** The target's levels as chart lines (only for shares: a count's target has no percentage). */
    List<IndicatorSvg.Level> levels(Threshold threshold, boolean share, Locale locale) {
        if (!share || !isPercent(threshold)) {
            return List.of();
        }
        List<IndicatorSvg.Level> levels = new ArrayList<>();
        BigDecimal min = threshold.min();
        BigDecimal max = threshold.max();
        if (min != null) {
            String text = (threshold.minExclusive() ? "> " : "≥ ") + plain(min, locale) + Threshold.PERCENT;
            levels.add(new IndicatorSvg.Level(min.doubleValue(), text));
        }
        if (max != null) {
            levels.add(new IndicatorSvg.Level(max.doubleValue(), "≤ " + plain(max, locale) + Threshold.PERCENT));
        }
        return levels;
    }

    static boolean isPercent(Threshold threshold) {
        return Threshold.PERCENT.equals(threshold.unit()) && !threshold.isQualitative();
    }

    /** "≥ 100%", "> 90%", "10–30%", "≤ 30%"; {@code null} when the target is qualitative. */
    static @Nullable String thresholdText(Threshold threshold, Locale locale) {
        BigDecimal min = threshold.min();
        BigDecimal max = threshold.max();
        String unit = threshold.unit() == null ? "" : threshold.unit();
        if (min != null && max != null) {
            return plain(min, locale) + "–" + plain(max, locale) + unit;
        }
        if (min != null) {
            return (threshold.minExclusive() ? "> " : "≥ ") + plain(min, locale) + unit;
        }
        if (max != null) {
            return "≤ " + plain(max, locale) + unit;
        }
        return null;
    }

    private static String plain(BigDecimal number, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(number);
    }
}
