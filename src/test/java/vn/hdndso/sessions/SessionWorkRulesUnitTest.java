package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * The rules of issue 14's session work: changing a session before it opens, re-opening a vote,
 * the speakers' turns, amendments before their motion, and the minutes' way to publication.
 */
class SessionWorkRulesUnitTest {

    private static final Instant START = Instant.parse("2027-03-10T01:00:00Z");
    private static final Instant NOW = Instant.parse("2027-03-01T01:00:00Z");
    private static final CouncilId COUNCIL = new CouncilId(UUID.randomUUID());

    @Test
    void aPlannedSessionIsEditedFreelyAndAConvenedOneMovesOnlyByPostponement() {
        CouncilSession planned = session(SessionState.PLANNED, null);
        CouncilSession edited =
                planned.edited("Kỳ họp mới", SessionKind.THEMATIC, START.plusSeconds(3600), "Hội trường");
        assertThat(edited.title()).isEqualTo("Kỳ họp mới");
        assertThat(edited.kind()).isEqualTo(SessionKind.THEMATIC);
        assertThat(edited.startsAt()).isEqualTo(START.plusSeconds(3600));
        assertThat(edited.place()).isEqualTo("Hội trường");

        CouncilSession convened = session(SessionState.CONVENED, NOW);
        assertThat(convened.edited("Tên khác", SessionKind.REGULAR, START, null).title())
                .isEqualTo("Tên khác");
        assertThatThrownBy(() -> convened.edited("Tên", SessionKind.REGULAR, START.plusSeconds(60), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e)
                                .problems()
                                .getFirst()
                                .field())
                        .isEqualTo("startsAt"));
    }

    @Test
    void aPostponementMovesTheStartLaterAndIntoTheFuture() {
        CouncilSession convened = session(SessionState.CONVENED, NOW);
        assertThat(convened.postponed(START.plus(Duration.ofDays(3)), NOW).startsAt())
                .isEqualTo(START.plus(Duration.ofDays(3)));
        assertThatThrownBy(() -> convened.postponed(START.minusSeconds(60), NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> convened.postponed(START, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> convened.postponed(START.plusSeconds(60), START.plusSeconds(120)))
                .as("the new start has already passed")
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = SessionState.class,
            names = {"IN_PROGRESS", "CLOSED", "CANCELLED"})
    void onceTheSittingOpensOrEndsTheSessionNoLongerChanges(SessionState state) {
        CouncilSession session = session(state, NOW);
        assertThat(session.isChangeable()).isFalse();
        assertThatThrownBy(session::cancelled).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> session.postponed(START.plus(Duration.ofDays(1)), NOW))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> session.edited("x", SessionKind.REGULAR, START, null))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aCancelledSessionIsPublicOnlyIfItHadBeenConvenedAndNothingMoreHappensToIt() {
        CouncilSession wasConvened = session(SessionState.CONVENED, NOW).cancelled();
        assertThat(wasConvened.isCancelled()).isTrue();
        assertThat(wasConvened.isPublic()).isTrue();
        CouncilSession neverConvened = session(SessionState.PLANNED, null).cancelled();
        assertThat(neverConvened.isPublic()).isFalse();
        assertThatThrownBy(() -> wasConvened.state().requireStartable())
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("sessions.cancelled");
        assertThatThrownBy(() -> wasConvened.state().requireConvenable()).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> wasConvened.state().requireNotClosed()).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> wasConvened.state().requireOpenForAttendance())
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> wasConvened.state().requireOpenForSpeakers())
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aReasonIsRequiredAndBounded() {
        assertThat(SessionChange.requireReason("  Trùng lịch  ")).isEqualTo("Trùng lịch");
        assertThatThrownBy(() -> SessionChange.requireReason(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SessionChange.requireReason(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SessionChange.requireReason("x".repeat(SessionChange.MAX_REASON + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAClosedVoteIsReopened() {
        VoteState.CLOSED.requireReopenable();
        assertThatThrownBy(VoteState.OPEN::requireReopenable).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(VoteState.NONE::requireReopenable).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aTurnStartsFromTheQueueEndsAndIsPlacedInTheRecording() {
        Speaker waiting = Speaker.request(
                COUNCIL, SessionId.random(), AgendaItemId.random(), 2, UUID.randomUUID(), "Nguyễn Văn An", 1, NOW);
        Speaker withdrawn = waiting.withdrawn();
        assertThatThrownBy(() -> withdrawn.started(NOW)).isInstanceOf(BusinessRuleException.class);
        Speaker speaking = waiting.started(NOW.plusSeconds(600));
        assertThat(speaking.state()).isEqualTo(SpeakerState.SPEAKING);
        assertThat(speaking.spoken(NOW.plusSeconds(690))).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> speaking.started(NOW)).isInstanceOf(BusinessRuleException.class);
        Speaker done = speaking.ended(NOW.plusSeconds(800));
        assertThat(done.state()).isEqualTo(SpeakerState.DONE);
        assertThat(done.spokenText(NOW.plusSeconds(5000))).isEqualTo("03:20");
        assertThatThrownBy(() -> done.ended(NOW)).isInstanceOf(BusinessRuleException.class);

        assertThat(done.inRecording(NOW).recordingOffset()).isEqualTo(600);
        assertThat(done.inRecording(NOW).recordingOffsetText()).isEqualTo("00:10:00");
        assertThat(done.inRecording(null).recordingOffset()).isNull();
        assertThat(done.inRecording(NOW.plusSeconds(601)).recordingOffset())
                .as("a turn before the recording started is not in it")
                .isNull();
        assertThat(waiting.inRecording(NOW).recordingOffset()).isNull();
    }

    @Test
    void amendmentsAreProposedToAMotionNotYetVotedAndVotedBeforeIt() {
        assertThat(Amendment.requireText(" Tăng 5% ")).isEqualTo("Tăng 5%");
        assertThatThrownBy(() -> Amendment.requireText("")).isInstanceOf(InvalidInputException.class);
        Amendment.requireAmendable(motion(VoteState.NONE, true));
        assertThatThrownBy(() -> Amendment.requireAmendable(motion(VoteState.OPEN, true)))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> Amendment.requireAmendable(motion(VoteState.NONE, false)))
                .isInstanceOf(InvalidInputException.class);

        Amendment.requireVotedBeforeMotion(List.of());
        Amendment.requireVotedBeforeMotion(List.of(VoteState.CLOSED, VoteState.CLOSED));
        assertThatThrownBy(() -> Amendment.requireVotedBeforeMotion(List.of(VoteState.CLOSED, VoteState.OPEN)))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> Amendment.requireVotedBeforeMotion(List.of(VoteState.NONE)))
                .isInstanceOf(BusinessRuleException.class);

        Amendment proposed = new Amendment(
                UUID.randomUUID(),
                COUNCIL,
                SessionId.random(),
                AgendaItemId.random(),
                1,
                "Tăng chi giáo dục",
                UUID.randomUUID(),
                "Trần Thị Bình",
                NOW,
                AmendmentState.PROPOSED,
                null,
                null,
                null);
        Amendment admitted = proposed.admitted(AgendaItemId.random(), "Chủ tọa", NOW);
        assertThat(admitted.state()).isEqualTo(AmendmentState.ADMITTED);
        assertThatThrownBy(() -> admitted.rejected("Chủ tọa", NOW)).isInstanceOf(BusinessRuleException.class);
        assertThat(proposed.withdrawn("Trần Thị Bình", NOW).state()).isEqualTo(AmendmentState.WITHDRAWN);
        assertThat(proposed.voteTitle(motion(VoteState.NONE, true), 40))
                .hasSize(40)
                .startsWith("Sửa đổi 1");
    }

    @Test
    void theMinutesAreEditedThenApprovedAfterClosingThenSignedThenPublished() {
        SessionPaper draft =
                SessionPaper.draft(SessionId.random(), SessionPaper.Kind.MINUTES, "Biên bản", null, "Văn phòng", NOW);
        SessionPaper edited = draft.edited("Biên bản đã sửa", "Văn phòng", NOW);
        assertThat(edited.text()).isEqualTo("Biên bản đã sửa");
        assertThatThrownBy(() -> edited.approved(false, "Chủ tịch", NOW))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("sessionpapers.sessionNotClosed");
        assertThatThrownBy(() -> edited.signed(UUID.randomUUID(), NOW)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> edited.published(NOW)).isInstanceOf(BusinessRuleException.class);
        SessionPaper approved = edited.approved(true, "Chủ tịch", NOW);
        assertThatThrownBy(() -> approved.edited("khác", "Văn phòng", NOW)).isInstanceOf(BusinessRuleException.class);
        SessionPaper signed = approved.signed(UUID.randomUUID(), NOW);
        assertThat(signed.state()).isEqualTo(SessionPaper.State.SIGNED);
        assertThat(signed.published(NOW).state()).isEqualTo(SessionPaper.State.PUBLISHED);
        assertThatThrownBy(() -> SessionPaper.requireText("  ")).isInstanceOf(InvalidInputException.class);

        SessionPaper notice = SessionPaper.draft(
                SessionId.random(), SessionPaper.Kind.NOTICE, "Triệu tập", UUID.randomUUID(), "Văn phòng", NOW);
        SessionPaper issued = notice.signed(UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> issued.signed(UUID.randomUUID(), NOW)).isInstanceOf(BusinessRuleException.class);
    }

    private static CouncilSession session(SessionState state, @Nullable Instant convenedAt) {
        return new CouncilSession(
                SessionId.random(),
                COUNCIL,
                "Kỳ họp thứ năm",
                SessionKind.REGULAR,
                START,
                null,
                null,
                null,
                null,
                state,
                false,
                convenedAt,
                state == SessionState.CLOSED ? START : null);
    }

    private static AgendaItem motion(VoteState state, boolean motion) {
        return new AgendaItem(
                AgendaItemId.random(),
                COUNCIL,
                SessionId.random(),
                3,
                "Tờ trình về ngân sách năm 2027",
                motion,
                motion ? Majority.MORE_THAN_HALF_OF_ALL : null,
                null,
                state,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
