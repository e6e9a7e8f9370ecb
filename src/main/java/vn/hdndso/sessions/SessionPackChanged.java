package vn.hdndso.sessions;

import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A document was added to or removed from a session's pack ({@code change} "added" or
 * "removed"). The pack is the staff's and the delegates', so this is staff-only; it moves the
 * digital share of session documents.
 */
public record SessionPackChanged(CouncilId council, SessionId session, String change) implements CouncilEvent {}
