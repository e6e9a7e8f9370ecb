package vn.hdndso.sessions;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
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

    /** Whether the public may see it (from the convening on). */
    public boolean isPublic() {
        return state != SessionState.PLANNED;
    }

    public boolean isClosed() {
        return state == SessionState.CLOSED;
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
