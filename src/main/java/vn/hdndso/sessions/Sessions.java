package vn.hdndso.sessions;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Sessions and meetings of a council: planning, the agenda, convening (public from then on, a
 * notice to every delegate), starting and closing. Runs in the caller's tenant scope: a session
 * outside it does not exist. Attendance is {@link Attendances}, votes {@link Votes}, recordings
 * {@link Recordings}.
 */
public interface Sessions {

    List<CouncilSession> list(CouncilId council);

    /** The session; 404 if it does not exist in the caller's scope. */
    CouncilSession require(CouncilId council, SessionId id);

    List<AgendaItem> agenda(CouncilId council, SessionId id);

    AgendaItem requireItem(CouncilId council, SessionId session, AgendaItemId item);

    /** The in-app convening notices of a user (a delegate): sessions they are invited to. */
    List<CouncilSession> invitationsOf(CouncilId council, UUID userId);

    /** Plans a session (staff only until convened). Every problem is reported, each on its field. */
    CouncilSession plan(CouncilId council, NewSession draft);

    /** Plans a session; a demo session leaves the documents register alone. */
    CouncilSession plan(CouncilId council, NewSession draft, boolean demo);

    /** Adds an item at the end of the agenda; a motion needs its majority. */
    AgendaItem addItem(
            CouncilId council,
            SessionId sessionId,
            @Nullable String title,
            boolean motion,
            @Nullable Majority majority,
            @Nullable UUID documentId);

    /** Puts the agenda in a new order; {@code order} names every item once. */
    List<AgendaItem> reorder(CouncilId council, SessionId sessionId, List<AgendaItemId> order);

    /** Moves one item up ({@code -1}) or down ({@code +1}). */
    List<AgendaItem> move(CouncilId council, SessionId sessionId, AgendaItemId item, int direction);

    /**
     * Convenes a planned session: it becomes public, and every delegate of the term gets a
     * convening notice (in the app, and through the notification channel).
     */
    CouncilSession convene(CouncilId council, SessionId id);

    /** Opens the sitting (convening it first if need be): votes can be taken from now on. */
    CouncilSession start(CouncilId council, SessionId id);

    /** Closes the session; no open vote may remain. */
    CouncilSession close(CouncilId council, SessionId id);
}
