package vn.hdndso.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * The speakers' list of a session: delegates ask to speak on an agenda item from their phone
 * (from the convening on); the chair orders the queue, gives the floor (which ends the current
 * turn) and ends a turn, while the sitting is in progress. Start and end of every turn are kept,
 * with the offset into the recording when its start is known. Changes reach the projector, the
 * phones and the public page through the session's live stream (event {@code speakers}).
 */
public interface SpeakersList {

    /** The list as shown: who has the floor, who waits (in order), who spoke. */
    record Board(@Nullable Speaker current, List<Speaker> queue, List<Speaker> done, Instant now) {

        public boolean isEmpty() {
            return current == null && queue.isEmpty() && done.isEmpty();
        }
    }

    /** The signed-in delegate asks to speak on an item; 403 if they are not a delegate of the term. */
    Speaker request(CouncilId council, SessionId session, AgendaItemId item, UUID userId);

    /** The delegate withdraws their own waiting request. */
    Speaker withdraw(CouncilId council, SessionId session, UUID request, UUID userId);

    /** The chair gives the floor to a waiting request; the current turn, if any, ends now. */
    Board grant(CouncilId council, SessionId session, UUID request);

    /** The chair ends the current turn. */
    Board end(CouncilId council, SessionId session);

    /** The chair moves a waiting request up ({@code -1}) or down ({@code +1}) the queue. */
    Board move(CouncilId council, SessionId session, UUID request, int direction);

    /** The board in the caller's scope. */
    Board board(CouncilId council, SessionId session);

    /** A delegate's own waiting requests. */
    List<Speaker> waitingOf(CouncilId council, SessionId session, UUID userId);

    /** The signed-in user's own waiting requests (none for anyone not a delegate). */
    List<Speaker> mine(CouncilId council, SessionId session);
}
