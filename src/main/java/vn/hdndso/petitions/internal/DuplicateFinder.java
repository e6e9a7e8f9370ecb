package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hdndso.petitions.DuplicateSuggestion;
import vn.hdndso.shared.CouncilId;

/**
 * Finds the open petition issues of a council that ask for the same thing as a text: an issue is
 * as similar as its most similar petition. Call inside a transaction in the council's staff scope.
 */
@Component
public class DuplicateFinder {

    private final IssueRepository issues;

    DuplicateFinder(IssueRepository issues) {
        this.issues = issues;
    }

    public List<DuplicateSuggestion> similar(CouncilId council, String text, double threshold, int limit) {
        Set<String> fingerprint = TextFeatures.fingerprint(text);
        List<DuplicateSuggestion> found = new ArrayList<>();
        for (IssueRepository.Candidate candidate : issues.candidates(council)) {
            double best = 0;
            for (String member : candidate.text().split("\u001f")) {
                best = Math.max(best, TextFeatures.similarity(fingerprint, TextFeatures.fingerprint(member)));
            }
            if (best >= threshold) {
                found.add(new DuplicateSuggestion(candidate.id(), candidate.title(), candidate.petitionCount(), best));
            }
        }
        found.sort(Comparator.comparingDouble(DuplicateSuggestion::similarity).reversed());
        return found.size() > limit ? found.subList(0, limit) : found;
    }
}
