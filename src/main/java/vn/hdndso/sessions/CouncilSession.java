package vn.hdndso.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

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

    /** Whether the public may see it (from the convening on). */
    public boolean isPublic() {
        return state != SessionState.PLANNED;
    }

    public boolean isClosed() {
        return state == SessionState.CLOSED;
    }
}
