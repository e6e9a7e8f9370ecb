package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.petitions.DuplicateSuggestion;
import vn.hdndso.shared.CouncilId;

/**
 * Finds the open petition issues of a council that ask for the same thing as a text: an issue is
 * as similar as its most similar petition ({@link Likeness}: words, and the places they name).
 *
 * <p>Each council has a {@link DuplicateIndex} in memory, built from the database on first use; it
 * only shortlists issues. The shortlist is then verified against the database in the caller's
 * transaction (still open, not a complaint, scored exactly against every petition of the issue), so
 * an entry of a rolled-back submission or of an issue closed, merged away or answered meanwhile is
 * never suggested. A new petition enters the index once its transaction commits; a merge, split or
 * anonymisation drops the council's index, rebuilt on the next submission. The index is per node,
 * like the submission limits. Call inside a transaction in the council's staff scope.
 */
@Component
class DuplicateFinder {

    /** How many issues the index shortlists per wanted suggestion. */
    private static final int SHORTLIST_FACTOR = 8;

    private final IssueQueries issues;
    private final Map<CouncilId, CouncilIndex> indexes = new ConcurrentHashMap<>();

    DuplicateFinder(IssueQueries issues) {
        this.issues = issues;
    }

    /** One council's index and the issue of each cluster number. */
    private static final class CouncilIndex {
        final DuplicateIndex index = new DuplicateIndex();
        final Map<UUID, Integer> clusters = new HashMap<>();
        final List<UUID> issueIds = new ArrayList<>();

        synchronized void add(UUID issueId, Set<String> fingerprint) {
            Integer cluster = clusters.get(issueId);
            if (cluster == null) {
                cluster = issueIds.size();
                issueIds.add(issueId);
                clusters.put(issueId, cluster);
            }
            index.add(cluster, fingerprint);
        }

        synchronized List<UUID> shortlist(Set<String> fingerprint, double threshold, int limit) {
            return index.similar(fingerprint, threshold, limit).stream()
                    .map(match -> issueIds.get(match.cluster()))
                    .toList();
        }
    }

    List<DuplicateSuggestion> similar(CouncilId council, String text, double threshold, int limit) {
        return similar(council, Likeness.Profile.of(text), threshold, limit);
    }

    /** As {@link #similar(CouncilId, String, double, int)}, for a text already read (the intake reads it once). */
    List<DuplicateSuggestion> similar(CouncilId council, Likeness.Profile profile, double threshold, int limit) {
        Set<UUID> shortlist = new LinkedHashSet<>(
                index(council).shortlist(profile.fingerprint(), threshold, Math.max(limit * SHORTLIST_FACTOR, 16)));
        List<DuplicateSuggestion> found = new ArrayList<>();
        for (IssueQueries.Candidate candidate : issues.openAmong(council, shortlist)) {
            double best = 0;
            for (String member : IssueQueries.members(candidate)) {
                best = Math.max(best, Likeness.between(profile, Likeness.Profile.of(member)));
            }
            if (best >= threshold) {
                found.add(new DuplicateSuggestion(candidate.id(), candidate.title(), candidate.petitionCount(), best));
            }
        }
        found.sort(Comparator.comparingDouble(DuplicateSuggestion::similarity).reversed());
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** A petition joined (or opened) an issue: indexed once the transaction commits. */
    void added(CouncilId council, UUID issueId, Likeness.Profile profile) {
        afterCommit(() -> {
            CouncilIndex index = indexes.get(council);
            if (index != null) {
                index.add(issueId, profile.fingerprint());
            }
        });
    }

    /** Issues of the council were merged, split or changed: the index is rebuilt on next use. */
    void changed(CouncilId council) {
        indexes.remove(council);
        afterCommit(() -> indexes.remove(council));
    }

    private CouncilIndex index(CouncilId council) {
        CouncilIndex index = indexes.get(council);
        if (index != null) {
            return index;
        }
        CouncilIndex built = new CouncilIndex();
        for (IssueQueries.Candidate candidate : issues.candidates(council)) {
            for (String member : IssueQueries.members(candidate)) {
                built.add(candidate.id(), Likeness.Profile.of(member).fingerprint());
            }
        }
        CouncilIndex raced = indexes.putIfAbsent(council, built);
        return raced == null ? built : raced;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
