package vn.hdndso.documents.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Reading the fields of the module's HTML forms, with messages in the visitor's language. */
final class FormFields {

    private FormFields() {}

    /** A date field ({@code dd/mm/yyyy} or {@code yyyy-MM-dd}); blank is none, an invalid one is noted in {@code errors}. */
    static @Nullable LocalDate date(String field, String value, Map<String, String> errors, MessageSource messages) {

        if (value.isBlank()) {
            return null;
        }
        try {
            return vn.hdndso.shared.VnDates.parseDate(value);
        } catch (DateTimeParseException e) {
            errors.put(field, message(messages, vn.hdndso.shared.VnDates.INVALID, new Object[0]));
            return null;
        }
    }

    /** The problems of an invalid input, one message per field, in the visitor's language. */
    static Map<String, String> errors(vn.hdndso.shared.InvalidInputException e, MessageSource messages) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        e.problems()
                .forEach(p -> errors.merge(
                        p.field(), message(messages, p.messageKey(), p.arguments()), (a, b) -> a + " " + b));
        return errors;
    }

    static String message(MessageSource messages, String key, Object[] arguments) {
        String text = messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
        return text == null ? key : text;
    }
}
