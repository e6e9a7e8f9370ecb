package vn.hdndso.indicators.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Indicators;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The values: read from {@code indicator_value}, and where missing measured by their sources in the
 * council's staff scope and stored. The current month, half-year and year are rewritten by {@link
 * LiveValues} after every change to a council's work; other periods are forgotten then and measured
 * again when next asked for. A source that fails is logged and leaves the stored value as it was.
 */
@Service
class IndicatorEngine implements Indicators {

    /** The months of a trend: as many as the status rule reads (plans' ProgressRule.WINDOW_MONTHS). */
    static final int TREND_MONTHS = 12;

    private static final Logger log = LoggerFactory.getLogger(IndicatorEngine.class);
    private static final List<IndicatorCode> ALL_CODES = Arrays.asList(IndicatorCode.values());

    private final IndicatorSources sources;
    private final StoredValues stored;
    private final ScopedWork work;
    private final Councils councils;
    private final Clock clock;

    /** How many measures may run at once (each holds a database connection). */
    private final Semaphore measures;

    private final int concurrentMeasures;

    /** Measures running now, and the most that ever ran at once (what the connection pool lent them). */
    private final AtomicInteger running = new AtomicInteger();

    private final AtomicInteger mostRunning = new AtomicInteger();

    /** How often each council's current values were measured again (live recomputations). */
    private final Map<CouncilId, AtomicLong> recomputations = new ConcurrentHashMap<>();

    /** Counts the changes to each council's work, so a value measured before a change is not stored after it. */
    private final Map<CouncilId, AtomicLong> changes = new ConcurrentHashMap<>();

    IndicatorEngine(
            IndicatorSources sources,
            StoredValues stored,
            ScopedWork work,
            Councils councils,
            Clock clock,
            LiveProperties properties) {
        this.concurrentMeasures = properties.concurrentMeasures();
        this.measures = new Semaphore(concurrentMeasures, true);
        this.sources = sources;
        this.stored = stored;
        this.work = work;
        this.councils = councils;
        this.clock = clock;
    }

    @Override
    public List<IndicatorValue> values(CouncilId council, Period period) {
        Map<Key, IndicatorValue> found = load(List.of(council), ALL_CODES, List.of(period));
        return ALL_CODES.stream()
                .map(code -> get(found, new Key(council, code, period)))
                .toList();
    }

    @Override
    public IndicatorValue value(CouncilId council, IndicatorCode code, Period period) {
        return get(load(List.of(council), List.of(code), List.of(period)), new Key(council, code, period));
    }

    @Override
    public Map<CouncilId, IndicatorValue> city(IndicatorCode code, Period period) {
        List<CouncilId> all = councils.all().stream().map(Council::id).toList();
        Map<Key, IndicatorValue> found = load(all, List.of(code), List.of(period));
        Map<CouncilId, IndicatorValue> city = new LinkedHashMap<>();
        for (CouncilId council : all) {
            city.put(council, get(found, new Key(council, code, period)));
        }
        return city;
    }

    @Override
    public List<IndicatorValue> series(CouncilId council, IndicatorCode code, List<Period> periods) {
        Map<Key, IndicatorValue> found = load(List.of(council), List.of(code), periods);
        return periods.stream()
                .sorted()
                .map(period -> get(found, new Key(council, code, period)))
                .toList();
    }

    @Override
    public Map<CouncilId, List<IndicatorValue>> series(
            List<CouncilId> councilIds, IndicatorCode code, List<Period> periods) {
        Map<Key, IndicatorValue> found = load(councilIds, List.of(code), periods);
        List<Period> sorted = periods.stream().sorted().toList();
        Map<CouncilId, List<IndicatorValue>> series = new LinkedHashMap<>();
        for (CouncilId council : councilIds) {
            series.put(
                    council,
                    sorted.stream()
                            .map(period -> get(found, new Key(council, code, period)))
                            .toList());
        }
        return series;
    }

