package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/** The rules of a petition issue's life, without Spring or a database. */
class PetitionIssueUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final CouncilId COUNCIL = new CouncilId(UUID.randomUUID());

    private static PetitionIssue open(int petitions) {
        return new PetitionIssue(
                UUID.randomUUID(),
                COUNCIL,
                "Sửa đường liên thôn",
                "GT",
                CompetentLevel.COMMUNE,
                IssueStatus.OPEN,
                false,
                petitions,
                null,
                null,
                null,
                "2026-2",
                false,
                false,
                Instant.parse("2026-06-30T01:00:00Z"));
    }

    private static PetitionIssue complaint() {
        PetitionIssue issue = open(1);
        return new PetitionIssue(
                issue.id(),
                COUNCIL,
                issue.title(),
                issue.field(),
                issue.level(),
                IssueStatus.CLOSED,
                true,
                1,
                null,
                null,
                null,
                issue.period(),
                false,
                false,
                issue.createdAt());
    }

    private static PetitionIssue transferred() {
        return open(2).transfer(CompetentBodyKind.AGENCY, null, "Công an xã", TODAY, TODAY.plusDays(30));
    }

    private static PetitionIssue answered() {
        return transferred()
                .answer(
                        AnswerClass.RESOLVED,
                        "Đã sửa xong.",
                        null,
                        TODAY.plusDays(10),
                        "Ông A (a)",
                        WorkingDays.STATUTORY,
                        10);
    }

    @Test
    void transferSetsTheBodyAndDeadline() {
        PetitionIssue issue = transferred();

        assertThat(issue.status()).isEqualTo(IssueStatus.TRANSFERRED);
        assertThat(issue.bodyName()).isEqualTo("Công an xã");
        assertThat(issue.transferredOn()).isEqualTo(TODAY);
        assertThat(issue.deadline()).isEqualTo(TODAY.plusDays(30));
        assertThat(issue.overdueOn(TODAY.plusDays(30))).isFalse();
        assertThat(issue.overdueOn(TODAY.plusDays(31))).isTrue();
    }

    @Test
    void refusesTransferOfAComplaint() {
        assertThatThrownBy(() -> complaint().transfer(CompetentBodyKind.AGENCY, null, "X", TODAY, TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.transfer.complaint");
    }

    @Test
    void refusesTransferOfAnAnsweredIssue() {
        assertThatThrownBy(() -> answered().transfer(CompetentBodyKind.AGENCY, null, "X", TODAY, TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.transfer.answered");
    }

    @Test
    void refusesADeadlineInThePast() {
        assertThatThrownBy(() -> open(1).transfer(CompetentBodyKind.AGENCY, null, "X", TODAY, TODAY.minusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("petitions.transfer.deadline.past");
    }

    @Test
    void refusesAnswerBeforeTransfer() {
        assertThatThrownBy(() ->
                        open(1).answer(AnswerClass.RESOLVED, "Đã sửa.", null, TODAY, "A", WorkingDays.STATUTORY, 10))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.answer.notTransferred");
    }

    @Test
    void refusesASecondAnswer() {
        assertThatThrownBy(() ->
                        answered().answer(AnswerClass.RESOLVED, "Lại.", null, TODAY, "A", WorkingDays.STATUTORY, 10))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.answer.notTransferred");
    }

    @Test
    void anAnswerInProgressNeedsAPromisedDateNotInThePast() {
        PetitionIssue issue = transferred();

        assertThatThrownBy(() ->
                        issue.answer(AnswerClass.IN_PROGRESS, "Đang làm.", null, TODAY, "A", WorkingDays.STATUTORY, 10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("petitions.answer.promisedOn.required");
        assertThatThrownBy(() -> issue.answer(
                        AnswerClass.IN_PROGRESS,
                        "Đang làm.",
                        TODAY.minusDays(1),
                        TODAY,
                        "A",
                        WorkingDays.STATUTORY,
                        10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("petitions.answer.promisedOn.past");
        assertThat(issue.answer(
                                AnswerClass.IN_PROGRESS,
                                "Đang làm.",
                                TODAY.plusDays(60),
                                TODAY,
                                "A",
                                WorkingDays.STATUTORY,
                                10)
                        .answerPromisedOn())
                .isEqualTo(TODAY.plusDays(60));
    }

    @Test
    void onlyAnAnswerInProgressKeepsItsPromisedDate() {
        PetitionIssue issue = transferred()
                .answer(AnswerClass.EXPLAINED, "Giải thích.", TODAY.plusDays(5), TODAY, "A", WorkingDays.STATUTORY, 10);

        assertThat(issue.answerPromisedOn()).isNull();
        assertThat(issue.status()).isEqualTo(IssueStatus.ANSWERED);
    }

    @Test
    void theAnswerIsOnTimeUntilTheDeadline() {
        PetitionIssue issue = transferred();

        assertThat(issue.answer(AnswerClass.RESOLVED, "Xong.", null, TODAY.plusDays(30), "A", WorkingDays.STATUTORY, 10)
                        .answeredOnTime())
                .isTrue();
        assertThat(issue.answer(AnswerClass.RESOLVED, "Xong.", null, TODAY.plusDays(31), "A", WorkingDays.STATUTORY, 10)
                        .answeredOnTime())
                .isFalse();
    }

    @Test
    void thePublicationIsDueWorkingDaysAfterTheDeadline() {
        PetitionIssue issue = answered();
        LocalDate publishBy = WorkingDays.STATUTORY.plus(TODAY.plusDays(30), 10);

        assertThat(issue.publishBy()).isEqualTo(publishBy);
        assertThat(issue.publishedWithinWindow(publishBy)).isTrue();
        assertThat(issue.publishedWithinWindow(publishBy.plusDays(1))).isFalse();
        assertThat(issue.publicationLateOn(publishBy.plusDays(1))).isTrue();
    }

    @Test
    void refusesPublicationBeforeAnswer() {
        assertThatThrownBy(() -> transferred().publish("T", "A", Instant.now()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.publish.notAnswered");
    }

    @Test
    void publishesOnceWithTheDeidentifiedTexts() {
        Instant now = Instant.parse("2026-07-15T03:00:00Z");
        PetitionIssue published = answered().publish("Sửa đường [đã ẩn]", "Đã sửa [đã ẩn].", now);

        assertThat(published.isPublished()).isTrue();
        assertThat(published.title()).isEqualTo("Sửa đường [đã ẩn]");
        assertThat(published.publishedText()).isEqualTo("Đã sửa [đã ẩn].");
        assertThat(published.publishedAt()).isEqualTo(now);
        assertThat(published.publicationLateOn(TODAY.plusYears(1))).isFalse();
        assertThatThrownBy(() -> published.publish("T", "A", now))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.publish.already");
    }

    @Test
    void mergeAddsTheOthersPetitions() {
        assertThat(open(2).merge(open(3)).petitionCount()).isEqualTo(5);
    }

    @Test
    void refusesMergeWithItself() {
        PetitionIssue issue = open(2);

        assertThatThrownBy(() -> issue.merge(issue))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("petitions.merge.same");
    }

    @Test
    void refusesMergeOfAnsweredIssues() {
        assertThatThrownBy(() -> open(2).merge(answered()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.merge.answered");
        assertThatThrownBy(() -> answered().merge(open(2)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.merge.answered");
    }

    @Test
    void refusesSplittingTheOnlyPetitionIntoANewIssue() {
        assertThatThrownBy(() -> open(1).requireSplittable(false))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.split.alone");
        open(1).requireSplittable(true);
        open(2).requireSplittable(false);
    }

    @Test
    void refusesSplitOfAnAnsweredIssue() {
        assertThatThrownBy(() -> answered().requireSplittable(true))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.split.answered");
        assertThatThrownBy(() -> answered().requireJoinable())
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("petitions.merge.answered");
    }

    @Test
    void theReportingPeriodIsTheHalfYear() {
        assertThat(PetitionIssue.periodOf(LocalDate.of(2026, 6, 30))).isEqualTo("2026-1");
        assertThat(PetitionIssue.periodOf(LocalDate.of(2026, 7, 1))).isEqualTo("2026-2");
    }
}
