package vn.hdndso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

class WorkEntryUnitTest {

    static final CouncilId COUNCIL = new CouncilId(UUID.randomUUID());
    static final LocalDate DUE = LocalDate.of(2026, 12, 10);
    static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

    static WorkEntry deadline(boolean done) {
        return WorkEntry.deadline(
                "t-1@hdnd-so", COUNCIL, "workcalendar.kind.task", "Nhiệm vụ", "", DUE, "/app/x", done, AT);
    }

    @Test
    void aDeadlineIsOverdueFromTheDayAfterUntilItIsMet() {
        assertThat(deadline(false).overdueOn(DUE)).isFalse();
        assertThat(deadline(false).overdueOn(DUE.plusDays(1))).isTrue();
        assertThat(deadline(true).overdueOn(DUE.plusDays(1))).isFalse();
        assertThat(deadline(false).allDay()).isTrue();
        assertThat(deadline(false).date()).isEqualTo(DUE);
    }

    @Test
    void anEventOrACancelledDeadlineIsNeverOverdue() {
        var visit = WorkEntry.allDay("v@hdnd-so", COUNCIL, "k", "Giám sát", "", DUE, null, "/app/v", AT);
        assertThat(visit.overdueOn(DUE.plusDays(5))).isFalse();
        var cancelled = new WorkEntry(
                "c@hdnd-so",
                COUNCIL,
                "k",
                "Hủy",
                "",
                null,
                null,
                DUE,
                null,
                "/app/c",
                true,
                WorkEntry.Status.CANCELLED,
                AT,
                0);
        assertThat(cancelled.overdueOn(DUE.plusDays(5))).isFalse();
    }

    @Test
    void inTheFeedCancelledAndPostponedEntriesLeaveThePhonesCalendarAndLinkToTheirPage() {
        var start = DUE.atTime(8, 0).atZone(VnTime.ZONE);
        for (var status : WorkEntry.Status.values()) {
            var entry = new WorkEntry(
                    "s@hdnd-so",
                    COUNCIL,
                    "k",
                    "Kỳ họp",
                    "Hội trường",
                    start,
                    null,
                    null,
                    "Hội trường",
                    "/app/councils/tran-phu/sessions/1",
                    false,
                    status,
                    AT,
                    2);
            var event = entry.toCalendarEntry("https://hdnd.example/");
            assertThat(event.cancelled())
                    .isEqualTo(status == WorkEntry.Status.CANCELLED || status == WorkEntry.Status.POSTPONED);
            assertThat(event.url()).isEqualTo("https://hdnd.example/app/councils/tran-phu/sessions/1");
            assertThat(event.sequence()).isEqualTo(2);
        }
    }

    @Test
    void anEntryHasEitherAStartOrADay() {
        var start = DUE.atTime(8, 0).atZone(VnTime.ZONE);
        assertThatThrownBy(() -> new WorkEntry(
                        "x",
                        COUNCIL,
                        "k",
                        "t",
                        "",
                        start,
                        null,
                        DUE,
                        null,
                        "/h",
                        false,
                        WorkEntry.Status.PLANNED,
                        AT,
                        0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkEntry(
                        "x",
                        COUNCIL,
                        "k",
                        "t",
                        "",
                        start,
                        start.minusHours(1),
                        null,
                        null,
                        "/h",
                        false,
                        WorkEntry.Status.PLANNED,
                        AT,
                        0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayInARangeIncludesBothEnds() {
        assertThat(WorkCalendarSource.within(DUE, DUE, DUE)).isTrue();
        assertThat(WorkCalendarSource.within(DUE.minusDays(1), DUE, DUE.plusDays(3)))
                .isFalse();
        assertThat(WorkCalendarSource.within(DUE.plusDays(4), DUE, DUE.plusDays(3)))
                .isFalse();
    }
}
