package vn.hdndso.opendata.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.EdxmlExports;
import vn.hdndso.documents.EdxmlMessage;
import vn.hdndso.identity.ApiKeys;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.opendata.DatasetTheme;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.VnTime;

/**
 * T8, the budget, planning and investment datasets kept current against their update frequency,
 * and T10, the outside bodies the council exchanged with through API keys, edXML packages and
 * transferred petitions (docs/indicator-sources.md).
 */
@Component
class OpenDataIndicators implements IndicatorSource {

    /** Budget, planning (land use) and investment-project data: what T8 asks to keep current. */
    static final Set<DatasetTheme> KEPT_CURRENT =
            Set.of(DatasetTheme.BUDGET, DatasetTheme.LAND_USE, DatasetTheme.INVESTMENT);

    private final DatasetCurrencyRows datasets;
    private final ApiKeys apiKeys;
    private final EdxmlExports edxml;
    private final PetitionIssues issues;
    private final Councils councils;
    private final Clock clock;

    OpenDataIndicators(
            DatasetCurrencyRows datasets,
            ApiKeys apiKeys,
            EdxmlExports edxml,
            PetitionIssues issues,
            Councils councils,
            Clock clock) {
        this.datasets = datasets;
        this.apiKeys = apiKeys;
        this.edxml = edxml;
        this.issues = issues;
        this.councils = councils;
        this.clock = clock;
    }

    @Override
    public Set<IndicatorCode> codes() {
        return Set.of(IndicatorCode.T8, IndicatorCode.T10);
    }

    @Override
    @Transactional(readOnly = true)
    public Measurement measure(CouncilId council, IndicatorCode code, Period period) {
        if (code == IndicatorCode.T8) {
            LocalDate asOf = asOf(period);
            List<DatasetCurrencyRows.Row> rows = current(council, period);
            long current = rows.stream()
                    .filter(r -> r.frequency().isCurrent(r.lastPublished(), asOf))
                    .count();
            return rows.isEmpty() ? Measurement.noData() : Measurement.share(current, rows.size());
        }
        Connections connections = connections(council, code, period);
        return Measurement.count(connections.bodies().size())
                .with("apiKeysInUse", connections.apiKeys().size())
                .with("edxmlExchanges", connections.packages().size())
                .with("petitionsTransferred", connections.transfers().size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period) {
        String slug = councils.require(council).slug();
        if (code == IndicatorCode.T8) {
            LocalDate asOf = asOf(period);
            return current(council, period).stream()
                    .map(r -> new Evidence(
                            "dataset",
                            r.id().toString(),
                            r.title() + " · " + ChronoUnit.DAYS.between(r.lastPublished(), asOf) + " ngày",
                            r.lastPublished(),
                            r.frequency().isCurrent(r.lastPublished(), asOf),
                            true,
                            "/" + slug + "/du-lieu-mo/" + r.id()))
                    .toList();
        }
        return connections(council, code, period).bodies().values().stream()
                .sorted(Comparator.comparing(Body::lastDay).reversed().thenComparing(Body::name))
                .map(b -> new Evidence(
                        "body",
                        VnText.fold(b.name()),
                        b.name() + " · " + String.join(", ", b.ways()),
                        b.lastDay(),
                        true,
                        false,
                        "/app/councils/" + slug + b.page()))
                .toList();
    }

    /** The day a period's currency is judged on: its last day, or today while it runs. */
    private LocalDate asOf(Period period) {
        LocalDate today = VnTime.today(clock);
        return period.end().isAfter(today) ? today : period.end();
    }

    private List<DatasetCurrencyRows.Row> current(CouncilId council, Period period) {
        LocalDate asOf = asOf(period);
        return asOf.isBefore(period.start()) ? List.of() : datasets.publishedBy(council, KEPT_CURRENT, asOf);
    }

    /** An outside body, what connected it, when last, and the workspace page that shows it. */
    private record Body(String name, Set<String> ways, LocalDate lastDay, String page) {

        Body joined(String way, LocalDate day) {
            Set<String> more = new LinkedHashSet<>(ways);
            more.add(way);
            return new Body(name, more, day.isAfter(lastDay) ? day : lastDay, page);
        }
    }

    private record Connections(
            Map<String, Body> bodies,
            List<ApiKeys.Use> apiKeys,
            List<EdxmlExports.Export> packages,
            List<PetitionIssues.Transfer> transfers) {}

    private Connections connections(CouncilId council, IndicatorCode code, Period period) {
        if (code != IndicatorCode.T10) {
            throw new IllegalArgumentException("open data does not measure " + code);
        }
        LocalDate from = period.start();
        LocalDate to = period.end();
        List<ApiKeys.Use> keys = apiKeys.usedBetween(council, from, to);
        List<EdxmlExports.Export> packages = edxml.between(council, from, to);
        List<PetitionIssues.Transfer> transfers = issues.transferredBetween(council, from, to);
        Map<String, Body> bodies = new LinkedHashMap<>();
        for (ApiKeys.Use key : keys) {
            add(
                    bodies,
                    key.name(),
                    "khóa API",
                    key.lastDay(),
                    "/users/" + key.userId().value());
        }
        for (EdxmlExports.Export export : packages) {
            LocalDate day = export.exportedAt().atZone(VnTime.ZONE).toLocalDate();
            for (EdxmlMessage.Organisation organisation : export.recipients()) {
                String name = organisation.organName().isBlank() ? organisation.organId() : organisation.organName();
                add(
                        bodies,
                        name,
                        "eDXML",
                        day,
                        "/documents/" + export.document().value());
            }
        }
        for (PetitionIssues.Transfer transfer : transfers) {
            add(
                    bodies,
                    transfer.bodyName(),
                    "chuyển kiến nghị",
                    transfer.transferredOn(),
                    "/petitions/issues/" + transfer.issueId());
        }
        return new Connections(bodies, keys, packages, transfers);
    }

    private static void add(Map<String, Body> bodies, String name, String way, LocalDate day, String page) {
        String clean = VnText.normalize(name);
        bodies.merge(
                VnText.fold(clean), new Body(clean, Set.of(way), day, page), (known, again) -> known.joined(way, day));
    }
}
