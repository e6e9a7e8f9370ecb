package vn.hdndso.sessions;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Changes to a session before its sitting opens: edited (title, kind, start, place), postponed
 * to a later start with a reason (the delegates are told: {@link SessionPostponed}), cancelled
 * with a reason ({@link SessionCancelled}; it stays in the calendar and OParl, marked cancelled),
 * agenda items removed (the others renumbered). Every change is kept with who made it and why.
 */
public interface SessionChanges {

    /** Edits the session; a convened session's start moves only by {@link #postpone}. */
    CouncilSession edit(CouncilId council, SessionId id, SessionEdit edit);

    /** Moves the session to a later start; the reason is required. */
    CouncilSession postpone(CouncilId council, SessionId id, @Nullable Instant startsAt, @Nullable String reason);

    /** Cancels the session; the reason is required. */
    CouncilSession cancel(CouncilId council, SessionId id, @Nullable String reason);

    /** Removes an item not yet voted on, before the sitting opens; the rest are renumbered 1..n. */
    List<AgendaItem> removeItem(CouncilId council, SessionId id, AgendaItemId item);

    /** The changes made to the session, oldest first. */
    List<SessionChange> history(CouncilId council, SessionId id);

    /** The reason of the cancellation, if the session is cancelled. */
    @Nullable
    String cancellationReason(CouncilId council, SessionId id);
}
