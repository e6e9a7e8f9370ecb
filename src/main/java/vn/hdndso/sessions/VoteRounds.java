package vn.hdndso.sessions;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Re-opening a closed vote: only by an explicit action of the chair or the clerk with a reason,
 * while the sitting is in progress, and audited. The earlier round's result and named ballots are
 * kept as a round of the item's history; the new round starts open and empty.
 */
public interface VoteRounds {

    /** An earlier round of a vote that was re-opened. */
    record Round(
            int round,
            VoteMode mode,
            int yes,
            int no,
            int abstain,
            int totalDelegates,
            boolean passed,
            @Nullable Instant closedAt,
            String reopenedBy,
            Instant reopenedAt,
            String reason,
            List<Votes.NamedVote> ballots) {}

    /** Re-opens a closed vote; the reason is required. */
    Tally reopen(CouncilId council, SessionId session, AgendaItemId item, @Nullable String reason);

    /** The earlier rounds of an item's vote, oldest first. */
    List<Round> rounds(CouncilId council, SessionId session, AgendaItemId item);
}
