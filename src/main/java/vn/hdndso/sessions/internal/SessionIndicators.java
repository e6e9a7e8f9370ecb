package vn.hdndso.sessions.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.indicators.Evidence;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.IndicatorSource;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

/**
 * T2, the digital share of the papers of the sessions held in the period, and T3, the share of
 * the sessions closed in it with a published recording, with those streamed live
 * (docs/indicator-sources.md).
 */
@Component
class SessionIndicators implements IndicatorSource {

    private final SessionIndicatorRows rows;
    private final Councils councils;

    SessionIndicators(SessionIndicatorRows rows, Councils councils) {
        this.rows = rows;
        this.councils = councils;
    }

    @Override
    public Set<IndicatorCode> codes() {
        return Set.of(IndicatorCode.T2, IndicatorCode.T3);
    }

    @Override
    @Transactional(readOnly = true)
    public Measurement measure(CouncilId council, IndicatorCode code, Period period) {
        if (code == IndicatorCode.T2) {
            List<SessionIndicatorRows.Paper> papers = papers(council, period);
            long digital =
                    papers.stream().filter(SessionIndicatorRows.Paper::digital).count();
            return papers.isEmpty() ? Measurement.noData() : Measurement.share(digital, papers.size());
        }
        List<SessionIndicatorRows.Closed> closed = closed(council, code, period);
        if (closed.isEmpty()) {
            return Measurement.noData();
        }
        long recorded =
                closed.stream().filter(SessionIndicatorRows.Closed::recorded).count();
        long livestreamed = closed.stream()
                .filter(SessionIndicatorRows.Closed::livestreamed)
                .count();
        return Measurement.share(recorded, closed.size()).with("livestreamed", livestreamed);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> evidence(CouncilId council, IndicatorCode code, Period period) {
        String slug = councils.require(council).slug();
        if (code == IndicatorCode.T2) {
            return papers(council, period).stream()
                    .map(p -> p.digital()
                            ? new Evidence(
                                    "packDocument",
                                    p.id().toString(),
                                    p.title(),
                                    p.day(),
                                    true,
                                    false,
                                    "/app/councils/" + slug + "/sessions/" + p.session() + "/pack")
                            : new Evidence(
                                    "agendaItem",
                                    p.id().toString(),
                                    p.title(),
                                    p.day(),
                                    false,
                                    true,
                                    "/" + slug + "/ky-hop/" + p.session()))
                    .toList();
        }
        return closed(council, code, period).stream()
                .map(s -> new Evidence(
                        "session",
                        s.id().toString(),
                        s.title(),
                        s.closedOn(),
                        s.recorded(),
                        true,
                        "/" + slug + "/ky-hop/" + s.id()))
                .toList();
    }

    private List<SessionIndicatorRows.Paper> papers(CouncilId council, Period period) {
        return rows.papersOfSessionsHeldBetween(council, period.start(), period.end());
    }

    private List<SessionIndicatorRows.Closed> closed(CouncilId council, IndicatorCode code, Period period) {
        if (code != IndicatorCode.T3) {
            throw new IllegalArgumentException("sessions do not measure " + code);
        }
        return rows.closedBetween(council, period.start(), period.end());
    }
}
