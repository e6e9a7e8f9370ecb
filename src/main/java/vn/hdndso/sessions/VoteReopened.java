package vn.hdndso.sessions;

import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A closed vote was re-opened by the chair or clerk, with a reason; {@code round} is the round kept. */
public record VoteReopened(
        CouncilId council, SessionId session, AgendaItemId item, int round, String reason, String reopenedBy)
        implements CouncilEvent {}