    @Override
    public List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period, boolean publicOnly) {
        IndicatorSource source = sources.of(code).orElse(null);
        if (source == null) {
            return List.of();
        }
        List<Evidence> all;
        try {
            all = work.in(TenantScope.staffOf(council), () -> source.evidence(council, code, period));
        } catch (RuntimeException e) {
            log.error("The source of {} failed to list the evidence of council {} for {}", code, council, period, e);
            return List.of();
        }
        return publicOnly ? all.stream().filter(Evidence::isPublic).toList() : all;
    }

    /** The council's work changed: values measured before now are not to be stored any more. */
    void changed(CouncilId council) {
        changes.computeIfAbsent(council, c -> new AtomicLong()).incrementAndGet();
    }

    /** The current month, half-year and year, by the clock's calendar day. */
    List<Period> currentPeriods() {
        return Period.allContaining(LocalDate.now(clock));
    }

    /**
     * Measures the council's current periods again and stores them (a value whose source fails
     * stays as it was), and forgets its other periods: the change may have moved them too.
     */
    void recomputeCurrent(CouncilId council) {
        long started = System.nanoTime();
        recomputations.computeIfAbsent(council, c -> new AtomicLong()).incrementAndGet();
        List<Period> current = currentPeriods();
        List<IndicatorValue> measured = measureConcurrently(council, sourcedPairs(current));
        work.inTransaction(TenantScope.staffOf(council), () -> {
            stored.forgetOtherPeriods(council, current);
            measured.forEach(stored::save);
            return measured.size();
        });
        log.debug("Indicators of council {} recomputed in {} ms", council, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The periods filled at start and each night: the current month, half-year and year, and the
     * twelve months up to now, which every status's trend and the city table's sparklines read —
     * without them the first city table after a start measured 115 councils' months on request.
     */
    List<Period> fillPeriods() {
        LocalDate today = LocalDate.now(clock);
        Set<Period> periods = new LinkedHashSet<>(Period.allContaining(today));
        YearMonth now = YearMonth.from(today);
        for (int back = 1; back < TREND_MONTHS; back++) {
            periods.add(Period.month(now.minusMonths(back)));
        }
        return List.copyOf(periods);
    }

    /**
     * Measures the council's {@link #fillPeriods()} and stores them unless its work changed
     * meanwhile (then the live recomputation has, or will have, the newer figures): the fill at
     * start and each night.
     */
    void fillCurrent(CouncilId council) {
        List<Pair> pairs = sourcedPairs(fillPeriods());
        long before = changesOf(council);
        List<IndicatorValue> measured = work.in(TenantScope.staffOf(council), () -> measure(council, pairs));
        storeUnlessChanged(council, before, measured);
    }

    /** Forgets every council's values of past periods (at start: changes may have been missed while stopped). */
    int forgetPastPeriods() {
        return work.inTransaction(
                TenantScope.allCouncils("indicators: forgetting values of past periods at start"),
                () -> stored.forgetOtherPeriods(fillPeriods()));
    }

    private Map<Key, IndicatorValue> load(List<CouncilId> councilIds, List<IndicatorCode> codes, List<Period> periods) {
        if (councilIds.isEmpty() || codes.isEmpty() || periods.isEmpty()) {
            return Map.of();
        }
        TenantScope reading = councilIds.size() == 1
                ? TenantScope.publicOf(councilIds.getFirst())
                : TenantScope.allCouncils("indicators: the city table, public figures of every council");
        Map<Key, IndicatorValue> found = new HashMap<>();
        for (IndicatorValue value : work.inTransaction(reading, () -> stored.find(councilIds, codes, periods))) {
            found.put(Key.of(value), value);
        }
        Map<CouncilId, List<Pair>> missing = new LinkedHashMap<>();
        for (CouncilId council : councilIds) {
            for (IndicatorCode code : codes) {
                for (Period period : periods) {
                    if (found.containsKey(new Key(council, code, period))) {
                        continue;
                    }
                    if (sources.has(code)) {
                        missing.computeIfAbsent(council, c -> new ArrayList<>()).add(new Pair(code, period));
                    } else {
                        found.put(new Key(council, code, period), noData(council, code, period));
                    }
                }
            }
        }
        missing.forEach((council, pairs) -> measureAndStore(council, pairs).forEach(v -> found.put(Key.of(v), v)));
        return found;
    }

    /** Measures values nobody has asked for since the council's work last changed, and stores them. */
    private List<IndicatorValue> measureAndStore(CouncilId council, List<Pair> pairs) {
        long before = changesOf(council);
        List<IndicatorValue> measured = measureConcurrently(council, pairs);
        storeUnlessChanged(council, before, measured);
        return measured;
    }

    private void storeUnlessChanged(CouncilId council, long before, List<IndicatorValue> measured) {
        if (changesOf(council) == before && !measured.isEmpty()) {
            work.inTransaction(TenantScope.staffOf(council), () -> {
                measured.forEach(stored::save);
                return measured.size();
            });
        }
    }

    /**
     * Measures each code on a thread of its own, in the council's staff scope, at most {@code
     * hdnd.indicators.live.concurrent-measures} at a time across the engine (each holds a database
     * connection while it counts): a council's codes in the time of its slowest.
     */
    private List<IndicatorValue> measureConcurrently(CouncilId council, List<Pair> pairs) {
        Map<IndicatorCode, List<Pair>> byCode = new EnumMap<>(IndicatorCode.class);
        pairs.forEach(pair ->
                byCode.computeIfAbsent(pair.code(), c -> new ArrayList<>()).add(pair));
        if (byCode.size() <= 1) {
            return work.in(TenantScope.staffOf(council), () -> measure(council, pairs));
        }
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<IndicatorValue>>> measuring = new ArrayList<>();
            for (List<Pair> ofCode : byCode.values()) {
                measuring.add(threads.submit(() -> {
                    measures.acquire();
                    mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        return Tenancy.call(TenantScope.staffOf(council), () -> measure(council, ofCode));
                    } finally {
                        running.decrementAndGet();
                        measures.release();
                    }
                }));
            }
            List<IndicatorValue> measured = new ArrayList<>();
            for (Future<List<IndicatorValue>> code : measuring) {
                measured.addAll(code.get());
            }
            return measured;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring council " + council, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("measuring council " + council + " failed", e.getCause());
        }
    }

    private List<IndicatorValue> measure(CouncilId council, List<Pair> pairs) {
        return measure(sources, clock, council, pairs);
    }

    /** Runs in the council's staff scope; a pair whose source fails is logged and left out. */
    static List<IndicatorValue> measure(IndicatorSources sources, Clock clock, CouncilId council, List<Pair> pairs) {
        List<IndicatorValue> measured = new ArrayList<>();
        for (Pair pair : pairs) {
            IndicatorSource source = sources.of(pair.code()).orElse(null);
            if (source == null) {
                continue;
            }
            try {
                Measurement m = source.measure(council, pair.code(), pair.period());
                measured.add(new IndicatorValue(council, pair.code(), pair.period(), m, Instant.now(clock)));
            } catch (RuntimeException e) {
                log.error(
                        "The source of {} failed to measure council {} for {}; its last value stays",
                        pair.code(),
                        council,
                        pair.period(),
                        e);
            }
        }
        return measured;
    }

    private List<Pair> sourcedPairs(List<Period> periods) {
        List<Pair> pairs = new ArrayList<>();
        for (IndicatorCode code : ALL_CODES) {
            if (sources.has(code)) {
                periods.forEach(period -> pairs.add(new Pair(code, period)));
            }
        }
        return pairs;
    }

    /** How many measures may run at once. */
    int concurrentMeasures() {
        return concurrentMeasures;
    }

    /** The most measures that ran at once since the start (each held a connection). */
    int mostMeasuresAtOnce() {
        return mostRunning.get();
    }

    /** How often the council's current values were measured again since the start. */
    long recomputations(CouncilId council) {
        AtomicLong count = recomputations.get(council);
        return count == null ? 0 : count.get();
    }

    private long changesOf(CouncilId council) {
        AtomicLong count = changes.get(council);
        return count == null ? 0 : count.get();
    }

    private IndicatorValue get(Map<Key, IndicatorValue> found, Key key) {
        @Nullable IndicatorValue value = found.get(key);
        return value != null ? value : noData(key.council(), key.code(), key.period());
    }

    private IndicatorValue noData(CouncilId council, IndicatorCode code, Period period) {
        return new IndicatorValue(council, code, period, Measurement.noData(), Instant.now(clock));
    }

    record Pair(IndicatorCode code, Period period) {}

    private record Key(CouncilId council, IndicatorCode code, Period period) {
        static Key of(IndicatorValue value) {
            return new Key(value.council(), value.code(), value.period());
        }
    }
}
