package vn.hdndso.councils;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.VnTime;

/**
 * Checks shared by the organisation's inputs. A field that already has a problem (say, a date
 * that did not parse) gets no second one.
 */
final class FieldRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()\\-]+");
    private static final int MIN_PHONE_DIGITS = 8;
    private static final int MAX_PHONE_DIGITS = 15;

    private FieldRules() {}

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Today in Vietnam: dates of the council's life are Vietnamese calendar days. */
    static LocalDate today() {
        return LocalDate.now(VnTime.ZONE);
    }

    /** A day as Vietnamese pages write it: 15/03/2026. */
    static String display(LocalDate day) {
        return DISPLAY.format(day);
    }

    /** NFC, single spaces, trimmed; blank becomes {@code null}. */
    static @Nullable String optional(@Nullable String value) {
        String normalized = VnText.normalize(value);
        return normalized.isEmpty() ? null : normalized;
    }

    static void required(InvalidInputException.Collector problems, String field, @Nullable Object value) {
        if (!problems.has(field) && (value == null || value.toString().isBlank())) {
            problems.add(field, "validation.required");
        }
    }

    static void maxLength(InvalidInputException.Collector problems, String field, @Nullable String value, int max) {
        if (!problems.has(field) && value != null && value.length() > max) {
            problems.add(field, "validation.tooLong", max);
        }
    }

    static void email(InvalidInputException.Collector problems, String field, @Nullable String value) {
        maxLength(problems, field, value, 200);
        if (!problems.has(field) && value != null && !EMAIL.matcher(value).matches()) {
            problems.add(field, "validation.email");
        }
    }

    static void phone(InvalidInputException.Collector problems, String field, @Nullable String value) {
        if (problems.has(field) || value == null) {
            return;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (value.length() > 30
                || !PHONE.matcher(value).matches()
                || digits < MIN_PHONE_DIGITS
                || digits > MAX_PHONE_DIGITS) {
            problems.add(field, "councils.validation.phone");
        }
    }
}
