package vn.hdndso.councils;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.InvalidInputException;

class OrganisationInputUnitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void normalisesDelegateDetailsAndTreatsBlankAsAbsent() {
        var details = new DelegateDetails("  Nguyễn   Văn  An ", null, null, "  ", " an@x.vn ", "");

        assertThat(details.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(details.position()).isNull();
        assertThat(details.email()).isEqualTo("an@x.vn");
        assertThat(details.phone()).isNull();
        assertThat(details.hasContact()).isTrue();
    }

    @Test
    void acceptsBirthYearsFrom1900ToThisYear() {
        assertThat(problems(new DelegateDetails("A", null, 1900, null, null, null)))
                .isEmpty();
        assertThat(problems(new DelegateDetails("A", null, 2026, null, null, null)))
                .isEmpty();
        assertThat(problems(new DelegateDetails("A", null, 1899, null, null, null)))
                .containsExactly("birthYear");
        assertThat(problems(new DelegateDetails("A", null, 2027, null, null, null)))
                .containsExactly("birthYear");
    }

    @Test
    void acceptsVietnamesePhoneNumbersInTheirUsualSpellings() {
        for (String phone : new String[] {"0912345678", "0912 345 678", "+84 912 345 678", "(0220) 3.888.999"}) {
            assertThat(problems(new DelegateDetails("A", null, null, null, null, phone)))
                    .as(phone)
                    .isEmpty();
        }
        for (String phone : new String[] {"12", "0912-abc-678", "0912345678901234567"}) {
            assertThat(problems(new DelegateDetails("A", null, null, null, null, phone)))
                    .as(phone)
                    .containsExactly("phone");
        }
    }

    @Test
    void aTermHasBothDaysAndEndsOnOrAfterItsFirstDay() {
        var sameDay = new NewTerm("Khóa ngắn", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 1));
        var backwards = new NewTerm("Khóa ngược", LocalDate.of(2031, 1, 2), LocalDate.of(2031, 1, 1));
        var openEnded = new NewTerm("Khóa mở", LocalDate.of(2031, 1, 2), null);

        assertThat(problems(sameDay)).isEmpty();
        assertThat(problems(openEnded)).containsExactly("endsOn");
        assertThat(problems(backwards)).containsExactly("endsOn");
        assertThat(problems(new NewTerm(" ", null, null))).containsExactly("name", "startsOn", "endsOn");
    }

    @Test
    void writesIssuerSymbolsInCapitalsWithoutSpaces() {
        assertThat(new BodyDetails("Ban Đô thị", " bđt ", null).symbol()).isEqualTo("BĐT");
        assertThat(problems(new BodyDetails("Ban Đô thị", "B DT", null), BodyKind.COMMITTEE))
                .containsExactly("symbol");
        assertThat(problems(new BodyDetails("Tổ 1", "T1", null), BodyKind.DELEGATE_GROUP))
                .containsExactly("symbol");
    }

    @Test
    void offersTheRolesThatSuitEachKindOfBody() {
        assertThat(BodyKind.STANDING_COMMITTEE.roles())
                .containsExactly(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR, MembershipRole.MEMBER);
        assertThat(BodyKind.DELEGATE_GROUP.roles())
                .containsExactly(MembershipRole.HEAD, MembershipRole.DEPUTY_HEAD, MembershipRole.MEMBER);
        assertThat(BodyKind.STANDING_COMMITTEE.isOptional()).isFalse();
    }

    @Test
    void aMandateEndsWithinTheTermAndNotInTheFuture() {
        var term = new Term(
                java.util.UUID.randomUUID(),
                new vn.hdndso.shared.CouncilId(java.util.UUID.randomUUID()),
                "Nhiệm kỳ 2026–2031",
                LocalDate.of(2026, 3, 15),
                null,
                true);

        assertThat(problems(new MandateEnd(LocalDate.of(2026, 3, 15), "Chuyển công tác"), term))
                .isEmpty();
        assertThat(problems(new MandateEnd(LocalDate.of(2026, 3, 14), "Chuyển công tác"), term))
                .containsExactly("endedOn");
        assertThat(problems(new MandateEnd(TODAY.plusDays(1), "Chuyển công tác"), term))
                .containsExactly("endedOn");
        assertThat(problems(new MandateEnd(null, "  "), term)).containsExactly("endedOn", "reason");
    }

    @Test
    void aPeoplesCommitteeBelongsToNoOtherUnit() {
        var details = new ExecutiveUnitDetails(
                "UBND", ExecutiveUnit.Kind.PEOPLES_COMMITTEE, java.util.UUID.randomUUID(), null, null, true);
        var problems = new InvalidInputException.Collector();
        details.check(problems);
        assertThat(fields(problems)).containsExactly("parentId");
    }

    private static java.util.List<String> problems(DelegateDetails details) {
        var problems = new InvalidInputException.Collector();
        details.check(problems, TODAY);
        return fields(problems);
    }

    private static java.util.List<String> problems(NewTerm term) {
        var problems = new InvalidInputException.Collector();
        term.check(problems);
        return fields(problems);
    }

    private static java.util.List<String> problems(BodyDetails details, BodyKind kind) {
        var problems = new InvalidInputException.Collector();
        details.check(problems, kind);
        return fields(problems);
    }

    private static java.util.List<String> problems(MandateEnd end, Term term) {
        var problems = new InvalidInputException.Collector();
        end.check(problems, term, TODAY);
        return fields(problems);
    }

    private static java.util.List<String> fields(InvalidInputException.Collector problems) {
        try {
            problems.throwIfAny();
            return java.util.List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream()
                    .map(InvalidInputException.FieldProblem::field)
                    .toList();
        }
    }
}
