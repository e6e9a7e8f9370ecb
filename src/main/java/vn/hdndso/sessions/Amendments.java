package vn.hdndso.sessions;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Amendments to motions: a delegate proposes one (from the convening until the motion's vote
 * opens), the chair admits it (it becomes an agenda item voted just before the motion through
 * {@link Votes}) or rejects it; the proposer may withdraw it until then. The motion's vote does
 * not open while an admitted amendment has not been voted.
 */
public interface Amendments {

    /** The signed-in delegate proposes an amendment to a motion; 403 if not a delegate of the term. */
    Amendment propose(CouncilId council, SessionId session, AgendaItemId motion, UUID userId, @Nullable String text);

    /** The chair admits a proposal: it is put on the agenda before its motion, to be voted. */
    Amendment admit(CouncilId council, SessionId session, UUID amendment);

    /** The chair rejects a proposal. */
    Amendment reject(CouncilId council, SessionId session, UUID amendment);

    /** The proposer withdraws their proposal. */
    Amendment withdraw(CouncilId council, SessionId session, UUID amendment, UUID userId);

    /** The signed-in delegate's own proposals still awaiting the chair. */
    List<Amendment> mine(CouncilId council, SessionId session);

    /** The session's amendments the caller may see (the public: admitted ones), by motion and number. */
    List<Amendment> list(CouncilId council, SessionId session);
}
