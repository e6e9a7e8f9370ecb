package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;

/** The rules of a session's way from planned to closed, of quorum and of a vote's states. */
class SessionRulesUnitTest {

    private static final Instant NINE = Instant.parse("2026-07-10T02:00:00Z");

    @ParameterizedTest(name = "{0} of {1} present: quorum {2}")
    @CsvSource({"0, 0, false", "1, 2, false", "2, 3, true", "3, 6, false", "4, 6, true", "48, 95, true", "47, 95, false"
    })
    void quorumIsMoreThanHalfOfAllDelegates(int present, int total, boolean reached) {
        assertThat(new Quorum(present, total).reached()).isEqualTo(reached);
    }

    @Test
    void aSessionGoesFromPlannedThroughConvenedAndInProgressToClosed() {
        CouncilSession planned = session(SessionState.PLANNED);
        assertThat(planned.isPublic()).isFalse();

        CouncilSession convened = planned.convened(NINE);
        assertThat(convened.state()).isEqualTo(SessionState.CONVENED);
        assertThat(convened.convenedAt()).isEqualTo(NINE);
        assertThat(convened.isPublic()).isTrue();

        CouncilSession started = convened.started();
        assertThat(started.state()).isEqualTo(SessionState.IN_PROGRESS);
        assertThat(started.convenedAt()).isEqualTo(NINE);

        Instant noon = NINE.plusSeconds(3 * 3600);
        CouncilSession closed = started.closed(noon);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.closedAt()).isEqualTo(noon);
        assertThat(closed.convenedAt()).isEqualTo(NINE);
    }

    @Test
    void aSessionIsConvenedOnceStartedOnlyWhenConvenedAndClosedOnce() {
        assertThatThrownBy(() -> session(SessionState.CONVENED).convened(NINE))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("sessions.state.notPlanned");
        assertThatThrownBy(() -> session(SessionState.PLANNED).started()).hasMessage("sessions.state.notConvened");
        assertThatThrownBy(() -> session(SessionState.IN_PROGRESS).started()).hasMessage("sessions.state.notConvened");
        assertThatThrownBy(() -> session(SessionState.CLOSED).closed(NINE)).hasMessage("sessions.closed");
        assertThat(session(SessionState.PLANNED).closed(NINE).isClosed()).isTrue();
    }

    @Test
    void delegatesCheckInFromTheConveningUntilTheClosing() {
        assertThatThrownBy(() -> SessionState.PLANNED.requireOpenForAttendance())
                .hasMessage("sessions.attendance.notOpen");
        SessionState.CONVENED.requireOpenForAttendance();
        SessionState.IN_PROGRESS.requireOpenForAttendance();
        assertThatThrownBy(() -> SessionState.CLOSED.requireOpenForAttendance())
                .hasMessage("sessions.attendance.notOpen");
    }

    @Test
    void votesAreTakenOnlyWhileTheSittingIsInProgress() {
        SessionState.IN_PROGRESS.requireInProgressForVote();
        for (SessionState other :
                new SessionState[] {SessionState.PLANNED, SessionState.CONVENED, SessionState.CLOSED}) {
            assertThatThrownBy(other::requireInProgressForVote).hasMessage("sessions.vote.sessionNotInProgress");
        }
    }

    @Test
    void aVoteIsOpenedOnceAndTakesBallotsOnlyWhileOpen() {
        VoteState.NONE.requireNotOpened();
        assertThatThrownBy(VoteState.OPEN::requireNotOpened).hasMessage("sessions.vote.alreadyOpened");
        assertThatThrownBy(VoteState.CLOSED::requireNotOpened).hasMessage("sessions.vote.alreadyOpened");

        VoteState.OPEN.requireOpen();
        assertThatThrownBy(VoteState.NONE::requireOpen).hasMessage("sessions.vote.notOpen");
        assertThatThrownBy(VoteState.CLOSED::requireOpen).hasMessage("sessions.vote.closed");
    }

    @Test
    void onlyAMotionHasAMajority() {
        AgendaItem motion = item(true, Majority.TWO_THIRDS_OF_ALL);
        assertThat(motion.requiredMajority()).isEqualTo(Majority.TWO_THIRDS_OF_ALL);
        assertThatThrownBy(() -> item(false, null).requiredMajority()).isInstanceOf(IllegalStateException.class);
    }

    private static CouncilSession session(SessionState state) {
        return new CouncilSession(
                SessionId.random(),
                new CouncilId(UUID.randomUUID()),
                "Kỳ họp thứ nhất",
                SessionKind.values()[0],
                NINE,
                null,
                null,
                null,
                null,
                state,
                false,
                state == SessionState.PLANNED ? null : NINE,
                state == SessionState.CLOSED ? NINE : null);
    }

    private static AgendaItem item(boolean motion, @org.jspecify.annotations.Nullable Majority majority) {
        return new AgendaItem(
                AgendaItemId.random(),
                new CouncilId(UUID.randomUUID()),
                SessionId.random(),
                1,
                "Tờ trình",
                motion,
                majority,
                null,
                VoteState.NONE,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
