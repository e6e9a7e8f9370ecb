package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import vn.hdndso.shared.CouncilId;

/**
 * How the city-level issues of all councils fall into groups (what the city council's office
 * forwards to the city as one request): each issue, in the order the issues came, joins the group
 * whose first issue it is most alike, if at least {@code threshold} alike (ties: the older group),
 * and otherwise starts a group of its own. A group keeps the fingerprint of the issue that started
 * it, so an issue grouped once stays put until it changes, and a new issue is compared with the
 * groups only, not with every issue.
 */
final class CityGrouping {

    private CityGrouping() {}

    /** A group as the issues are compared with it: the fingerprint of the issue that started it. */
    record Group(UUID id, HashedFingerprint fingerprint) {}

    /** An issue to place: new at the city level, or changed since it was placed. */
    record Issue(UUID id, CouncilId council, HashedFingerprint fingerprint) {}

    /** A group started by {@code first}. */
    record Started(Group group, Issue first) {}

    record Placement(UUID issue, UUID group) {}

    record Result(List<Placement> placements, List<Started> started) {}

    /**
     * Places the issues (in the order given) among the groups (oldest first).
     *
     * @param newGroupId the id of a group an issue starts
     */
    static Result place(List<Group> groups, List<Issue> issues, double threshold, Supplier<UUID> newGroupId) {
        List<Group> all = new ArrayList<>(groups);
        List<Placement> placements = new ArrayList<>(issues.size());
        List<Started> started = new ArrayList<>();
        for (Issue issue : issues) {
            Group best = null;
            double bestSimilarity = 0;
            for (Group group : all) {
                double s = issue.fingerprint().similarity(group.fingerprint());
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = group;
                }
            }
            if (best == null || bestSimilarity < threshold) {
                best = new Group(newGroupId.get(), issue.fingerprint());
                all.add(best);
                started.add(new Started(best, issue));
            }
            placements.add(new Placement(issue.id(), best.id()));
        }
        return new Result(placements, started);
    }
}
