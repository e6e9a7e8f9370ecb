package vn.hdndso.sessions;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.hdndso.shared.CouncilId;

/**
 * The live state of a session (quorum and every motion's tally) and its server-sent event
 * stream. What is pushed is public information once the session is convened, so one stream
 * serves the projector, the delegates' phones and the public page alike.
 */
public interface LiveSessions {

    /** A motion's vote as pushed live. */
    record LiveItem(
            String id,
            int number,
            String title,
            String voteState,
            int yes,
            int no,
            int abstain,
            int notVoted,
            int totalDelegates,
            boolean passed,
            int needed) {}

    /** The whole live state of a session. */
    record LiveState(
            String session, String state, int present, int totalDelegates, boolean quorum, List<LiveItem> motions) {}

    /** The current state, in the caller's scope (inside a transaction). */
    LiveState state(CouncilId council, SessionId id);

    /** Subscribes to a session's live state; 404 if the caller may not see the session. */
    default SseEmitter watch(CouncilId council, SessionId id) {
        return watch(council, id, null);
    }

    /**
     * Subscribes to a session's live state, resuming after the event of id {@code lastEventId}
     * (the {@code Last-Event-ID} a reconnecting client sends; ids mean the same on every instance):
     * the current state if the session changed since, nothing again if it did not, the current
     * state for an unknown id.
     */
    SseEmitter watch(CouncilId council, SessionId id, @Nullable String lastEventId);
}
