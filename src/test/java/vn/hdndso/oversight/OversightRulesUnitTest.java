package vn.hdndso.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.identity.AccountAssignment;
import vn.hdndso.identity.Role;

/** The rules of questions, commitments, recommendations and who sees what, without Spring. */
class OversightRulesUnitTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 10);
    static final UUID UNIT_A = UUID.randomUUID();
    static final UUID UNIT_B = UUID.randomUUID();
    static final UUID COMMITTEE = UUID.randomUUID();

    @Test
    void aCommitmentMetOnItsDueDayIsOnTimeAndTheDayAfterIsLate() {
        assertThat(CommitmentState.of(DUE, DUE, DUE.plusDays(5))).isEqualTo(CommitmentState.MET_ON_TIME);
        assertThat(CommitmentState.of(DUE, DUE.plusDays(1), DUE.plusDays(5))).isEqualTo(CommitmentState.MET_LATE);
        assertThat(CommitmentState.of(DUE, null, DUE)).isEqualTo(CommitmentState.OPEN);
        assertThat(CommitmentState.of(DUE, null, DUE.plusDays(1))).isEqualTo(CommitmentState.OVERDUE);
    }

    @Test
    void aRecommendationMovesFromOpenToRespondedToDoneOrOverdue() {
        var open = new Recommendation(
                UUID.randomUUID(), UUID.randomUUID(), "Làm", UNIT_A, "Phòng A", DUE, null, List.of());
        var response = new Recommendation.Response(UUID.randomUUID(), "Đang làm", "cán bộ", DUE, false);
        var responded =
                new Recommendation(open.id(), open.topicId(), "Làm", UNIT_A, "Phòng A", DUE, null, List.of(response));
        assertThat(open.stateOn(DUE)).isEqualTo(Recommendation.State.OPEN);
        assertThat(responded.stateOn(DUE)).isEqualTo(Recommendation.State.RESPONDED);
        assertThat(responded.stateOn(DUE.plusDays(1))).isEqualTo(Recommendation.State.OVERDUE);
        var doneLate = new Recommendation(
                open.id(), open.topicId(), "Làm", UNIT_A, "Phòng A", DUE, DUE.plusDays(3), List.of());
        assertThat(doneLate.stateOn(DUE.plusDays(9))).isEqualTo(Recommendation.State.DONE_LATE);
    }

    @Test
    void anAnswerAfterTheDueDayIsLate() {
        Question q = question(null);
        assertThat(q.lateIf(DUE)).isFalse();
        assertThat(q.lateIf(DUE.plusDays(1))).isTrue();
        assertThat(q.overdueOn(DUE.plusDays(1))).isTrue();
        assertThat(q.state()).isEqualTo(QuestionState.ASKED);
        assertThat(question(DUE).overdueOn(DUE.plusDays(9))).isFalse();
        assertThat(question(DUE).state()).isEqualTo(QuestionState.ANSWERED);
    }

    @Test
    void anOfficerBoundToAUnitSeesAndAnswersOnlyThatUnit() {
        var officer = new Viewer(Set.of(Role.EXECUTIVE_OFFICER), new AccountAssignment(UNIT_A, null));
        assertThat(officer.isUnitBound()).isTrue();
        assertThat(officer.sees(UNIT_A)).isTrue();
        assertThat(officer.sees(UNIT_B)).isFalse();
        assertThat(officer.sees(null)).isFalse();
        assertThat(officer.answersFor(UNIT_A)).isTrue();
        assertThat(officer.answersFor(UNIT_B)).isFalse();
        var unassigned = new Viewer(Set.of(Role.EXECUTIVE_OFFICER), AccountAssignment.NONE);
        assertThat(unassigned.sees(UNIT_A)).isFalse();
        assertThat(unassigned.answersFor(UNIT_A)).isFalse();
    }

    @Test
    void theOfficeSeesAllAndCommitteeMembersWorkOnTheirCommitteesTopics() {
        var clerk = new Viewer(Set.of(Role.CLERK), AccountAssignment.NONE);
        assertThat(clerk.sees(UNIT_B)).isTrue();
        assertThat(clerk.answersFor(UNIT_B)).isTrue();
        assertThat(clerk.worksOnTopicsOf(COMMITTEE)).isTrue();
        var member = new Viewer(Set.of(Role.COMMITTEE_MEMBER), new AccountAssignment(null, COMMITTEE));
        assertThat(member.worksOnTopicsOf(COMMITTEE)).isTrue();
        assertThat(member.worksOnTopicsOf(UUID.randomUUID())).isFalse();
        assertThat(member.answersFor(UNIT_A)).isFalse();
        var front = new Viewer(Set.of(Role.FRONT_OFFICER), AccountAssignment.NONE);
        assertThat(front.sees(UNIT_A)).isTrue();
        assertThat(front.worksOnTopicsOf(COMMITTEE)).isFalse();
        var delegateOfficer =
                new Viewer(Set.of(Role.EXECUTIVE_OFFICER, Role.DELEGATE), new AccountAssignment(UNIT_A, null));
        assertThat(delegateOfficer.isUnitBound()).isFalse();
        assertThat(delegateOfficer.answersFor(UNIT_B)).isFalse();
    }

    static Question question(LocalDate answeredOn) {
        return new Question(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Hỏi",
                UNIT_A,
                "Phòng A",
                "Đại biểu",
                null,
                DUE.minusDays(20),
                DUE,
                null,
                null,
                null,
                null,
                null,
                null,
                answeredOn == null ? null : "Đáp",
                answeredOn == null ? null : AnswerMode.WRITTEN,
                null,
                null,
                answeredOn,
                false,
                List.of());
    }
}
