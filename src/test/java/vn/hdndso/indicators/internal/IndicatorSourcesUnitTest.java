package vn.hdndso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

class IndicatorSourcesUnitTest {

    record Counting(Set<IndicatorCode> codes) implements IndicatorSource {
        @Override
        public Measurement measure(CouncilId council, IndicatorCode code, Period period) {
            return Measurement.count(1);
        }

        @Override
        public List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period) {
            return List.of();
        }
    }

    @Test
    void eachCodeHasItsSourceAndCodesWithoutOneHaveNone() {
        var documents = new Counting(Set.of(IndicatorCode.T1, IndicatorCode.T7));
        var sessions = new Counting(Set.of(IndicatorCode.T2, IndicatorCode.T3));
        var sources = new IndicatorSources(List.of(documents, sessions));
        assertThat(sources.of(IndicatorCode.T7)).containsSame(documents);
        assertThat(sources.of(IndicatorCode.T3)).containsSame(sessions);
        assertThat(sources.has(IndicatorCode.T9)).isFalse();
        assertThat(sources.of(IndicatorCode.T11)).isEmpty();
    }

    @Test
    void twoSourcesOfOneCodeStopTheStart() {
        assertThatThrownBy(() -> new IndicatorSources(
                        List.of(new Counting(Set.of(IndicatorCode.T1)), new Counting(Set.of(IndicatorCode.T1)))))
                .hasMessageContaining("two sources measure T1");
    }

    @Test
    void aBreakdownKeepsItsOrderThroughJsonb() {
        Map<String, Long> breakdown = new Measurement(5, 9L, Map.of())
                .with("web", 4)
                .with("import", 1)
                .with("api", 0)
                .breakdown();
        String json = StoredValues.breakdownJson(breakdown);
        assertThat(json).isEqualTo("[[\"web\",4],[\"import\",1],[\"api\",0]]");
        assertThat(StoredValues.breakdown(json))
                .containsExactly(Map.entry("web", 4L), Map.entry("import", 1L), Map.entry("api", 0L));
        assertThat(StoredValues.breakdown("[]")).isEmpty();
    }

    @Test
    void aSourceThatFailsIsLeftOutAndTheOthersAreMeasured() {
        IndicatorSource broken = new IndicatorSource() {
            @Override
            public Set<IndicatorCode> codes() {
                return Set.of(IndicatorCode.T3);
            }

            @Override
            public Measurement measure(CouncilId council, IndicatorCode code, Period period) {
                throw new IllegalStateException("the recordings' store is down");
            }

            @Override
            public List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period) {
                throw new IllegalStateException("the recordings' store is down");
            }
        };
        var sources = new IndicatorSources(List.of(broken, new Counting(Set.of(IndicatorCode.T1))));
        CouncilId council = CouncilId.of("7f1f2b7e-0000-4000-8000-000000000001");
        Period year = Period.year(2026);
        var measured = IndicatorEngine.measure(
                sources,
                java.time.Clock.systemUTC(),
                council,
                List.of(
                        new IndicatorEngine.Pair(IndicatorCode.T3, year),
                        new IndicatorEngine.Pair(IndicatorCode.T1, year),
                        new IndicatorEngine.Pair(IndicatorCode.T9, year)));
        assertThat(measured)
                .extracting(v -> v.code(), v -> v.measurement())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IndicatorCode.T1, Measurement.count(1)));
    }
}
