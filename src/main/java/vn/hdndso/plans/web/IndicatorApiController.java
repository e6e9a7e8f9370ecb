package vn.hdndso.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CouncilAccess;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.Indicators;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.PlanIndicators;
import vn.hdndso.plans.web.IndicatorViews.CityItem;
import vn.hdndso.plans.web.IndicatorViews.CityTable;
import vn.hdndso.plans.web.IndicatorViews.CouncilIndicators;
import vn.hdndso.plans.web.IndicatorViews.EvidenceList;
import vn.hdndso.plans.web.IndicatorViews.EvidenceView;
import vn.hdndso.plans.web.IndicatorViews.IndicatorDetail;
import vn.hdndso.plans.web.IndicatorViews.IndicatorView;
import vn.hdndso.plans.web.IndicatorViews.MonthView;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.Problems;

/**
 * The live indicators T1–T11 against each council's plan, per council and city-wide. Figures are
 * public; the records behind them (evidence) are the council staff's where not public.
 */
@RestController
@Tag(
        name = "Chỉ số",
        description = "Các chỉ số T1–T11 tính từ dữ liệu thực của Hội đồng, so với kế hoạch (docs/indicators.md)")
class IndicatorApiController {

    private static final String PERIOD_HELP =
            "Kỳ: năm (2026), nửa năm (2026-H1, 2026-H2) hoặc tháng (2026-06); mặc định năm nay";

    private final Councils councils;
    private final PlanIndicators progress;
    private final Indicators indicators;
    private final CouncilAccess access;
    private final Problems messages;
    private final Clock clock;

    IndicatorApiController(
            Councils councils,
            PlanIndicators progress,
            Indicators indicators,
            CouncilAccess access,
            Problems messages,
            Clock clock) {
        this.councils = councils;
        this.progress = progress;
        this.indicators = indicators;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(
            summary = "Các chỉ số T1–T11 của một Hội đồng trong kỳ",
            description = "Công khai. Mỗi chỉ số: giá trị (tỷ lệ % hoặc số đếm), tử số, mẫu số, mục tiêu theo kế hoạch"
                    + " đã xác nhận (hoặc mặc định của Nghị quyết), trạng thái MET, ON_TRACK, AT_RISK, NOT_MET,"
                    + " NO_DATA và giá trị dự báo đến hạn.")
    @GetMapping("/api/v1/councils/{slug}/indicators")
    CouncilIndicators council(
            @PathVariable String slug,
            @Parameter(description = PERIOD_HELP) @RequestParam(required = false) @Nullable String period) {
        Council council = councils.requireBySlug(slug);
        Period p = period(period);
        return new CouncilIndicators(
                progress.progress(council.id(), p).stream()
                        .map(t -> IndicatorView.of(t, messages))
                        .toList(),
                p.toString());
    }

    @Operation(
            summary = "Một chỉ số của Hội đồng, với giá trị từng tháng của năm",
            description = "Công khai. Như một mục của danh sách chỉ số, thêm `series`: giá trị từng tháng của năm"
                    + " chứa kỳ, đến tháng hiện tại.")
    @GetMapping("/api/v1/councils/{slug}/indicators/{code}")
    IndicatorDetail one(
            @PathVariable String slug,
            @Parameter(description = "T1 … T11") @PathVariable String code,
            @Parameter(description = PERIOD_HELP) @RequestParam(required = false) @Nullable String period) {
        IndicatorCode c = code(code);
        Council council = councils.requireBySlug(slug);
        Period p = period(period);
        YearMonth now = YearMonth.now(clock);
        List<Period> months = Period.year(p.year()).months().stream()
                .filter(m -> !YearMonth.from(m.start()).isAfter(now))
                .toList();
        return new IndicatorDetail(
                IndicatorView.of(progress.progress(council.id(), c, p), messages),
                p.toString(),
                indicators.series(council.id(), c, months).stream()
                        .map(MonthView::of)
                        .toList());
    }

    @Operation(
            summary = "Các hồ sơ làm căn cứ cho một chỉ số",
            description = "Công khai: chỉ các hồ sơ công khai. Tài khoản của Hội đồng: mọi hồ sơ, kể cả chưa công khai."
                    + " `counts` cho biết hồ sơ có được tính vào tử số không.")
    @GetMapping("/api/v1/councils/{slug}/indicators/{code}/evidence")
    EvidenceList evidence(
            @PathVariable String slug,
            @Parameter(description = "T1 … T11") @PathVariable String code,
            @Parameter(description = PERIOD_HELP) @RequestParam(required = false) @Nullable String period) {
        IndicatorCode c = code(code);
        Council council = councils.requireBySlug(slug);
        Period p = period(period);
        boolean publicOnly = !access.member();
        return new EvidenceList(
                indicators.evidence(council.id(), c, p, publicOnly).stream()
                        .map(EvidenceView::of)
                        .toList(),
                c.name(),
                p.toString());
    }

    @Operation(
            summary = "Bảng chỉ số của toàn thành phố: một chỉ số cho mọi Hội đồng",
            description = "Công khai. Một mục cho mỗi Hội đồng, theo thứ tự danh sách Hội đồng.")
    @GetMapping("/api/v1/indicators")
    CityTable city(
            @Parameter(description = "T1 … T11") @RequestParam(required = false) @Nullable String code,
            @Parameter(description = PERIOD_HELP) @RequestParam(required = false) @Nullable String period) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("code", "indicators.code.required");
        }
        IndicatorCode c = code(code);
        Period p = period(period);
        Map<vn.hdndso.shared.CouncilId, String> codes =
                councils.all().stream().collect(Collectors.toMap(Council::id, Council::code));
        return new CityTable(
                progress.city(c, p).stream()
                        .map(line -> CityItem.of(line, codes.getOrDefault(line.council(), ""), messages))
                        .toList(),
                c.name(),
                p.toString());
    }

    private Period period(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Period.containing(LocalDate.now(clock), Period.Kind.YEAR);
        }
        return Period.parse(text);
    }

    private static IndicatorCode code(String text) {
        try {
            return IndicatorCode.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("code", "indicators.code.invalid", text);
        }
    }
}
