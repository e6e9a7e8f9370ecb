package vn.hdndso.sessions;

import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * Attendance at a session, counted against all delegates of the term: delegates check themselves
 * in, the clerk checks them in or out or records them absent (with or without leave), from the
 * convening until the closing.
 */
public interface Attendances {

    /** Attendance against all delegates of the term; quorum is more than half of them present. */
    record Attendance(int present, int totalDelegates, boolean quorum, List<Attendee> delegates) {}

    /** One delegate of the roll, whether they are checked in, and what the clerk recorded. */
    record Attendee(UUID delegateId, String fullName, boolean present, boolean hasAccount, AttendanceStatus status) {}

    /** Per delegate of the term: sessions attended and votes cast (for KPIs). */
    record DelegateStatistics(UUID delegateId, String fullName, int sessionsAttended, int votesCast) {}

    /** A delegate checks themself in; 403 for a user who is not a delegate of the term. */
    Attendance checkInSelf(CouncilId council, SessionId id, UUID userId);

    /** The clerk checks a delegate in (or out, with {@code present} false). */
    Attendance mark(CouncilId council, SessionId id, UUID delegateId, boolean present);

    /**
     * The clerk records one delegate as present, absent or absent with leave ({@link
     * AttendanceStatus#NOT_RECORDED} clears what was recorded), from the convening until the
     * closing; a delegate not on the roll is 404.
     */
    Attendance record(CouncilId council, SessionId id, UUID delegateId, AttendanceStatus status);

    Attendance attendance(CouncilId council, SessionId id);

    List<DelegateStatistics> statistics(CouncilId council);
}
