package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkItemUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static WorkItem due(LocalDate day) {
        return new WorkItem("home.group.incoming", "home.action.incoming.follow", "Công văn", "/app", day, "");
    }

    @Test
    void anItemIsOverdueFromTheDayAfterItsDeadline() {
        assertThat(due(TODAY.minusDays(1)).overdueOn(TODAY)).isTrue();
        assertThat(due(TODAY).overdueOn(TODAY)).isFalse();
        assertThat(due(TODAY.minusDays(1)).dueSoonOn(TODAY)).isFalse();
    }

    @Test
    void anItemIsDueSoonFromTodayToThreeDaysAhead() {
        assertThat(due(TODAY).dueSoonOn(TODAY)).isTrue();
        assertThat(due(TODAY.plusDays(WorkItem.DUE_SOON_DAYS)).dueSoonOn(TODAY)).isTrue();
        assertThat(due(TODAY.plusDays(WorkItem.DUE_SOON_DAYS + 1)).dueSoonOn(TODAY))
                .isFalse();
    }

    @Test
    void anUndatedItemIsNeitherOverdueNorDueSoonAndKeepsEmptyTexts() {
        var undated = new WorkItem("home.group.outgoing", "home.action.outgoing.DRAFT", "Dự thảo", "/app", null, "");
        assertThat(undated.overdueOn(TODAY)).isFalse();
        assertThat(undated.dueSoonOn(TODAY)).isFalse();
        assertThat(undated.detail()).isEmpty();
    }
}
