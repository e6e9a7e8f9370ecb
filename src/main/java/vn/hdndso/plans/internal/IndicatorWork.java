package vn.hdndso.plans.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.WorkItem;
import vn.hdndso.identity.WorkItemSource;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.IndicatorStatus;
import vn.hdndso.plans.PlanIndicators;
import vn.hdndso.plans.TargetProgress;

/**
 * The plan's indicators on the home of the council office: this year's indicators at risk of
 * missing or missing the council's own target, each linked to its page with the figures.
 */
@Component
class IndicatorWork implements WorkItemSource {

    private final PlanIndicators indicators;
    private final MessageSource messages;

    IndicatorWork(PlanIndicators indicators, MessageSource messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    @Override
    public List<WorkItem> itemsFor(Context context) {
        if (!context.office()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (TargetProgress p : indicators.progress(
                context.council(), Period.year(context.today().getYear()))) {
            if (p.status() != IndicatorStatus.AT_RISK && p.status() != IndicatorStatus.NOT_MET) {
                continue;
            }
            String name = Objects.requireNonNullElse(
                    messages.getMessage(p.code().nameKey(), null, p.code().name(), LocaleContextHolder.getLocale()),
                    p.code().name());
            items.add(new WorkItem(
                    "home.group.indicators",
                    "home.action.indicator." + p.status().name(),
                    p.code().name() + " · " + name,
                    "/" + context.councilSlug() + "/chi-so/" + p.code().name(),
                    p.deadline(),
                    p.targetText() == null ? "" : p.targetText()));
        }
        return items;
    }
}
