package vn.hdndso.portal.web;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorValue;
import vn.hdndso.indicators.Indicators;
import vn.hdndso.indicators.Period;
import vn.hdndso.opendata.CatalogueContribution;
import vn.hdndso.opendata.CatalogueEntry;
import vn.hdndso.opendata.DatasetTheme;
import vn.hdndso.opendata.OpenDataProperties;

/**
 * The indicators' open dataset in the city-wide DCAT catalogue: landing page {@code /chi-so}, CSV
 * and JSON distributions, modified when the latest value of this year was computed.
 */
@Component
class IndicatorCatalogue implements CatalogueContribution {

    private final Indicators indicators;
    private final IndicatorViews views;
    private final OpenDataProperties openData;

    IndicatorCatalogue(Indicators indicators, IndicatorViews views, OpenDataProperties openData) {
        this.indicators = indicators;
        this.views = views;
        this.openData = openData;
    }

    @Override
    public List<CatalogueEntry> catalogueEntries(String baseUrl) {
        Period year = Period.year(views.today().getYear());
        Instant modified = Instant.EPOCH;
        for (IndicatorCode code : IndicatorCode.values()) {
            for (IndicatorValue v : indicators.city(code, year).values()) {
                if (v.asOf().isAfter(modified)) {
                    modified = v.asOf();
                }
            }
        }
        return List.of(new CatalogueEntry(
                baseUrl + "/chi-so",
                "chi-so-chuyen-doi-so",
                "Chỉ số chuyển đổi số của các Hội đồng nhân dân",
                "Giá trị của 11 chỉ số chuyển đổi số (Nghị quyết 57-NQ/TW) của mọi Hội đồng nhân dân trong thành phố"
                        + " theo năm và nửa năm: giá trị, tử số, mẫu số, tình trạng so với mục tiêu, thời điểm tính.",
                modified,
                DatasetTheme.OTHER,
                openData.licence(),
                openData.licenceAddress(),
                List.of(
                        new CatalogueEntry.Distribution(baseUrl + "/chi-so/du-lieu.csv", "text/csv", "CSV"),
                        new CatalogueEntry.Distribution(
                                baseUrl + "/chi-so/du-lieu.json", "application/json", "JSON"))));
    }
}
