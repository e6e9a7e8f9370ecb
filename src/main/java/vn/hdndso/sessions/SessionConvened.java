package vn.hdndso.sessions;

import java.time.Instant;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A session was convened: it is public from now on and the delegates were invited. */
public record SessionConvened(
        CouncilId council,
        SessionId session,
        String title,
        SessionKind kind,
        Instant startsAt,
        String place,
        int delegatesInvited,
        boolean publicVisible)
        implements CouncilEvent {}
