package vn.hdndso.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A secret ballot on an agenda item as anyone who may see the session sees it. While it is open
 * only the number of delegates who have voted is known (no counts per choice: they would tell who
 * voted what as each ballot comes in); the result comes with closing.
 *
 * @param seats for an election, how many are elected (a paper chooses at most this many)
 * @param totalDelegates all delegates of the term (entitled at closing, once closed)
 * @param voted delegates who have cast their ballot
 * @param result the count, once closed
 */
public record SecretBallot(
        AgendaItemId itemId,
        SessionId sessionId,
        BallotKind kind,
        int seats,
        VoteState state,
        List<Candidate> candidates,
        int totalDelegates,
        int voted,
        @Nullable Instant openedAt,
        @Nullable Instant closedAt,
        @Nullable SecretResult result) {

    public SecretBallot {
        candidates = List.copyOf(candidates);
    }

    /** A person on the ballot: a candidate in an election, a person rated in a confidence vote. */
    public record Candidate(
            UUID id,
            int position,
            String fullName,
            @Nullable String office) {}

    public List<UUID> candidateIds() {
        return candidates.stream().map(Candidate::id).toList();
    }

    public boolean isOpen() {
        return state == VoteState.OPEN;
    }

    public boolean isClosed() {
        return state == VoteState.CLOSED;
    }
}
