package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/** The standing committee's views of the issues: figures, the carried-over backlog, city-level groups. */
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

    List<PetitionIssues.CityLevelGroup> cityLevelGroups() {
        List<IssueQueries.Candidate> all = queries.cityLevelEverywhere();
        List<List<IssueQueries.Candidate>> groups = new ArrayList<>();
        List<Set<String>> fingerprints = new ArrayList<>();
        for (IssueQueries.Candidate c : all) {
            Set<String> fp = TextFeatures.fingerprint(c.text().replace('\u001f', ' '));
            int best = -1;
            double bestSimilarity = 0;
            for (int g = 0; g < groups.size(); g++) {
                double s = TextFeatures.similarity(fp, fingerprints.get(g));
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = g;
                }
            }
            if (best >= 0 && bestSimilarity >= properties.suggestThreshold()) {
                groups.get(best).add(c);
            } else {
                groups.add(new ArrayList<>(List.of(c)));
                fingerprints.add(fp);
            }
        }
        return groups.stream()
                .map(g -> new PetitionIssues.CityLevelGroup(
                        g.get(0).title(),
                        g.get(0).field(),
                        g.stream()
                                .mapToInt(IssueQueries.Candidate::petitionCount)
                                .sum(),
                        g.stream()
                                .map(c -> councils.require(c.council()).name())
                                .distinct()
                                .toList(),
                        g.stream().map(IssueQueries.Candidate::id).toList()))
                .sorted((a, b) -> Integer.compare(b.petitionCount(), a.petitionCount()))
                .toList();
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
