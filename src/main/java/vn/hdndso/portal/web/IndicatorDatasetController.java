package vn.hdndso.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Period;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.plans.PlanIndicators;
import vn.hdndso.plans.PlanIndicators.CouncilProgress;
import vn.hdndso.shared.InstallationProperties;

/**
 * The indicators as open data, {@code /chi-so/du-lieu.csv} and {@code /chi-so/du-lieu.json}: every
 * council × indicator × reporting period (the years since {@value IndicatorPeriods#FIRST_YEAR} and
 * their begun half-years) with value, numerator, denominator, status against the council's target
 * and the time of computation, under the installation's open-data licence ({@code
 * hdnd.opendata.default-licence}).
 */
@Controller
class IndicatorDatasetController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Councils councils;
    private final PlanIndicators plans;
    private final IndicatorViews views;
    private final InstallationProperties installation;
    private final OpenDataProperties openData;

    IndicatorDatasetController(
            Councils councils,
            PlanIndicators plans,
            IndicatorViews views,
            InstallationProperties installation,
            OpenDataProperties openData) {
        this.councils = councils;
        this.plans = plans;
        this.views = views;
        this.installation = installation;
        this.openData = openData;
    }

    @GetMapping("/chi-so/du-lieu.csv")
    ResponseEntity<byte[]> csv() {
        return file(IndicatorDataset.csv(rows()), CSV, "chi-so-chuyen-doi-so.csv");
    }

    @GetMapping("/chi-so/du-lieu.json")
    ResponseEntity<byte[]> json() {
        List<IndicatorDataset.Row> rows = rows();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("title", "Chỉ số chuyển đổi số của các Hội đồng nhân dân");
        about.put("licence", openData.licence());
        about.put("licenceUrl", openData.licenceAddress());
        about.put("url", Links.base(installation) + "/chi-so/du-lieu.json");
        rows.stream()
                .map(IndicatorDataset.Row::asOf)
                .max(Comparator.naturalOrder())
                .ifPresent(asOf -> about.put("asOf", asOf.toString()));
        return file(IndicatorDataset.json(rows, about), MediaType.APPLICATION_JSON, "chi-so-chuyen-doi-so.json");
    }

    /** The reporting periods the dataset covers, oldest first: each year, then its begun halves. */
    List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        int now = views.today().getYear();
        for (int year = Math.min(IndicatorPeriods.FIRST_YEAR, now); year <= now; year++) {
            periods.add(Period.year(year));
            for (int half = 1; half <= 2; half++) {
                Period p = Period.half(year, half);
                if (!p.start().isAfter(views.today())) {
                    periods.add(p);
                }
            }
        }
        return periods;
    }

    private List<IndicatorDataset.Row> rows() {
        Map<vn.hdndso.shared.CouncilId, Council> byId = new LinkedHashMap<>();
        for (Council c : councils.all()) {
            byId.put(c.id(), c);
        }
        List<IndicatorDataset.Row> rows = new ArrayList<>();
        for (Period period : periods()) {
            for (IndicatorCode code : IndicatorCode.values()) {
                for (CouncilProgress p : plans.city(code, period)) {
                    Council council = byId.get(p.council());
                    IndicatorValue v = p.progress().value();
                    rows.add(new IndicatorDataset.Row(
                            council == null ? "" : council.code(),
                            p.councilName(),
                            p.slug(),
                            code,
                            period,
                            v.hasData() ? v.value() : null,
                            v.numerator(),
                            v.denominator(),
                            p.progress().status(),
                            v.asOf()));
                }
            }
        }
        return rows;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(IndicatorCaching.LIVE_SECONDS))
                        .cachePublic())
                .body(body);
    }
}
