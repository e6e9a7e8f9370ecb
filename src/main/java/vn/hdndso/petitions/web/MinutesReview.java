package vn.hdndso.petitions.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.hdndso.petitions.VoterMeetings;

/**
 * What the clerk confirmed on the review page: dropped proposals left out, a proposal marked
 * "merge" appended to the kept one above it (texts joined, voters together, the first area kept).
 */
final class MinutesReview {

    private MinutesReview() {}

    static List<VoterMeetings.Raised> confirmed(List<MinutesPagesController.Row> rows) {
        List<String> texts = new ArrayList<>();
        List<Set<String>> voters = new ArrayList<>();
        List<String> areas = new ArrayList<>();
        for (MinutesPagesController.Row row : rows) {
            if (row.drop() || row.text().isBlank()) {
                continue;
            }
            Set<String> names = names(row.voters());
            if (row.merge() && !texts.isEmpty()) {
                int last = texts.size() - 1;
                texts.set(last, texts.get(last) + " " + row.text().strip());
                voters.get(last).addAll(names);
                if (areas.get(last).isBlank()) {
                    areas.set(last, row.area().strip());
                }
            } else {
                texts.add(row.text().strip());
                voters.add(names);
                areas.add(row.area().strip());
            }
        }
        List<VoterMeetings.Raised> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String who = String.join(", ", voters.get(i));
            out.add(new VoterMeetings.Raised(
                    texts.get(i), who.isEmpty() ? null : who, areas.get(i).isEmpty() ? null : areas.get(i)));
        }
        return out;
    }

    private static Set<String> names(String voters) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : voters.split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }
}
