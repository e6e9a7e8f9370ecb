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
import vn.hdndso.indicators.Indicators;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * The engine's storage and live loop in Xã An Thành, which no other test writes to: a past period
 * is stored when asked for and forgotten when the council's work changes; a burst of events
 * recomputes the current periods.
 */
@IntegrationTest
class LiveValuesIntegrationTest {

    @Autowired
    Indicators indicators;

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

    List<IndicatorValue> storedValues(CouncilId council, Period period) {
        return work.inTransaction(
                TenantScope.publicOf(council),
                () -> stored.find(List.of(council), List.of(IndicatorCode.T1), List.of(period)));
    }

    @Test
    void aPastPeriodIsStoredWhenAskedForAndForgottenWhenTheCouncilsWorkChanges() {
        CouncilId council = councils.requireBySlug("an-thanh").id();
        Period lastYear = Period.year(VnTime.today(clock).getYear() - 1);
        Period thisMonth = Period.containing(VnTime.today(clock), Period.Kind.MONTH);

        indicators.value(council, IndicatorCode.T1, lastYear);
        IndicatorValue before = indicators.value(council, IndicatorCode.T1, thisMonth);
        assertThat(storedValues(council, lastYear))
                .singleElement()
                .satisfies(v -> assertThat(v.hasData()).isFalse());

        Instant published = Instant.now();
        for (int ballot = 0; ballot < 500; ballot++) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        }

        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> storedValues(council, lastYear).isEmpty());
        await().atMost(Duration.ofSeconds(1))
                .until(() -> storedValues(council, thisMonth).getFirst().asOf().isAfter(before.asOf()));
        assertThat(storedValues(council, thisMonth).getFirst().asOf()).isAfter(published.minusMillis(1));
        // asked for again, the past period is measured and stored anew
        indicators.value(council, IndicatorCode.T1, lastYear);
        assertThat(storedValues(council, lastYear)).hasSize(1);
    }

    @Test
    void theCityTableHasEveryCouncilAndACouncilWithNothingToCountHasNoData() {
        Period year = Period.containing(VnTime.today(clock), Period.Kind.YEAR);
        var city = indicators.city(IndicatorCode.T9, year);
        assertThat(city).hasSize(councils.all().size());
        // most councils of the installation have no delegates in a term: T9 has nothing to count there
        var empty = city.values().stream()
                .filter(v -> Long.valueOf(0).equals(v.measurement().denominator()))
                .toList();
        assertThat(empty).isNotEmpty().allSatisfy(v -> {
            assertThat(v.hasData()).isFalse();
            assertThat(v.value()).isNull();
        });
    }
}
