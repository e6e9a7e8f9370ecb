package vn.hdndso.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.identity.Role;
import vn.hdndso.plans.Assignee;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetCode;
import vn.hdndso.plans.TaskId;
import vn.hdndso.plans.TaskStatus;
import vn.hdndso.plans.Threshold;
import vn.hdndso.shared.CouncilId;

/** Whose tasks are whose, and how tasks are made from a plan's reading (due dates, matching). */
class TaskRulesUnitTest {

    static final UUID COMMITTEE = UUID.randomUUID();
    static final UUID OTHER_COMMITTEE = UUID.randomUUID();
    static final UUID GROUP = UUID.randomUUID();
    static final UUID DELEGATE = UUID.randomUUID();
    static final UUID USER = UUID.randomUUID();

    static PlanTask task(Assignee assignee) {
        return new PlanTask(
                TaskId.random(),
                new CouncilId(UUID.randomUUID()),
                null,
                null,
                "Nhiệm vụ",
                null,
                assignee,
                LocalDate.of(2026, 12, 31),
                TaskStatus.OPEN,
                null,
                null,
                true,
                LocalDate.of(2026, 10, 1),
                "thư ký",
                Instant.now(),
                List.of());
    }

    static Assignee body(ResponsibleBody body, UUID id) {
        return new Assignee(body, id, "Ban", null, null, null);
    }

    static final TaskActor COMMITTEE_MEMBER = new TaskActor(
            false,
            USER,
            Set.of(Role.COMMITTEE_MEMBER, Role.DELEGATE),
            DELEGATE,
            Set.of(COMMITTEE),
            Set.of(BodyKind.COMMITTEE));

    static final TaskActor GROUP_MEMBER = new TaskActor(
            false,
            UUID.randomUUID(),
            Set.of(Role.DELEGATE),
            UUID.randomUUID(),
            Set.of(GROUP),
            Set.of(BodyKind.DELEGATE_GROUP));

    static final TaskActor EXECUTIVE =
            new TaskActor(false, UUID.randomUUID(), Set.of(Role.EXECUTIVE_OFFICER), null, Set.of(), Set.of());

    static final TaskActor FRONT =
            new TaskActor(false, UUID.randomUUID(), Set.of(Role.FRONT_OFFICER), null, Set.of(), Set.of());

    @Test
    void aCommitteeMemberHoldsTheirCommitteesTasksOnly() {
        assertThat(COMMITTEE_MEMBER.holds(task(body(ResponsibleBody.ECONOMY_BUDGET_COMMITTEE, COMMITTEE))))
                .isTrue();
        assertThat(COMMITTEE_MEMBER.holds(task(body(ResponsibleBody.CULTURE_SOCIAL_COMMITTEE, OTHER_COMMITTEE))))
                .isFalse();
        assertThat(COMMITTEE_MEMBER.holds(task(Assignee.of(ResponsibleBody.COMMITTEES))))
                .isTrue();
        assertThat(COMMITTEE_MEMBER.holds(task(Assignee.of(ResponsibleBody.PEOPLES_COMMITTEE))))
                .isFalse();
        assertThat(COMMITTEE_MEMBER.holds(task(Assignee.of(ResponsibleBody.DELEGATE_GROUPS))))
                .isFalse();
    }

    @Test
    void aDelegateHoldsTheirGroupsTasksAndTheirOwn() {
        assertThat(GROUP_MEMBER.holds(task(body(ResponsibleBody.DELEGATE_GROUPS, GROUP))))
                .isTrue();
        assertThat(GROUP_MEMBER.holds(task(Assignee.of(ResponsibleBody.DELEGATE_GROUPS))))
                .isTrue();
        assertThat(GROUP_MEMBER.holds(task(body(ResponsibleBody.DELEGATE_GROUPS, UUID.randomUUID()))))
                .isFalse();
        Assignee named = new Assignee(ResponsibleBody.DELEGATES, null, null, DELEGATE, null, "Đại biểu A");
        assertThat(COMMITTEE_MEMBER.holds(task(named))).isTrue();
        assertThat(COMMITTEE_MEMBER.mayWorkOn(task(named))).isTrue();
        assertThat(GROUP_MEMBER.holds(task(named))).isFalse();
    }

    @Test
    void aTaskOfEveryDelegateIsListedForEachButChangedByTheOffice() {
        PlanTask everyone = task(Assignee.of(ResponsibleBody.DELEGATES));

        assertThat(GROUP_MEMBER.holds(everyone)).isTrue();
        assertThat(GROUP_MEMBER.mayWorkOn(everyone)).isFalse();
        assertThat(TaskActor.SYSTEM.mayWorkOn(everyone)).isTrue();
    }

    @Test
    void officersHoldTheirOrganisationsTasks() {
        assertThat(EXECUTIVE.holds(task(body(ResponsibleBody.PEOPLES_COMMITTEE, UUID.randomUUID()))))
                .isTrue();
        assertThat(EXECUTIVE.holds(task(Assignee.of(ResponsibleBody.FATHERLAND_FRONT))))
                .isFalse();
        assertThat(FRONT.holds(task(Assignee.of(ResponsibleBody.FATHERLAND_FRONT))))
                .isTrue();
        assertThat(FRONT.mayWorkOn(task(Assignee.of(ResponsibleBody.STANDING_COMMITTEE))))
                .isFalse();
        assertThat(TaskActor.NOBODY.holds(task(Assignee.of(ResponsibleBody.FATHERLAND_FRONT))))
                .isFalse();
    }

    @Test
    void aTaskFallsDueByTheDeadlineOfTheTargetItServesElseAtTheEndOfTheYear() {
        var reading = new PlanReading(
                null,
                null,
                List.of(),
                List.of(
                        new PlanReading.Target(
                                "A", Threshold.qualitative(), LocalDate.of(2026, 6, 30), TargetCode.T3, 1),
                        new PlanReading.Target(
                                "B", Threshold.qualitative(), LocalDate.of(2027, 3, 31), TargetCode.T3, 1),
                        new PlanReading.Target(
                                "C", Threshold.qualitative(), LocalDate.of(2026, 1, 31), TargetCode.T1, 1)),
                List.of(),
                List.of());
        LocalDate today = LocalDate.of(2026, 12, 7);

        assertThat(TasksFromPlans.dueOn(reading, TargetCode.T3, today)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(TasksFromPlans.dueOn(reading, null, today)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(TasksFromPlans.dueOn(reading, TargetCode.T9, today)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(TasksFromPlans.dueOn(reading, TargetCode.T1, today))
                .as("a deadline already past does not make a task overdue the day it is given")
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void anAmendedTaskIsFoundAgainByItsWordsWhateverTheSpacingAndMarks() {
        assertThat(TasksFromPlans.matchKey("Ghi hình, lưu trữ video kỳ họp  HĐND."))
                .isEqualTo(TasksFromPlans.matchKey("ghi hinh luu tru video ky hop hdnd"));
        assertThat(TasksFromPlans.matchKey("Ghi hình kỳ họp"))
                .isNotEqualTo(TasksFromPlans.matchKey("Ghi hình phiên họp"));
    }

    @Test
    void onlyWebAddressesAreLinks() {
        assertThat(EvidenceRecords.isWebAddress("https://hdnd.example.vn/tin/1"))
                .isTrue();
        assertThat(EvidenceRecords.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(EvidenceRecords.isWebAddress("ftp://example.vn/a")).isFalse();
        assertThat(EvidenceRecords.isWebAddress("không phải địa chỉ")).isFalse();
    }
}
