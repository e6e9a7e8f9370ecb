package vn.hdndso.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.indicators.Measurement;
import vn.hdndso.shared.CouncilId;

/** The rules of training: levels, T9's arithmetic, the check-in window and the attendance list. */
class TrainingRulesUnitTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();
    static final UUID D = UUID.randomUUID();
    static final UUID SIGNING = UUID.randomUUID();
    static final UUID OFFICE = UUID.randomUUID();

    static TrainingShares.Assessed assessed(UUID who, UUID course, SkillLevel level, LocalDate day) {
        return new TrainingShares.Assessed(who, course, level, day);
    }

    @Test
    void aDelegatesLevelIsTheirLatestPerCourseAndProficientInAnyCourseIsProficient() {
        assertThat(TrainingShares.levelOf(List.of())).isNull();
        assertThat(TrainingShares.levelOf(List.of(assessed(A, SIGNING, SkillLevel.BASIC, DAY))))
                .isEqualTo(SkillLevel.BASIC);
        assertThat(TrainingShares.levelOf(List.of(
                        assessed(A, SIGNING, SkillLevel.BASIC, DAY),
                        assessed(A, SIGNING, SkillLevel.PROFICIENT, DAY.plusDays(3)))))
                .as("reassessed higher later")
                .isEqualTo(SkillLevel.PROFICIENT);
        assertThat(TrainingShares.levelOf(List.of(
                        assessed(A, SIGNING, SkillLevel.PROFICIENT, DAY),
                        assessed(A, SIGNING, SkillLevel.BASIC, DAY.plusDays(3)))))
                .as("the latest assessment of a course counts, not the best")
                .isEqualTo(SkillLevel.BASIC);
        assertThat(TrainingShares.levelOf(List.of(
                        assessed(A, SIGNING, SkillLevel.BASIC, DAY),
                        assessed(A, OFFICE, SkillLevel.PROFICIENT, DAY.minusDays(30)))))
                .as("proficient in one course")
                .isEqualTo(SkillLevel.PROFICIENT);
    }

    @Test
    void t9IsTheTrainedShareOfTheTermsDelegatesWithTheProficientCount() {
        Set<UUID> term = Set.of(A, B, C, D);
        Measurement m = TrainingShares.measure(
                term,
                List.of(
                        new TrainingShares.Attended(A, DAY),
                        new TrainingShares.Attended(A, DAY.plusDays(1)),
                        new TrainingShares.Attended(UUID.randomUUID(), DAY)),
                List.of(
                        assessed(B, SIGNING, SkillLevel.PROFICIENT, DAY),
                        assessed(A, SIGNING, SkillLevel.BASIC, DAY),
                        assessed(C, SIGNING, SkillLevel.PROFICIENT, DAY.plusDays(10))),
                DAY.plusDays(5));
        assertThat(m.numerator())
                .as("A attended (twice: counted once), B assessed; C only later")
                .isEqualTo(2);
        assertThat(m.denominator())
                .as("delegates outside the term do not count")
                .isEqualTo(4);
        assertThat(m.breakdown()).containsEntry(TrainingShares.PROFICIENT, 1L);
        assertThat(m.value()).isEqualTo(50.0);

        Measurement later =
                TrainingShares.measure(term, List.of(), List.of(assessed(C, SIGNING, SkillLevel.PROFICIENT, DAY)), DAY);
        assertThat(later.numerator()).isEqualTo(1);
        assertThat(later.breakdown()).containsEntry(TrainingShares.PROFICIENT, 1L);
    }

    @Test
    void noDelegatesIsNoDataAndNobodyTrainedIsZero() {
        assertThat(TrainingShares.measure(Set.of(), List.of(), List.of(), DAY).hasData())
                .isFalse();
        Measurement none = TrainingShares.measure(Set.of(A, B), List.of(), List.of(), DAY);
        assertThat(none.hasData()).isTrue();
        assertThat(none.value()).isEqualTo(0.0);
        assertThat(none.breakdown()).containsEntry(TrainingShares.PROFICIENT, 0L);
    }

    @Test
    void aDelegateChecksInFromHalfAnHourBeforeTheStartUntilTheEnd() {
        Instant start = Instant.parse("2026-06-15T01:00:00Z");
        var session = new TrainingSession(
                UUID.randomUUID(),
                new CouncilId(UUID.randomUUID()),
                SIGNING,
                "Chữ ký số",
                start,
                start.plusSeconds(3 * 3600),
                SessionFormat.ONLINE,
                null,
                "https://hop.example.vn",
                0,
                false);
        assertThat(session.openForCheckIn(start.minusSeconds(31 * 60))).isFalse();
        assertThat(session.openForCheckIn(start.minusSeconds(30 * 60))).isTrue();
        assertThat(session.openForCheckIn(start.plusSeconds(3 * 3600))).isTrue();
        assertThat(session.openForCheckIn(start.plusSeconds(3 * 3600 + 1))).isFalse();
        assertThat(session.within(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15)))
                .isTrue();
        assertThat(session.within(LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 30)))
                .isFalse();
    }

    static Delegate delegate(String name) {
        return Delegate.active(
                new DelegateId(UUID.randomUUID()),
                new CouncilId(UUID.randomUUID()),
                UUID.randomUUID(),
                name,
                null,
                null,
                null,
                null,
                false);
    }

    @Test
    void anAttendanceListNamesEachDelegateOnceWhateverTheCaseAndSpacing() {
        Delegate an = delegate("Nguyễn Văn An");
        Delegate binh = delegate("Trần Thị Bình");
        List<UUID> matched = AttendanceList.match(
                List.of(new AttendanceList.Line(2, "  nguyễn  văn AN "), new AttendanceList.Line(3, "Trần Thị Bình")),
                List.of(an, binh));
        assertThat(matched).containsExactly(an.id().value(), binh.id().value());
    }

    @Test
    void everyBadRowIsListedWithItsReasonAndNothingIsMatched() {
        Delegate an = delegate("Nguyễn Văn An");
        Delegate lan1 = delegate("Lê Thị Lan");
        Delegate lan2 = delegate("Lê Thị Lan");
        Delegate anDiacritic = delegate("Nguyễn Văn Ân");
        assertThatThrownBy(() -> AttendanceList.match(
                        List.of(
                                new AttendanceList.Line(2, "Nguyễn Văn An"),
                                new AttendanceList.Line(3, "Phạm Không Có"),
                                new AttendanceList.Line(4, "Lê Thị Lan"),
                                new AttendanceList.Line(5, "nguyễn văn an"),
                                new AttendanceList.Line(6, " "),
                                new AttendanceList.Line(7, "Nguyen Van An")),
                        List.of(an, lan1, lan2, anDiacritic)))
                .isInstanceOfSatisfying(AttendanceImportRefused.class, e -> {
                    assertThat(e.rows())
                            .containsExactly(
                                    new ImportRow(3, "Phạm Không Có", "training.import.unknown"),
                                    new ImportRow(4, "Lê Thị Lan", "training.import.ambiguous"),
                                    new ImportRow(5, "nguyễn văn an", "training.import.duplicate"),
                                    new ImportRow(6, "", "training.import.noName"),
                                    new ImportRow(7, "Nguyen Van An", "training.import.unknown"));
                    assertThat(e.problems())
                            .extracting(p -> p.field())
                            .containsExactly(
                                    "rows[3].name", "rows[4].name", "rows[5].name", "rows[6].name", "rows[7].name");
                });
    }
}
