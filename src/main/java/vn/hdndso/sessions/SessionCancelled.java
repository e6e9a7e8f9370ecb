package vn.hdndso.sessions;

import java.time.Instant;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A session was cancelled before its sitting opened: every delegate of the term is to be told. */
public record SessionCancelled(
        CouncilId council,
        SessionId session,
        String title,
        Instant startsAt,
        String reason,
        int delegates,
        boolean publicVisible)
        implements CouncilEvent {}
