package vn.hdndso.sessions;

import java.util.List;
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
    SseEmitter watch(CouncilId council, SessionId id);
}
