package vn.hdndso.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Indicators;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.IndicatorStatus;
import vn.hdndso.plans.PlanIndicators;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.TargetProgress;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The live indicators read against each council's confirmed plan (or the Resolution's defaults),
 * with the rule of {@link ProgressRule}. Plans in force are public, so they are read in the public
 * scope of the council (all councils for the city table).
 */
@Service
class PlanProgress implements PlanIndicators {

    /** The breakdown key of T9's proficient delegates, read against T9's second target. */
    static final String PROFICIENT = "proficient";

    private static final List<IndicatorStatus> WORSE = List.of(
            IndicatorStatus.NO_DATA,
            IndicatorStatus.MET,
            IndicatorStatus.ON_TRACK,
            IndicatorStatus.AT_RISK,
            IndicatorStatus.NOT_MET);

    private final Indicators indicators;
    private final Councils councils;
    private final PlanRepository plans;
    private final DefaultTargets defaults;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PlanProgress(
            Indicators indicators,
            Councils councils,
            PlanRepository plans,
            IndicatorSettings settings,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.indicators = indicators;
        this.councils = councils;
        this.plans = plans;
        this.defaults = settings.targets();
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public List<TargetProgress> progress(CouncilId council, Period period) {
        List<PlanReading.Target> targets = targetsOf(council);
        return indicators.values(council, period).stream()
                .map(value -> progress(value, targets))
                .toList();
    }

    @Override
    public TargetProgress progress(CouncilId council, IndicatorCode code, Period period) {
        return progress(indicators.value(council, code, period), targetsOf(council));
    }

    @Override
    public List<CouncilProgress> city(IndicatorCode code, Period period) {
        Map<CouncilId, IndicatorValue> values = indicators.city(code, period);
        Map<CouncilId, List<PlanReading.Target>> targets = read(
                TenantScope.allCouncils("indicators: the city table reads every council's plan in force"),
                plans::confirmedTargets);
        LocalDate today = LocalDate.now(clock);
        // every council's trend in one read, rather than one read per council
        List<CouncilId> trended = values.values().stream()
                .filter(IndicatorValue::hasData)
                .filter(v ->
                        !today.isAfter(TargetChoice.of(targets.getOrDefault(v.council(), List.of()), code, defaults)
                                .deadline()))
                .map(IndicatorValue::council)
                .toList();
        Map<CouncilId, List<IndicatorValue>> trends =
                trended.isEmpty() ? Map.of() : indicators.series(trended, code, window(period, today));
        List<CouncilProgress> city = new ArrayList<>();
        for (Council council : councils.all()) {
            IndicatorValue value = values.get(council.id());
            if (value != null) {
                city.add(new CouncilProgress(
                        council.id(),
                        council.name(),
                        council.slug(),
                        progress(
                                value,
                                targets.getOrDefault(council.id(), List.of()),
                                trends.getOrDefault(council.id(), List.of()))));
            }
        }
        return city;
    }

    private TargetProgress progress(IndicatorValue value, List<PlanReading.Target> targets) {
        return progress(value, targets, null);
    }

    /** With {@code trend} the council's monthly values already read (the city table), else read here. */
    private TargetProgress progress(
            IndicatorValue value, List<PlanReading.Target> targets, @Nullable List<IndicatorValue> trend) {
        TargetChoice target = TargetChoice.of(targets, value.code(), defaults);
        LocalDate today = LocalDate.now(clock);
        if (!value.hasData()) {
            return new TargetProgress(
                    value.code(),
                    value,
                    target.text(),
                    target.threshold(),
                    target.deadline(),
                    target.fromPlan(),
                    IndicatorStatus.NO_DATA,
                    null);
        }
        List<IndicatorValue> months = today.isAfter(target.deadline())
                ? List.of()
                : trend != null
                        ? trend
                        : indicators.series(value.council(), value.code(), window(value.period(), today));
        ProgressRule.Assessment main = ProgressRule.assess(
                target.threshold(),
                target.deadline(),
                today,
                value.measurement(),
                monthValues(months, IndicatorValue::measurement));
        IndicatorStatus status = main.status();
        Long proficient = value.breakdown().get(PROFICIENT);
        Long delegates = value.denominator();
        if (target.proficient() != null && proficient != null && delegates != null) {
            ProgressRule.Assessment second = ProgressRule.assess(
                    Objects.requireNonNull(target.proficient()),
                    target.deadline(),
                    today,
                    Measurement.share(proficient, delegates),
                    monthValues(months, PlanProgress::proficientShare));
            status = worse(status, second.status());
        }
        return new TargetProgress(
                value.code(),
                value,
                target.text(),
                target.threshold(),
                target.deadline(),
                target.fromPlan(),
                status,
                main.projected());
    }

    /** The twelve months up to the period's last month, or up to this month if the period runs on. */
    static List<Period> window(Period period, LocalDate today) {
        YearMonth last = YearMonth.from(period.end());
        YearMonth now = YearMonth.from(today);
        if (now.isBefore(last)) {
            last = now;
        }
        List<Period> months = new ArrayList<>();
        for (int back = ProgressRule.WINDOW_MONTHS - 1; back >= 0; back--) {
            YearMonth month = last.minusMonths(back);
            if (month.getYear() >= 2000) {
                months.add(Period.month(month));
            }
        }
        return months;
    }

    static IndicatorStatus worse(IndicatorStatus a, IndicatorStatus b) {
        return WORSE.indexOf(a) >= WORSE.indexOf(b) ? a : b;
    }

    private static Measurement proficientShare(IndicatorValue month) {
        Long proficient = month.breakdown().get(PROFICIENT);
        Long delegates = month.denominator();
        return proficient == null || delegates == null
                ? Measurement.noData()
                : Measurement.share(proficient, delegates);
    }

    private static List<ProgressRule.MonthValue> monthValues(
            List<IndicatorValue> months, java.util.function.Function<IndicatorValue, Measurement> figure) {
        List<ProgressRule.MonthValue> values = new ArrayList<>();
        for (IndicatorValue month : months) {
            Double value = figure.apply(month).value();
            if (value != null) {
                values.add(new ProgressRule.MonthValue(
                        YearMonth.from(month.period().start()), value));
            }
        }
        return values;
    }

    private List<PlanReading.Target> targetsOf(CouncilId council) {
        return read(TenantScope.publicOf(council), plans::confirmedTargets).getOrDefault(council, List.of());
    }

    /** Reads in the scope, in a read-only transaction; beside the caller's transaction if it has one in another scope. */
    private <T> T read(TenantScope scope, Supplier<T> work) {
        Supplier<T> inTransaction =
                () -> Objects.requireNonNull(transactions.execute(status -> work.get()), "the read's result");
        if (!TransactionSynchronizationManager.isActualTransactionActive() || scope.equals(Tenancy.current())) {
            return Tenancy.call(scope, inTransaction);
        }
        try (var beside = Executors.newVirtualThreadPerTaskExecutor()) {
            return beside.submit(() -> Tenancy.call(scope, inTransaction)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading plans", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("reading plans failed", e.getCause());
        }
    }
}
