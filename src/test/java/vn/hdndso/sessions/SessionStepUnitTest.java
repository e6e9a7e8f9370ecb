package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.sessions.SessionStep.Actor;
import vn.hdndso.sessions.SessionStep.Kind;
import vn.hdndso.sessions.SessionStep.Progress;

class SessionStepUnitTest {

    @Test
    void aPlannedSessionWaitsForTheChairToConveneIt() {
        List<SessionStep> steps = SessionStep.of(SessionState.PLANNED, true, false);
        assertThat(steps.getFirst()).isEqualTo(new SessionStep(Kind.CONVENE, Actor.CHAIR, Progress.NOW));
        assertThat(steps.stream().filter(s -> s.progress() == Progress.NOW).map(SessionStep::kind))
                .containsExactly(Kind.CONVENE);
        assertThat(steps.stream().map(SessionStep::kind))
                .containsExactly(
                        Kind.CONVENE, Kind.OPEN, Kind.ATTENDANCE, Kind.VOTES, Kind.CLOSE, Kind.MINUTES, Kind.RECORDING);
    }

    @Test
    void aConvenedSessionIsOpenedByTheChairWhileTheClerkTakesAttendance() {
        List<SessionStep> now = SessionStep.of(SessionState.CONVENED, true, false).stream()
                .filter(s -> s.progress() == Progress.NOW)
                .toList();
        assertThat(now)
                .containsExactly(
                        new SessionStep(Kind.OPEN, Actor.CHAIR, Progress.NOW),
                        new SessionStep(Kind.ATTENDANCE, Actor.CLERK, Progress.NOW));
    }

    @Test
    void votesAreAStepOnlyWhenTheAgendaHasAMotion() {
        assertThat(SessionStep.of(SessionState.IN_PROGRESS, false, false).stream()
                        .map(SessionStep::kind))
                .doesNotContain(Kind.VOTES);
        assertThat(SessionStep.of(SessionState.IN_PROGRESS, true, false))
                .contains(new SessionStep(Kind.VOTES, Actor.CHAIR, Progress.NOW));
    }

    @Test
    void minutesAndRecordingComeOnlyAfterTheSessionHasTakenPlace() {
        for (SessionState state : List.of(SessionState.PLANNED, SessionState.CONVENED, SessionState.IN_PROGRESS)) {
            assertThat(SessionStep.tookPlace(state)).isFalse();
            assertThat(SessionStep.of(state, true, false).stream()
                            .filter(s -> s.kind() == Kind.MINUTES || s.kind() == Kind.RECORDING)
                            .map(SessionStep::progress))
                    .containsOnly(Progress.LATER);
        }
        assertThat(SessionStep.tookPlace(SessionState.CLOSED)).isTrue();
        assertThat(SessionStep.of(SessionState.CLOSED, true, false))
                .contains(
                        new SessionStep(Kind.MINUTES, Actor.CLERK, Progress.NOW),
                        new SessionStep(Kind.RECORDING, Actor.CLERK, Progress.NOW));
        assertThat(SessionStep.of(SessionState.CLOSED, true, true))
                .contains(new SessionStep(Kind.RECORDING, Actor.CLERK, Progress.DONE));
    }

    @Test
    void aCancelledSessionHasNoStepsLeft() {
        assertThat(SessionStep.of(SessionState.CANCELLED, true, false)).isEmpty();
    }
}
