package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.documents.PublicHolidays;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/** The rules of routing, the escalation ladder and the voter's reopening window, without Spring. */
class RoutingRulesUnitTest {

    static final UUID ECONOMY = UUID.randomUUID();
    static final UUID SOCIAL = UUID.randomUUID();
    static final ReceivingBody ECONOMY_UNIT =
            new ReceivingBody(CompetentBodyKind.EXECUTIVE_UNIT, ECONOMY, "Phòng Kinh tế");
    static final WorkingDays WORKING_DAYS = WorkingDays.STATUTORY;

    @Test
    void confirmingTheDefaultNeedsNoReason() {
        var decision = RoutingDecision.of(
                ECONOMY_UNIT, new ReceivingBody(CompetentBodyKind.EXECUTIVE_UNIT, ECONOMY, "Phòng Kinh tế"), null);
        assertThat(decision.rerouted()).isFalse();
        assertThat(decision.reason()).isEmpty();
    }

    @Test
    void reroutingWithoutAReasonIsRefusedNamingTheReasonField() {
        var other = new ReceivingBody(CompetentBodyKind.EXECUTIVE_UNIT, SOCIAL, "Phòng Văn hóa - Xã hội");
        assertThatThrownBy(() -> RoutingDecision.of(ECONOMY_UNIT, other, "   "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("reason");
                        assertThat(p.messageKey()).isEqualTo("routing.reroute.reason.required");
                        assertThat(p.arguments()).containsExactly("Phòng Kinh tế");
                    });
                });
        var decision = RoutingDecision.of(ECONOMY_UNIT, other, "  Trường học do Phòng Văn hóa quản lý ");
        assertThat(decision.rerouted()).isTrue();
        assertThat(decision.reason()).isEqualTo("Trường học do Phòng Văn hóa quản lý");
    }

    @Test
    void withoutAConfiguredDefaultAnyBodyIsFineAndNamesCompareLoosely() {
        var agency = new ReceivingBody(CompetentBodyKind.AGENCY, null, "Công an xã");
        assertThat(RoutingDecision.of(null, agency, null).rerouted()).isFalse();
        var city = new ReceivingBody(CompetentBodyKind.CITY, null, "Sở Xây dựng");
        assertThat(city.sameDeskAs(new ReceivingBody(CompetentBodyKind.CITY, null, "  sở  xây dựng ")))
                .isTrue();
        assertThat(city.sameDeskAs(new ReceivingBody(CompetentBodyKind.AGENCY, null, "Sở Xây dựng")))
                .isFalse();
        assertThatThrownBy(() -> RoutingDecision.of(city, agency, "x".repeat(1001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("routing.reason.tooLong");
    }

    @Test
    void anIssueClimbsOneStepAfterEachDeadlineInWorkingDays() {
        var ladder = new EscalationLadder(10, 5);
        LocalDate deadline = LocalDate.of(2026, 12, 4); // a Friday
        assertThat(ladder.next(EscalationStep.UNIT, deadline, deadline, WORKING_DAYS))
                .as("on the deadline day it stays")
                .isEmpty();
        LocalDate monday = LocalDate.of(2026, 12, 7);
        var toChair =
                ladder.next(EscalationStep.UNIT, deadline, monday, WORKING_DAYS).orElseThrow();
        assertThat(toChair.step()).isEqualTo(EscalationStep.CHAIR);
        assertThat(toChair.deadline()).as("ten working days from Monday").isEqualTo(LocalDate.of(2026, 12, 21));
        var toStanding = ladder.next(EscalationStep.CHAIR, toChair.deadline(), LocalDate.of(2026, 12, 22), WORKING_DAYS)
                .orElseThrow();
        assertThat(toStanding.step()).isEqualTo(EscalationStep.STANDING_COMMITTEE);
        assertThat(toStanding.deadline()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(ladder.next(
                        EscalationStep.STANDING_COMMITTEE,
                        toStanding.deadline(),
                        LocalDate.of(2027, 3, 1),
                        WORKING_DAYS))
                .as("nothing above the standing committee")
                .isEmpty();
        assertThatThrownBy(() -> new EscalationLadder(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStepDeadlineSkipsPublicHolidays() {
        var ladder = new EscalationLadder(3, 3);
        // escalated on 31 December 2026: New Year's Day is not a working day
        var up = ladder.next(EscalationStep.UNIT, LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31), WORKING_DAYS)
                .orElseThrow();
        assertThat(up.deadline())
                .isEqualTo(new WorkingDays(PublicHolidays.STATUTORY).plus(LocalDate.of(2026, 12, 31), 3));
        assertThat(up.deadline()).isAfter(LocalDate.of(2027, 1, 5));
    }

    @Test
    void theReopeningWindowIncludesItsLastDayAndNamesItWhenClosed() {
        var window = new ReopenWindow(30);
        LocalDate published = LocalDate.of(2026, 11, 2);
        assertThat(window.lastDay(published)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(window.isOpenOn(published, LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(window.isOpenOn(published, LocalDate.of(2026, 12, 3))).isFalse();
        window.requireOpen(published, published);
        assertThatThrownBy(() -> window.requireOpen(published, LocalDate.of(2026, 12, 3)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("feedback.reopen.closed");
                    assertThat(e.arguments()).containsExactly("02/12/2026");
                });
        assertThatThrownBy(() -> new ReopenWindow(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
