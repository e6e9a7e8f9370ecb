package vn.hdndso.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/** The rules of a plan task: statuses, done with evidence or a note, due dates, closed tasks. */
class PlanTaskUnitTest {

    static final LocalDate CREATED = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static PlanTask task(TaskStatus status, List<TaskEvidence> evidence, String note) {
        return new PlanTask(
                TaskId.random(),
                new CouncilId(UUID.randomUUID()),
                null,
                null,
                "Số hóa tài liệu kỳ họp",
                TargetCode.T2,
                Assignee.of(ResponsibleBody.STANDING_COMMITTEE),
                LocalDate.of(2026, 12, 31),
                status,
                note,
                status == TaskStatus.DONE ? TODAY : null,
                true,
                CREATED,
                "thư ký",
                Instant.parse("2026-10-01T01:00:00Z"),
                evidence);
    }

    static TaskEvidence evidence() {
        return new TaskEvidence(
                UUID.randomUUID(),
                EvidenceKind.LINK,
                "https://hdnd.example.vn/ky-hop",
                "Kỳ họp",
                "thư ký",
                Instant.now());
    }

    @Test
    void statusesMoveForwardAndBackOnlyAsAllowed() {
        assertThat(TaskStatus.OPEN.next())
                .containsExactlyInAnyOrder(TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.CANCELLED);
        assertThat(TaskStatus.IN_PROGRESS.next()).containsExactlyInAnyOrder(TaskStatus.DONE, TaskStatus.CANCELLED);
        assertThat(TaskStatus.DONE.next()).containsExactly(TaskStatus.IN_PROGRESS);
        assertThat(TaskStatus.CANCELLED.next()).containsExactly(TaskStatus.OPEN);
        assertThat(TaskStatus.OPEN.officeOnly(TaskStatus.CANCELLED)).isTrue();
        assertThat(TaskStatus.CANCELLED.officeOnly(TaskStatus.OPEN)).isTrue();
        assertThat(TaskStatus.OPEN.officeOnly(TaskStatus.DONE)).isFalse();
    }

    @Test
    void refusesAMoveTheStatusDoesNotAllow() {
        PlanTask done = task(TaskStatus.DONE, List.of(evidence()), null);

        assertThatThrownBy(() -> done.changed(TaskChange.status(TaskStatus.CANCELLED, null), null, TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("tasks.status.transition");
    }

    @Test
    void isDoneOnlyWithEvidenceOrANote() {
        PlanTask open = task(TaskStatus.OPEN, List.of(), null);

        assertThatThrownBy(() -> open.changed(TaskChange.status(TaskStatus.DONE, "  "), null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.FieldProblem::field,
                                        InvalidInputException.FieldProblem::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("note", "tasks.done.needsEvidence")));

        PlanTask withNote = open.changed(TaskChange.status(TaskStatus.DONE, "Đã số hóa 95% tài liệu"), null, TODAY);
        assertThat(withNote.status()).isEqualTo(TaskStatus.DONE);
        assertThat(withNote.completedOn()).isEqualTo(TODAY);
        assertThat(withNote.note()).isEqualTo("Đã số hóa 95% tài liệu");

        PlanTask withEvidence = task(TaskStatus.IN_PROGRESS, List.of(evidence()), null)
                .changed(TaskChange.status(TaskStatus.DONE, null), null, TODAY);
        assertThat(withEvidence.status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void reopeningForgetsTheCompletionDay() {
        PlanTask reopened = task(TaskStatus.DONE, List.of(evidence()), null)
                .changed(TaskChange.status(TaskStatus.IN_PROGRESS, null), null, TODAY);

        assertThat(reopened.completedOn()).isNull();
        assertThat(reopened.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void refusesADueDateBeforeTheTaskWasGiven() {
        PlanTask open = task(TaskStatus.OPEN, List.of(), null);

        assertThatThrownBy(() -> open.changed(new TaskChange(null, null, CREATED.minusDays(1), null), null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("dueOn");
                            assertThat(p.arguments()).containsExactly("01/10/2026");
                        }));
        assertThat(open.changed(new TaskChange(null, null, CREATED, null), null, TODAY)
                        .dueOn())
                .isEqualTo(CREATED);
    }

    @Test
    void keepsTheDueDateAndAssigneeOfAClosedTask() {
        PlanTask done = task(TaskStatus.DONE, List.of(evidence()), null);

        assertThatThrownBy(() -> done.changed(new TaskChange(null, null, TODAY.plusDays(30), null), null, TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("tasks.closed");
        assertThat(done.changed(new TaskChange(TaskStatus.IN_PROGRESS, null, TODAY.plusDays(30), null), null, TODAY)
                        .dueOn())
                .isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void refusesANoteTooLong() {
        PlanTask open = task(TaskStatus.OPEN, List.of(), null);

        assertThatThrownBy(() ->
                        open.changed(new TaskChange(null, "x".repeat(PlanTask.MAX_NOTE + 1), null, null), null, TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThat(open.changed(new TaskChange(null, "  dòng một \n\n dòng hai  ", null, null), null, TODAY)
                        .note())
                .isEqualTo("dòng một\n\ndòng hai");
    }

    @Test
    void keepsTheEvidenceADoneTaskStandsOn() {
        TaskEvidence only = evidence();
        PlanTask done = task(TaskStatus.DONE, List.of(only), null);

        assertThatThrownBy(() -> done.checkEvidenceRemovable(only.id()))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("tasks.evidence.lastOfDone");
        task(TaskStatus.DONE, List.of(only), "Kết quả đã ghi").checkEvidenceRemovable(only.id());
        task(TaskStatus.IN_PROGRESS, List.of(only), null).checkEvidenceRemovable(only.id());
    }

    @Test
    void isOverdueOrDueSoonOnlyWhileOpen() {
        PlanTask open = task(TaskStatus.OPEN, List.of(), null);

        assertThat(open.isOverdueOn(LocalDate.of(2027, 1, 3))).isTrue();
        assertThat(open.daysOverdueOn(LocalDate.of(2027, 1, 3))).isEqualTo(3);
        assertThat(open.isOverdueOn(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(open.isDueSoonOn(LocalDate.of(2026, 12, 24), 7)).isTrue();
        assertThat(open.isDueSoonOn(LocalDate.of(2026, 12, 23), 7)).isFalse();
        assertThat(open.isDueSoonOn(LocalDate.of(2027, 1, 1), 7)).isFalse();
        PlanTask done = task(TaskStatus.DONE, List.of(evidence()), null);
        assertThat(done.isOverdueOn(LocalDate.of(2027, 1, 3))).isFalse();
        assertThat(done.isDueSoonOn(LocalDate.of(2026, 12, 30), 7)).isFalse();
    }
}
