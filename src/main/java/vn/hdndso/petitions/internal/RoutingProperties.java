package vn.hdndso.petitions.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hdndso.petitions.EscalationLadder;
import vn.hdndso.petitions.ReopenWindow;

/**
 * Settings of routing, escalation and the voter's feedback ({@code hdnd.petitions.routing}).
 * Unverified rules (DOMAIN.md): the law sets no step deadlines nor a reopening window.
 *
 * @param chairWorkingDays working days the People's Committee chair has once an issue reaches them
 * @param standingCommitteeWorkingDays working days the standing committee has after that
 * @param reopenDays days after publication during which a voter may reopen the answer
 * @param reopenAnswerDays days the body has to answer a reopened issue
 * @param watchCron when the escalation watch runs (Vietnam time)
 */
@ConfigurationProperties("hdnd.petitions.routing")
record RoutingProperties(
        @DefaultValue("10") int chairWorkingDays,
        @DefaultValue("10") int standingCommitteeWorkingDays,
        @DefaultValue("30") int reopenDays,
        @DefaultValue("30") int reopenAnswerDays,
        @DefaultValue("0 30 7 * * *") String watchCron) {

    EscalationLadder ladder() {
        return new EscalationLadder(chairWorkingDays, standingCommitteeWorkingDays);
    }

    ReopenWindow reopenWindow() {
        return new ReopenWindow(reopenDays);
    }
}
