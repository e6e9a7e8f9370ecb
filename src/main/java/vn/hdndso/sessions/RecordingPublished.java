package vn.hdndso.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A session's recording was published: an uploaded video ({@code sha256} set) or an external
 * stream or archive ({@code externalUrl} set). Public when the session is.
 */
public record RecordingPublished(
        CouncilId council,
        SessionId session,
        String sessionTitle,
        @Nullable String sha256,
        long size,
        @Nullable String externalUrl,
        Instant publishedAt,
        boolean publicVisible)
        implements CouncilEvent {}
