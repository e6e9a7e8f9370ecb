package vn.hdndso.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.IndicatorStatus;
import vn.hdndso.plans.PlanIndicators.CouncilProgress;
import vn.hdndso.plans.TargetProgress;
import vn.hdndso.plans.Threshold;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

class CityTableUnitTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Period YEAR = Period.year(2026);
    private static final Instant AS_OF = Instant.parse("2026-12-07T06:00:00Z");
    private static final Threshold AT_LEAST_90 = Threshold.atLeast(new BigDecimal("90"));

    private final CouncilId an = new CouncilId(UUID.randomUUID());
    private final CouncilId bac = new CouncilId(UUID.randomUUID());
    private final CouncilId dong = new CouncilId(UUID.randomUUID());

    @Test
    void everyCouncilGetsARowWithACellPerIndicatorAndItsTrend() {
        List<CityTable.Row> rows = table();

        assertThat(rows).extracting(CityTable.Row::name).containsExactly("Xã An Lão", "Phường Bắc Sơn", "Xã Đông Hải");
        CityTable.Cell an1 = rows.getFirst().cell(IndicatorCode.T1);
        assertThat(an1).isNotNull();
        assertThat(an1.valueText()).isEqualTo("95,0%");
        assertThat(an1.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(an1.shortKey()).isEqualTo("indicators.pages.short.MET");
        assertThat(an1.sparkline())
                .startsWith("<svg class=\"spark\"")
                .contains("<title>12 tháng</title>")
                .contains("<polyline");
        CityTable.Cell dong1 = rows.get(2).cell(IndicatorCode.T1);
        assertThat(dong1).isNotNull();
        assertThat(dong1.valueText()).as("no data is never 0%").isNull();
        assertThat(dong1.value()).isNull();
        assertThat(dong1.sparkline()).as("no trend to draw").isEmpty();
    }

    @Test
    void sortingByAnIndicatorPutsCouncilsWithoutDataLastInBothDirections() {
        List<CityTable.Row> rows = table();

        var descending = CityTable.sorted(rows, CityTable.Sort.read("T1", "desc"), VI);
        assertThat(descending)
                .extracting(CityTable.Row::name)
                .containsExactly("Xã An Lão", "Phường Bắc Sơn", "Xã Đông Hải");
        var ascending = CityTable.sorted(rows, CityTable.Sort.read("T1", "asc"), VI);
        assertThat(ascending)
                .extracting(CityTable.Row::name)
                .containsExactly("Phường Bắc Sơn", "Xã An Lão", "Xã Đông Hải");
    }

    @Test
    void sortingByNameFollowsVietnameseOrder() {
        var byName = CityTable.sorted(table(), CityTable.Sort.read(null, null), VI);
        assertThat(byName)
                .extracting(CityTable.Row::name)
                .containsExactly("Phường Bắc Sơn", "Xã An Lão", "Xã Đông Hải");
        var reversed = CityTable.sorted(table(), CityTable.Sort.read("name", "desc"), VI);
        assertThat(reversed)
                .extracting(CityTable.Row::name)
                .containsExactly("Xã Đông Hải", "Xã An Lão", "Phường Bắc Sơn");
    }

    @Test
    void aHeadingAsksForTheOtherDirectionWhenSortedByItAndValuesHighestFirstOtherwise() {
        CityTable.Sort sort = CityTable.Sort.read("T1", "desc");
        assertThat(sort.nextDir("T1")).isEqualTo("asc");
        assertThat(sort.nextDir("T2")).isEqualTo("desc");
        assertThat(sort.nextDir("name")).isEqualTo("asc");
        assertThat(sort.ariaSort("T1")).isEqualTo("descending");
        assertThat(sort.ariaSort("T2")).isNull();
    }

    @Test
    void anUnknownColumnOrDirectionIsRefusedWithAMessage() {
        assertThatThrownBy(() -> CityTable.Sort.read("T12", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sort");
        assertThatThrownBy(() -> CityTable.Sort.read("T1", "sideways"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("dir");
    }

    @Test
    void theCityChartHasTheMedianOfCouncilsWithDataAndTheShareOfAllCouncilsMeetingTheirTarget() {
        List<CouncilProgress> progress = progressT1();
        Map<CouncilId, IndicatorValue> month = new HashMap<>();
        month.put(an, value(an, 19, 20)); // 95 %, meets ≥ 90
        month.put(bac, value(bac, 8, 10)); // 80 %, does not
        month.put(dong, noData(dong));
        var figures = CityTable.cityFigures(progress, List.of(month, Map.of()));

        assertThat(figures.get(0).median()).isEqualTo(87.5);
        assertThat(figures.get(0).shareMet()).isEqualTo(100.0 / 3);
        assertThat(figures.get(1).median())
                .as("a month without data has no median")
                .isNull();
        assertThat(figures.get(1).shareMet()).isZero();
        assertThat(CityTable.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    }

    @Test
    void theDatasetIsUtf8CsvWithAByteOrderMarkAndAnEmptyCellWithoutData() {
        var rows = List.of(
                new IndicatorDataset.Row(
                        "11140",
                        "Xã Lạc Phượng",
                        "lac-phuong",
                        IndicatorCode.T1,
                        YEAR,
                        2.0 / 3 * 100,
                        2,
                        3L,
                        IndicatorStatus.AT_RISK,
                        AS_OF),
                new IndicatorDataset.Row(
                        "1, \"2\"",
                        "Phường Nhị Chiểu",
                        "nhi-chieu",
                        IndicatorCode.T5,
                        Period.half(2026, 1),
                        null,
                        0,
                        null,
                        IndicatorStatus.NO_DATA,
                        AS_OF));
        byte[] csv = IndicatorDataset.csv(rows);

        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n"))
                .containsExactly(
                        "council_code,council_name,slug,code,period,value,numerator,denominator,status,as_of",
                        "11140,Xã Lạc Phượng,lac-phuong,T1,2026,66.67,2,3,AT_RISK,2026-12-07T06:00:00Z",
                        "\"1, \"\"2\"\"\",Phường Nhị Chiểu,nhi-chieu,T5,2026-H1,,0,,NO_DATA,2026-12-07T06:00:00Z");

        String json = new String(IndicatorDataset.json(rows, Map.of("title", "Chỉ số")), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"title\":\"Chỉ số\"")
                .contains("\"councilCode\":\"11140\"")
                .contains("\"value\":66.67")
                .contains("\"period\":\"2026-H1\",\"value\":null")
                .contains("\"status\":\"NO_DATA\"");
    }

    private List<CityTable.Row> table() {
        Map<IndicatorCode, List<CouncilProgress>> progress = new EnumMap<>(IndicatorCode.class);
        progress.put(IndicatorCode.T1, progressT1());
        List<Map<CouncilId, IndicatorValue>> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<CouncilId, IndicatorValue> month = new HashMap<>();
            month.put(an, value(an, 10 + i, 22));
            month.put(bac, value(bac, i, 12));
            month.put(dong, noData(dong));
            months.add(month);
        }
        Map<IndicatorCode, List<Map<CouncilId, IndicatorValue>>> monthly = new EnumMap<>(IndicatorCode.class);
        monthly.put(IndicatorCode.T1, months);
        return CityTable.rows(progress, monthly, VI, (trend, share) -> "12 tháng");
    }

    private List<CouncilProgress> progressT1() {
        return List.of(
                new CouncilProgress(an, "Xã An Lão", "an-lao", progress(value(an, 19, 20), IndicatorStatus.MET)),
                new CouncilProgress(
                        bac, "Phường Bắc Sơn", "bac-son", progress(value(bac, 8, 10), IndicatorStatus.AT_RISK)),
                new CouncilProgress(dong, "Xã Đông Hải", "dong-hai", progress(noData(dong), IndicatorStatus.NO_DATA)));
    }

    private static TargetProgress progress(IndicatorValue value, IndicatorStatus status) {
        return new TargetProgress(
                IndicatorCode.T1, value, null, AT_LEAST_90, LocalDate.of(2026, 12, 31), false, status, null);
    }

    private static IndicatorValue value(CouncilId council, long numerator, long denominator) {
        return new IndicatorValue(council, IndicatorCode.T1, YEAR, Measurement.share(numerator, denominator), AS_OF);
    }

    private static IndicatorValue noData(CouncilId council) {
        return new IndicatorValue(council, IndicatorCode.T1, YEAR, Measurement.noData(), AS_OF);
    }
}
