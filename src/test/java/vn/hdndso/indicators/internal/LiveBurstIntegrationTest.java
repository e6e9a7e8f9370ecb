package vn.hdndso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * A council busy for seconds on end (a vote of hundreds of delegates, a flood of public petitions)
 * costs the live indicators one measure of its codes per interval, on at most the configured
 * number of connections, and the last change is still measured. In Xã Cẩm Giàng.
 */
@vn.hdndso.support.IntegrationTest
class LiveBurstIntegrationTest {

    @Autowired
    IndicatorEngine engine;

    @Autowired
    LiveProperties live;

    @Autowired
    StoredValues stored;

    @Autowired
    ScopedWork work;

    @Autowired
    Councils councils;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Test
    void aLongBurstOfChangesIsMeasuredOncePerIntervalOnAFewConnections() throws InterruptedException {
        CouncilId council = councils.requireBySlug("cam-giang").id();
        Period thisMonth = Period.containing(VnTime.today(clock), Period.Kind.MONTH);
        long interval = live.intervalMillis();
        long before = engine.recomputations(council);

        // one change every 5 ms for six intervals: without the interval the engine measured the
        // council again and again for as long as the changes came
        long burstMillis = 6 * interval;
        long end = System.nanoTime() + Duration.ofMillis(burstMillis).toNanos();
        int changes = 0;
        while (System.nanoTime() < end) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
            changes++;
            Thread.sleep(5);
        }
        Instant last = Instant.now();

        // the last change is measured within an interval (and the coalescing delay) after it
        await().atMost(Duration.ofMillis(interval + 3_000))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> stored(council, thisMonth).stream()
                        .anyMatch(v -> !v.asOf().isBefore(last)));
        long runs = engine.recomputations(council) - before;
        assertThat(changes).isGreaterThan(50);
        // start to start at least one interval apart: ⌈burst / interval⌉ + 1 runs at most
        assertThat(runs).as("recomputations for %d changes", changes).isBetween(2L, burstMillis / interval + 1);
        assertThat(engine.mostMeasuresAtOnce())
                .as("measures (each on a connection) at once")
                .isPositive()
                .isLessThanOrEqualTo(engine.concurrentMeasures());
    }

    private List<IndicatorValue> stored(CouncilId council, Period period) {
        return work.inTransaction(
                TenantScope.publicOf(council),
                () -> stored.find(List.of(council), List.of(IndicatorCode.T1), List.of(period)));
    }
}
