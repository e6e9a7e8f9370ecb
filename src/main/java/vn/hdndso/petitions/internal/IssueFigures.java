package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/** The standing committee's views of the issues: figures and the carried-over backlog. */
@Component
class IssueFigures {

    private final IssueRepository issues;
    private final IssueQueries queries;
    private final FilteredFigures filtered;
    private final PetitionRepository petitions;
    private final Councils councils;
    private final PetitionsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssueFigures(
            IssueRepository issues,
            IssueQueries queries,
            FilteredFigures filtered,
            PetitionRepository petitions,
            Councils councils,
            PetitionsProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.issues = issues;
        this.queries = queries;
        this.filtered = filtered;
        this.petitions = petitions;
        this.councils = councils;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    PetitionIssues.Statistics statistics(CouncilId council, Map<String, Long> meetingsByFormat) {
        Map<String, Long> status = counts(queries.countByStatus(council));
        long[] timeliness = queries.timeliness(council);
        long overdue = queries.count(council, IssueQueries.Filter.of(PetitionIssues.Filter.overdueOnly(), today()));
        long backlog = status.getOrDefault("OPEN", 0L) + status.getOrDefault("TRANSFERRED", 0L);
        long all = petitions.count(council, false);
        return new PetitionIssues.Statistics(
                all,
                status.values().stream().mapToLong(Long::longValue).sum(),
                all - petitions.count(council, true),
                counts(petitions.countBy(council, "field")),
                counts(petitions.countBy(council, "level")),
                counts(petitions.countBy(council, "channel")),
                counts(petitions.countBy(council, "area")),
                status,
                timeliness[0],
                timeliness[1],
                overdue,
                backlog,
                meetingsByFormat);
    }

    /** The figures of exactly the issues a list shows (the same filter), and of their petitions. */
    PetitionIssues.Statistics statistics(
            CouncilId council, IssueQueries.Filter filter, Map<String, Long> meetingsByFormat) {
        return filtered.of(council, filter, meetingsByFormat);
    }

    int carryOver(CouncilId council) {
        int carried = issues.carryOver(council, PetitionIssue.periodOf(today()));
        if (carried > 0) {
            events.publishEvent(AuditEvent.of(council, "petitions.issue.carriedOver", "council", council.value())
                    .with("issues", carried));
        }
        return carried;
    }

    private java.time.LocalDate today() {
        return VnTime.today(clock);
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : rows) {
            out.put(row[0] == null || ((String) row[0]).isEmpty() ? "—" : (String) row[0], (Long) row[1]);
        }
        return out;
    }
}
