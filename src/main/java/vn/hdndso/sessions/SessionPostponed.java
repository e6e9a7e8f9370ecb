package vn.hdndso.sessions;

import java.time.Instant;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A session was postponed: a notice to every delegate of the term is due (the notification
 * channels deliver it from this event).
 *
 * @param delegates how many delegates are to be told
 */
public record SessionPostponed(
        CouncilId council,
        SessionId session,
        String title,
        Instant previousStart,
        Instant newStart,
        String reason,
        int delegates,
        boolean publicVisible)
        implements CouncilEvent {}
