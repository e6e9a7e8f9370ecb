package vn.hdndso.documents.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

/**
 * T1, the signed-electronic share of the documents the council issued in the period, and T7, the
 * published share of its resolutions and reports with the median days from issue to the portal
 * (docs/indicator-sources.md).
 */
@Component
class DocumentIndicators implements IndicatorSource {

    /** Resolutions and reports (oversight results and activity reports are reports). */
    private static final Set<String> PUBLISHABLE = Set.of(DocumentType.NGHI_QUYET.code(), DocumentType.BAO_CAO.code());

    private final IssuedDocumentRows rows;
    private final Councils councils;

    DocumentIndicators(IssuedDocumentRows rows, Councils councils) {
        this.rows = rows;
        this.councils = councils;
    }

    @Override
    public Set<IndicatorCode> codes() {
        return Set.of(IndicatorCode.T1, IndicatorCode.T7);
    }

    @Override
    @Transactional(readOnly = true)
    public Measurement measure(CouncilId council, IndicatorCode code, Period period) {
        List<IssuedDocumentRows.Row> issued = counted(council, code, period);
        if (issued.isEmpty()) {
            return Measurement.noData();
        }
        if (code == IndicatorCode.T1) {
            long signed = issued.stream()
                    .filter(IssuedDocumentRows.Row::signedAtIssue)
                    .count();
            return Measurement.share(signed, issued.size());
        }
        long[] days = issued.stream()
                .mapToLong(r -> ChronoUnit.DAYS.between(r.issueDate(), r.publishedOn()))
                .sorted()
                .toArray();
        return Measurement.share(issued.size(), issued.size()).with("medianDaysToPublish", median(days));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period) {
        String slug = councils.require(council).slug();
        return counted(council, code, period).stream()
                .map(r -> new Evidence(
                        r.recalled() ? "recalledDocument" : "document",
                        r.id().toString(),
                        r.numberSymbol() + " – " + r.subject(),
                        r.issueDate(),
                        code == IndicatorCode.T1 ? r.signedAtIssue() : !r.recalled(),
                        !r.recalled(),
                        r.recalled()
                                ? "/app/councils/" + slug + "/documents/" + r.id()
                                : "/" + slug + "/van-ban/" + r.id()))
                .toList();
    }

    /**
     * T1: every document issued in the period, recalled ones too; T7: the resolutions and reports
     * issued in the period that were not recalled (a recalled document is void, not unpublished).
     */
    private List<IssuedDocumentRows.Row> counted(CouncilId council, IndicatorCode code, Period period) {
        List<IssuedDocumentRows.Row> issued = rows.issuedBetween(council, period.start(), period.end());
        return switch (code) {
            case T1 -> issued;
            case T7 ->
                issued.stream()
                        .filter(r -> !r.recalled() && PUBLISHABLE.contains(r.typeCode()))
                        .toList();
            default -> throw new IllegalArgumentException("documents do not measure " + code);
        };
    }

    /** The middle of sorted whole days; of an even count, the mean of the two middle ones, rounded down. */
    static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : Math.floorDiv(sorted[n / 2 - 1] + sorted[n / 2], 2);
    }
}
