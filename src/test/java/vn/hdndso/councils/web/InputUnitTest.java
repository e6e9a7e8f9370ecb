package vn.hdndso.councils.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.NewTerm;
import vn.hdndso.shared.InvalidInputException;

class InputUnitTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void parsesWhatFormsSendAndTreatsBlankAsAbsent() {
        var input = new Input();

        assertThat(input.date("startsOn", "2031-03-15")).isEqualTo(LocalDate.of(2031, 3, 15));
        assertThat(input.date("endsOn", " ")).isNull();
        assertThat(input.integer("birthYear", " 1975 ")).isEqualTo(1975);
        assertThat(input.choice("gender", "nu", Delegate.Gender.class)).isEqualTo(Delegate.Gender.NU);
        input.throwIfFailed();
    }

    @Test
    void reportsParseFailuresTogetherWithTheRulesOfTheRest() {
        var input = new Input();
        var term = new NewTerm("", input.date("startsOn", "2031-02-30"), LocalDate.of(2036, 3, 14));

        assertThatThrownBy(() -> input.throwIfFailed(term::check))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.FieldProblem::field,
                                        InvalidInputException.FieldProblem::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("startsOn", "validation.date"),
                                        org.assertj.core.groups.Tuple.tuple("name", "validation.required")));
    }

    @Test
    void mergePatchKeepsAbsentFieldsClearsNullsAndReplacesTheRest() {
        var input = new Input();
        UUID parent = UUID.randomUUID();
        var patch = new JsonPatch(
                json.readTree("{\"position\": null, \"email\": \"moi@x.vn\", \"parentId\": \"" + parent + "\"}"),
                input);

        assertThat(patch.text("position", "cũ")).isNull();
        assertThat(patch.text("email", "cu@x.vn")).isEqualTo("moi@x.vn");
        assertThat(patch.text("phone", "0900")).isEqualTo("0900");
        assertThat(patch.id("parentId", null)).isEqualTo(parent);
        assertThat(patch.bool("active", true)).isTrue();
        input.throwIfFailed();
    }

    @Test
    void mergePatchNamesFieldsOfTheWrongType() {
        var input = new Input();
        var patch = new JsonPatch(json.readTree("{\"birthYear\": \"1975\", \"active\": \"yes\"}"), input);
        patch.integer("birthYear", null);
        patch.bool("active", true);

        assertThatThrownBy(input::throwIfFailed)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.FieldProblem::field)
                                .containsExactly("birthYear", "active"));
    }

    @Test
    void aMergePatchMustBeAnObject() {
        assertThatThrownBy(() -> new JsonPatch(json.readTree("[1, 2]"), new Input()))
                .isInstanceOf(InvalidInputException.class);
    }
}
