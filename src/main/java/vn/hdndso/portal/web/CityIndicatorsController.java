package vn.hdndso.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Indicators;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.PlanIndicators;
import vn.hdndso.plans.PlanIndicators.CouncilProgress;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * The city table {@code /chi-so}: every council × T1–T11 for a period, sortable by any column
 * through plain links ({@code ?sort=T1&dir=desc}), a 12-month sparkline in every cell; with {@code
 * ?code=T1} one indicator, wider, with the city's chart month by month (median and share of councils
 * meeting their target). Built from the stored values: one call per indicator for the period and
 * one per indicator and month for the trends, never one per council.
 */
@Controller
class CityIndicatorsController {

    private final Indicators indicators;
    private final PlanIndicators plans;
    private final IndicatorViews views;
    private final MessageSource messages;

    CityIndicatorsController(
            Indicators indicators, PlanIndicators plans, IndicatorViews views, MessageSource messages) {
        this.indicators = indicators;
        this.plans = plans;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/chi-so")
    String city(
            @RequestParam(name = "period", required = false) @Nullable String period,
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            @RequestParam(name = "dir", required = false) @Nullable String dir,
            @RequestParam(name = "code", required = false) @Nullable String code,
            Model model,
            HttpServletResponse response) {
        Period chosen = IndicatorPeriods.read(period, views.today());
        CityTable.Sort order = CityTable.Sort.read(sort, dir);
        IndicatorCode only = code == null || code.isBlank() ? null : view(code);
        Locale locale = LocaleContextHolder.getLocale();
        List<IndicatorCode> codes = only == null ? List.of(IndicatorCode.values()) : List.of(only);
        List<Period> months = IndicatorPeriods.lastTwelveMonths(chosen, views.today());

        Map<IndicatorCode, List<CouncilProgress>> progress = new EnumMap<>(IndicatorCode.class);
        Map<IndicatorCode, List<Map<CouncilId, IndicatorValue>>> monthly = new EnumMap<>(IndicatorCode.class);
        for (IndicatorCode c : codes) {
            progress.put(c, plans.city(c, chosen));
            List<Map<CouncilId, IndicatorValue>> values = new ArrayList<>();
            for (Period month : months) {
                values.add(indicators.city(c, month));
            }
            monthly.put(c, values);
        }
        List<CityTable.Row> rows = CityTable.sorted(
                CityTable.rows(progress, monthly, locale, (trend, share) -> sparkTitle(trend, share, locale)),
                order,
                locale);

        model.addAttribute("period", chosen);
        model.addAttribute("periodLabel", views.label(chosen, locale));
        model.addAttribute("choices", views.periodLinks(chosen, locale));
        model.addAttribute("codes", codes);
        model.addAttribute("allCodes", IndicatorCode.values());
        model.addAttribute("only", only);
        model.addAttribute("sort", order);
        model.addAttribute("rows", rows);
        model.addAttribute("pageDescription", message("indicators.pages.city.description", locale));
        if (only != null) {
            model.addAttribute("cityChart", cityChart(only, months, progress.get(only), monthly.get(only), locale));
        }
        IndicatorCaching.live(response);
        return "portal/city-indicators";
    }

    @ExceptionHandler(InvalidInputException.class)
    String badInput(InvalidInputException e, HttpServletResponse response, Model model) {
        return IndicatorCaching.badRequest(e, response, model);
    }

    private static IndicatorCode view(String code) {
        try {
            return IndicatorCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "code", "indicators.pages.sort.invalid", code.length() > 20 ? code.substring(0, 20) : code);
        }
    }

    /** The city's chart of one indicator: median and share of councils meeting their target, month by month. */
    private String cityChart(
            IndicatorCode code,
            List<Period> months,
            @Nullable List<CouncilProgress> progress,
            @Nullable List<Map<CouncilId, IndicatorValue>> monthly,
            Locale locale) {
        List<CouncilProgress> councils = progress == null ? List.of() : progress;
        List<CityTable.MonthFigure> figures = CityTable.cityFigures(councils, monthly == null ? List.of() : monthly);
        boolean share = councils.stream()
                .anyMatch(p -> IndicatorFormat.isShare(p.progress().value())
                        || IndicatorViews.isPercent(p.progress().threshold()));
        List<String> labels = new ArrayList<>();
        List<@Nullable Double> medians = new ArrayList<>();
        List<@Nullable Double> shares = new ArrayList<>();
        List<String> said = new ArrayList<>();
        String noData = message("indicators.pages.noData", locale);
        for (int i = 0; i < months.size(); i++) {
            Period month = months.get(i);
            CityTable.MonthFigure f = figures.get(i);
            labels.add("%d/%02d".formatted(month.index(), month.year() % 100));
            medians.add(f.median());
            shares.add(f.shareMet());
            Double median = f.median();
            Double met = f.shareMet();
            said.add(message(
                    "indicators.pages.city.chart.month",
                    locale,
                    views.label(month, locale),
                    median == null ? noData : IndicatorFormat.number(median, share, locale),
                    met == null ? noData : IndicatorFormat.percent(met, locale)));
        }
        String name = views.name(code, locale);
        List<IndicatorSvg.Series> series = new ArrayList<>();
        if (share) {
            series.add(new IndicatorSvg.Series(message("indicators.pages.city.median", locale), "s1", medians));
        }
        series.add(new IndicatorSvg.Series(message("indicators.pages.city.shareMet", locale), "s2", shares));
        return IndicatorSvg.chart(
                IndicatorSvg.Frame.WIDE,
                "city-" + code.name(),
                labels,
                series,
                List.of(),
                true,
                d -> IndicatorFormat.percent(d, locale),
                message("indicators.pages.city.chart.title", locale, code.name(), name),
                String.join("; ", said));
    }

    private String sparkTitle(List<@Nullable Double> trend, boolean share, Locale locale) {
        Double first = null;
        Double last = null;
        for (Double v : trend) {
            if (v != null) {
                if (first == null) {
                    first = v;
                }
                last = v;
            }
        }
        if (first == null || last == null) {
            return message("indicators.pages.city.trend.none", locale);
        }
        return message(
                "indicators.pages.city.trend.title",
                locale,
                IndicatorFormat.number(first, share, locale),
                IndicatorFormat.number(last, share, locale));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNullElse(messages.getMessage(key, arguments, key, locale), key);
    }
}
