package vn.hdndso.sessions;

import java.time.Instant;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A session closed: its agenda, attendance and results are final; the minutes can be drawn up. */
public record SessionClosed(
        CouncilId council,
        SessionId session,
        String title,
        SessionKind kind,
        Instant startsAt,
        Instant closedAt,
        int agendaItems,
        int motionsPassed,
        int delegatesPresent,
        int totalDelegates,
        boolean publicVisible)
        implements CouncilEvent {}
