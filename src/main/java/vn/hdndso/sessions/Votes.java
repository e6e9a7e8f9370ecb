package vn.hdndso.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Votes on motions: opened and closed by the standing committee; while open each delegate votes
 * YES, NO or ABSTAIN and may change their vote; the result counts against all delegates of the
 * term, and at closing the entitled delegates and every named vote are stored. Sessions without
 * devices enter the counts of a show of hands (analog). Every ballot is in the audit trail.
 */
public interface Votes {

    /** A named vote as published after closing. */
    record NamedVote(UUID delegateId, String delegateName, VoteChoice choice, Instant castAt) {}

    /** Opens the vote on a motion of a session in progress. */
    Tally open(CouncilId council, SessionId sessionId, AgendaItemId itemId);

    /**
     * A delegate's vote; replaces their earlier vote while the vote is open.
     *
     * @throws org.springframework.security.access.AccessDeniedException if the user is not a
     *     delegate of the council's term (403)
     * @throws vn.hdndso.shared.BusinessRuleException if the vote is not open (409)
     * @throws vn.hdndso.shared.InvalidInputException if the item is not a motion (400)
     */
    Tally cast(CouncilId council, SessionId sessionId, AgendaItemId itemId, UUID userId, @Nullable VoteChoice choice);

    /** Closes the vote: the entitled delegates and named votes are stored, the result is final. */
    Tally close(CouncilId council, SessionId sessionId, AgendaItemId itemId);

    /** Enters the result of a show of hands for a motion not voted electronically. */
    Tally recordAnalog(
            CouncilId council,
            SessionId sessionId,
            AgendaItemId itemId,
            @Nullable Integer yes,
            @Nullable Integer no,
            @Nullable Integer abstain);

    /**
     * The tally as anyone who may see the session sees it: live while open, final once closed.
     * Runs its own transactions (call it outside one, or in the staff scope).
     */
    Tally tally(CouncilId council, SessionId sessionId, AgendaItemId itemId);

    /**
     * Named votes, once the vote is closed; while it is open nobody (staff included) sees names,
     * only counts: the list is empty. A delegate reads their own choice with {@link #choiceOf}.
     */
    List<NamedVote> namedVotes(CouncilId council, SessionId sessionId, AgendaItemId itemId);

    /** Who was entitled when the vote closed. */
    List<String> entitled(CouncilId council, SessionId sessionId, AgendaItemId itemId);

    /** The signed-in delegate's current vote on an item, if any. */
    @Nullable
    VoteChoice choiceOf(CouncilId council, AgendaItemId itemId, UUID userId);
}
