package vn.hdndso.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hdndso.documents.WorkingDays;

/** Written-answer deadlines and the Law 87/2015 programme calendar, with their configuration. */
class OversightCalendarUnitTest {

    @Test
    void aWrittenAnswerIsDueTwentyCalendarDaysLaterByDefault() {
        var defaults = new OversightProperties(0, false, 0, null, null, null);
        assertThat(defaults.deadline().dueOn(LocalDate.of(2026, 12, 7), WorkingDays.STATUTORY))
                .isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(defaults.commitmentReportDaysBeforeSession()).isEqualTo(10);
    }

    @Test
    void workingDaysSkipWeekendsAndHolidaysWhenConfigured() {
        var working = new OversightProperties(20, true, 10, null, null, null);
        // Monday 7 December 2026 + 20 working days, New Year's Day off = Tuesday 5 January 2027
        assertThat(working.deadline().dueOn(LocalDate.of(2026, 12, 7), WorkingDays.STATUTORY))
                .isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void proposalsForAYearAreDueByTheFirstOfMarchOfTheYearBefore() {
        ProgrammeCalendar calendar = new OversightProperties(0, false, 0, null, null, null).calendar();
        assertThat(calendar.proposalsDue(2027)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(calendar.adoptionDue(2027)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(calendar.resultsDue(2027)).isEqualTo(LocalDate.of(2028, 7, 31));
        assertThat(calendar.lateProposal(2027, LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(calendar.lateProposal(2027, LocalDate.of(2026, 3, 2))).isTrue();
    }

    @Test
    void theCalendarDaysAreConfigurableAndCheckedAtStart() {
        var configured = new OversightProperties(0, false, 0, "04-15", "06-30", "12-31");
        assertThat(configured.calendar().proposalsDue(2027)).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThatThrownBy(() -> new OversightProperties(0, false, 0, "1 March", null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hdnd.oversight.proposals-by");
    }
}
