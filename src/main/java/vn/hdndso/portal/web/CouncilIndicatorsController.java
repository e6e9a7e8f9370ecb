package vn.hdndso.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.Indicators;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;

/**
 * A council's digital-transformation indicators for the public: {@code /{slug}/chi-so} with a card
 * per indicator T1–T11 for the chosen period, and {@code /{slug}/chi-so/{code}} with one
 * indicator's monthly chart and the public records behind its value.
 */
@Controller
class CouncilIndicatorsController {

    private final Councils councils;
    private final Indicators indicators;
    private final IndicatorViews views;
    private final MessageSource messages;

    CouncilIndicatorsController(
            Councils councils, Indicators indicators, IndicatorViews views, MessageSource messages) {
        this.councils = councils;
        this.indicators = indicators;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/{slug:[a-z0-9-]+}/chi-so")
    String council(
            @PathVariable String slug,
            @RequestParam(name = "period", required = false) @Nullable String period,
            Model model,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        Period chosen = IndicatorPeriods.read(period, views.today());
        Locale locale = LocaleContextHolder.getLocale();
        List<IndicatorCard> cards = views.cards(council.id(), chosen, locale);
        model.addAttribute("council", council);
        model.addAttribute("period", chosen);
        model.addAttribute("choices", views.periodLinks(chosen, locale));
        model.addAttribute("periodLabel", views.label(chosen, locale));
        model.addAttribute("cards", cards);
        model.addAttribute(
                "summary",
                IndicatorSummary.of(cards.stream().map(IndicatorCard::status).toList()));
        cards.stream()
                .map(IndicatorCard::asOf)
                .max(Comparator.naturalOrder())
                .ifPresent(asOf -> model.addAttribute("asOf", IndicatorViews.time(asOf)));
        model.addAttribute("pageDescription", message("indicators.pages.council.description", locale, council.name()));
        IndicatorCaching.live(response);
        return "portal/indicators";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/chi-so/{code:T[0-9]{1,2}}")
    String indicator(
            @PathVariable String slug,
            @PathVariable String code,
            @RequestParam(name = "period", required = false) @Nullable String period,
            Model model,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        IndicatorCode indicator = code(code);
        Period chosen = IndicatorPeriods.read(period, views.today());
        Locale locale = LocaleContextHolder.getLocale();
        List<Evidence> evidence = indicators.evidence(council.id(), indicator, chosen, true);
        model.addAttribute("council", council);
        model.addAttribute("period", chosen);
        model.addAttribute("choices", views.periodLinks(chosen, locale));
        model.addAttribute("periodLabel", views.label(chosen, locale));
        model.addAttribute("card", views.card(council.id(), indicator, chosen, locale));
        model.addAttribute("months", views.monthValues(council.id(), indicator, chosen, locale));
        model.addAttribute(
                "evidence", evidence.stream().filter(Evidence::isPublic).toList());
        model.addAttribute(
                "pageDescription",
                message(
                        "indicators.pages.indicator.description",
                        locale,
                        views.name(indicator, locale),
                        council.name()));
        IndicatorCaching.live(response);
        return "portal/indicator";
    }

    /** A period the pages cannot read: the 400 page says which forms they do read. */
    @ExceptionHandler(InvalidInputException.class)
    String badInput(InvalidInputException e, HttpServletResponse response, Model model) {
        return IndicatorCaching.badRequest(e, response, model);
    }

    static IndicatorCode code(String code) {
        try {
            return IndicatorCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("indicators.pages.code.unknown", code);
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return Objects.requireNonNullElse(messages.getMessage(key, arguments, key, locale), key);
    }
}
