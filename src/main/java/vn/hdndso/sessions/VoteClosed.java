package vn.hdndso.sessions;

import java.time.Instant;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A motion's vote closed with its final count; public, as are the named votes from now on. */
public record VoteClosed(
        CouncilId council,
        SessionId session,
        AgendaItemId item,
        String sessionTitle,
        String itemTitle,
        Majority majority,
        VoteMode mode,
        int yes,
        int no,
        int abstain,
        int totalDelegates,
        boolean passed,
        Instant closedAt,
        boolean publicVisible)
        implements CouncilEvent {}
