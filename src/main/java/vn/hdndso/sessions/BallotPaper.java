package vn.hdndso.sessions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;

/**
 * One delegate's secret ballot paper, without the delegate: a choice on a motion, the candidates
 * chosen in an election, or a level for every person in a confidence vote. A paper that breaks the
 * rules of its ballot is refused whole before anything is stored (an electronic ballot cannot be
 * spoilt by mistake); its stored form ({@link #marks()}) is canonical, sorted, so it carries nothing
 * about the moment or the order in which it was filled in.
 */
public record BallotPaper(@Nullable VoteChoice choice, Set<UUID> chosen, Map<UUID, ConfidenceLevel> ratings) {

    public BallotPaper {
        chosen = Set.copyOf(chosen);
        ratings = Map.copyOf(ratings);
    }

    public static BallotPaper motion(@Nullable VoteChoice choice) {
        return new BallotPaper(choice, Set.of(), Map.of());
    }

    public static BallotPaper election(Set<UUID> chosen) {
        return new BallotPaper(null, chosen, Map.of());
    }

    public static BallotPaper confidence(Map<UUID, ConfidenceLevel> ratings) {
        return new BallotPaper(null, Set.of(), ratings);
    }

    /**
     * Checks the paper against its ballot: a motion needs YES, NO or ABSTAIN; an election at most
     * {@code seats} of its own candidates (none is a valid paper that agrees with nobody); a
     * confidence vote one level for each of its people and nobody else.
     */
    public void check(BallotKind kind, int seats, List<UUID> candidates) {
        var problems = new InvalidInputException.Collector();
        switch (kind) {
            case MOTION -> {
                if (choice == null) {
                    problems.add("choice", "sessions.vote.choice.required");
                }
            }
            case ELECTION -> {
                if (!candidates.containsAll(chosen)) {
                    problems.add("candidates", "votes.paper.unknownCandidate");
                } else if (chosen.size() > seats) {
                    problems.add("candidates", "votes.paper.tooManyChosen", seats);
                }
            }
            case CONFIDENCE -> {
                if (!candidates.containsAll(ratings.keySet())) {
                    problems.add("ratings", "votes.paper.unknownCandidate");
                } else if (!ratings.keySet().containsAll(candidates)) {
                    problems.add("ratings", "votes.paper.everyoneRated");
                }
            }
        }
        problems.throwIfAny();
    }

    /** The paper as stored: "YES"; the chosen ids sorted, comma-separated; or "id=LEVEL" sorted by id. */
    public String marks(BallotKind kind) {
        return switch (kind) {
            case MOTION -> java.util.Objects.requireNonNull(choice, "checked").name();
            case ELECTION ->
                String.join(
                        ",", new TreeSet<>(chosen.stream().map(UUID::toString).toList()));
            case CONFIDENCE -> {
                var sorted = new TreeMap<String, String>();
                ratings.forEach((id, level) -> sorted.put(id.toString(), level.name()));
                List<String> parts = new ArrayList<>();
                sorted.forEach((id, level) -> parts.add(id + "=" + level));
                yield String.join(",", parts);
            }
        };
    }

    /** A stored paper read back. */
    public static BallotPaper of(BallotKind kind, String marks) {
        return switch (kind) {
            case MOTION -> motion(VoteChoice.valueOf(marks));
            case ELECTION -> {
                Set<UUID> ids = new HashSet<>();
                for (String id : marks.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(UUID.fromString(id));
                    }
                }
                yield election(ids);
            }
            case CONFIDENCE -> {
                Map<UUID, ConfidenceLevel> levels = new LinkedHashMap<>();
                for (String part : marks.split(",")) {
                    if (!part.isBlank()) {
                        String[] pair = part.split("=", 2);
                        levels.put(UUID.fromString(pair[0]), ConfidenceLevel.valueOf(pair[1]));
                    }
                }
                yield confidence(levels);
            }
        };
    }
}
