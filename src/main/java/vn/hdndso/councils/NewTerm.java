package vn.hdndso.councils;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * A legislative term to add to a council ("Nhiệm kỳ 2031–2036").
 *
 * @param endsOn the planned last day, never before the first. Required: terms may not overlap, and an
 *     open-ended term would leave no room for the next one
 */
public record NewTerm(
        String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {

    public NewTerm {
        name = VnText.normalize(name);
    }

    public void check(InvalidInputException.Collector problems) {
        FieldRules.required(problems, "name", name);
        FieldRules.maxLength(problems, "name", name, 100);
        FieldRules.required(problems, "startsOn", startsOn);
        FieldRules.required(problems, "endsOn", endsOn);
        if (!problems.has("startsOn")
                && !problems.has("endsOn")
                && startsOn != null
                && endsOn != null
                && endsOn.isBefore(startsOn)) {
            problems.add("endsOn", "councils.validation.endBeforeStart");
        }
    }
}
