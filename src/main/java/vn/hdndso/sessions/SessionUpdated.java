package vn.hdndso.sessions;

import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A session or its agenda changed in a way the others' copies should follow (planned, an item
 * added, the agenda reordered, the sitting opened). Carries only the ids: listeners read the
 * session again ({@code publicVisible}: whether the public may see it at this moment).
 */
public record SessionUpdated(CouncilId council, SessionId session, String change, boolean publicVisible)
        implements CouncilEvent {}
