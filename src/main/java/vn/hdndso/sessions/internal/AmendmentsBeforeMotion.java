package vn.hdndso.sessions.internal;

import org.springframework.stereotype.Component;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.Amendment;

/** Asked before a motion's vote opens: every admitted amendment to it must have been voted. */
@Component
class AmendmentsBeforeMotion {

    private final AmendmentRepository amendments;

    AmendmentsBeforeMotion(AmendmentRepository amendments) {
        this.amendments = amendments;
    }

    void requireVoted(AgendaItemId motion) {
        Amendment.requireVotedBeforeMotion(amendments.admittedVotes(motion));
    }
}
