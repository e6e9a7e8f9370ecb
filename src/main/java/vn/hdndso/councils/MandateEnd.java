package vn.hdndso.councils;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * The end of a delegate's mandate before the term ends (resignation, transfer, death, recall).
 *
 * @param endedOn the day it ended; not before the term began, not in the future
 * @param reason why ("Chuyển công tác")
 */
public record MandateEnd(@Nullable LocalDate endedOn, String reason) {

    public MandateEnd {
        reason = VnText.normalize(reason);
    }

    /** What can be checked without the term: both fields present, the reason not too long. */
    public void check(InvalidInputException.Collector problems) {
        FieldRules.required(problems, "endedOn", endedOn);
        FieldRules.required(problems, "reason", reason);
        FieldRules.maxLength(problems, "reason", reason, 500);
    }

    public void check(InvalidInputException.Collector problems, Term term, LocalDate today) {
        check(problems);
        if (!problems.has("endedOn") && endedOn != null) {
            if (endedOn.isBefore(term.startsOn())) {
                problems.add("endedOn", "councils.validation.endedBeforeTerm", FieldRules.display(term.startsOn()));
            } else if (endedOn.isAfter(today)) {
                problems.add("endedOn", "councils.validation.future");
            }
        }
    }
}
