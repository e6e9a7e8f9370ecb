package vn.hdndso.sessions;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;

/**
 * A session or meeting of a council.
 *
 * @param onlineUrl a conferencing link for delegates who join from afar (any service)
 * @param livestreamUrl where the public watches live
 * @param recordingUrl an external stream or archive of the recording, instead of an upload
 */
public record CouncilSession(
        SessionId id,
        CouncilId council,
        String title,
        SessionKind kind,
        Instant startsAt,
        @Nullable String place,
        @Nullable String onlineUrl,
        @Nullable String livestreamUrl,
        @Nullable String recordingUrl,
        SessionState state,
        boolean demo,
        @Nullable Instant convenedAt,
        @Nullable Instant closedAt) {

    /** When it starts, in Vietnam's time. */
    public ZonedDateTime localStart() {
        return startsAt.atZone(VnTime.ZONE);
    }

    /** Whether the public may see it (from the convening on; cancelled only if it had been convened). */
    public boolean isPublic() {
        return state != SessionState.PLANNED && (state != SessionState.CANCELLED || convenedAt != null);
    }

    public boolean isClosed() {
        return state == SessionState.CLOSED;
    }

    public boolean isCancelled() {
        return state == SessionState.CANCELLED;
    }

    /** Whether the session itself may still be edited, postponed or cancelled (the sitting has not opened). */
    public boolean isChangeable() {
        return state == SessionState.PLANNED || state == SessionState.CONVENED;
    }

    /**
     * The session with a new title, kind, start and place, before the sitting opens. A start
     * already convened may only move through {@link #postponed}, which tells the delegates.
     */
    public CouncilSession edited(String newTitle, SessionKind newKind, Instant newStart, @Nullable String newPlace) {
        state.requireNotStarted();
        if (state == SessionState.CONVENED && !newStart.equals(startsAt)) {
            throw InvalidInputException.of("startsAt", "sessions.change.convenedUsePostpone");
        }
        return new CouncilSession(
                id,
                council,
                newTitle,
                newKind,
                newStart,
                newPlace,
                onlineUrl,
                livestreamUrl,
                recordingUrl,
                state,
                demo,
                convenedAt,
                closedAt);
    }

    /** The session moved to a later start, before the sitting opens; the new start lies ahead of {@code now}. */
    public CouncilSession postponed(Instant newStart, Instant now) {
        state.requireNotStarted();
        if (!newStart.isAfter(startsAt)) {
            throw InvalidInputException.of("startsAt", "sessions.postpone.notLater");
        }
        if (!newStart.isAfter(now)) {
            throw InvalidInputException.of("startsAt", "sessions.postpone.past");
        }
        return new CouncilSession(
                id,
                council,
                title,
                kind,
                newStart,
                place,
                onlineUrl,
                livestreamUrl,
                recordingUrl,
                state,
                demo,
                convenedAt,
                closedAt);
    }

    /** The session cancelled before the sitting opens (it stays public once convened, marked as cancelled). */
    public CouncilSession cancelled() {
        state.requireNotStarted();
        return with(SessionState.CANCELLED, recordingUrl, convenedAt, null);
    }

    /** The planned session convened at {@code at}; refused in any other state. */
    public CouncilSession convened(Instant at) {
        state.requireConvenable();
        return with(SessionState.CONVENED, recordingUrl, at, null);
    }

    /** The convened session in progress; refused in any other state. */
    public CouncilSession started() {
        state.requireStartable();
        return with(SessionState.IN_PROGRESS, recordingUrl, convenedAt, null);
    }

    /** The session closed at {@code at}; refused if it is closed already. */
    public CouncilSession closed(Instant at) {
        state.requireNotClosed();
        return with(SessionState.CLOSED, recordingUrl, convenedAt, at);
    }

    /** The session with a link to an external recording (null clears it). */
    public CouncilSession withRecordingUrl(@Nullable String url) {
        return with(state, url, convenedAt, closedAt);
    }

    private CouncilSession with(
            SessionState newState, @Nullable String recording, @Nullable Instant convened, @Nullable Instant closed) {
        return new CouncilSession(
                id,
                council,
                title,
                kind,
                startsAt,
                place,
                onlineUrl,
                livestreamUrl,
                recording,
                newState,
                demo,
                convened,
                closed);
    }
}
