package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkTabUnitTest {

    @Test
    void eachGroupCountsOnTheTabWhereItIsActedOn() {
        assertThat(WorkTab.of("home.group.incoming")).isEqualTo("incoming");
        assertThat(WorkTab.of("home.group.outgoing")).isEqualTo("documents");
        assertThat(WorkTab.of("home.group.meetings")).isEqualTo("petitions");
        assertThat(WorkTab.of("home.group.votes")).isEqualTo("sessions");
        assertThat(WorkTab.of("home.group.indicators")).isEqualTo("plans");
        assertThat(WorkTab.of("home.group.oversight")).isEqualTo("oversight");
        assertThat(WorkTab.of("home.group.training")).isNull();
    }

    @Test
    void theHomeTabCountsEveryGroupAndAnotherTabOnlyItsOwn() {
        assertThat(WorkTab.counts(WorkTab.HOME, "home.group.training")).isTrue();
        assertThat(WorkTab.counts(WorkTab.HOME, "home.group.incoming")).isTrue();
        assertThat(WorkTab.counts("sessions", "home.group.votes")).isTrue();
        assertThat(WorkTab.counts("sessions", "home.group.incoming")).isFalse();
        assertThat(WorkTab.counts("tasks", "home.group.training")).isFalse();
    }
}
