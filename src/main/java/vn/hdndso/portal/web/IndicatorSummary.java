package vn.hdndso.portal.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hdndso.plans.IndicatorStatus;

/**
 * How many of a council's indicators stand where: met, on track, at risk, not met, without data —
 * the council home's summary and the head of its indicator page.
 */
record IndicatorSummary(List<Count> counts, int total) {

    /** One status and how many indicators have it. */
    record Count(IndicatorStatus status, long count) {
        public String statusKey() {
            return status.messageKey();
        }

        public String statusClass() {
            return IndicatorCard.statusClass(status);
        }
    }

    static IndicatorSummary of(List<IndicatorStatus> statuses) {
        Map<IndicatorStatus, Long> counts = new EnumMap<>(IndicatorStatus.class);
        for (IndicatorStatus s : statuses) {
            counts.merge(s, 1L, Long::sum);
        }
        List<Count> list = new ArrayList<>();
        for (IndicatorStatus s : IndicatorStatus.values()) {
            list.add(new Count(s, counts.getOrDefault(s, 0L)));
        }
        return new IndicatorSummary(list, statuses.size());
    }
}
