package vn.hdndso.councils.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;

/**
 * Turns text from a form or a JSON string into values, noting what does not parse. The problems
 * are thrown together with those of the rules, so a form shows every mistake at once.
 */
final class Input {

    private final InvalidInputException.Collector problems = new InvalidInputException.Collector();
    private boolean failed;

    /** A day written yyyy-mm-dd (what a date input sends); blank is {@code null}. */
    @Nullable
    LocalDate date(String field, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return vn.hdndso.shared.VnDates.parseDate(raw);
        } catch (DateTimeParseException e) {
            fail(field, "validation.date");
            return null;
        }
    }

    /** A whole number; blank is {@code null}. */
    @Nullable
    Integer integer(String field, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            fail(field, "councils.validation.integer");
            return null;
        }
    }

    /** One of an enum's constants by name, in any case; blank is {@code null}. */
    <E extends Enum<E>> @Nullable E choice(String field, @Nullable String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            fail(field, "validation.enum", raw, allowed);
            return null;
        }
    }

    /** An identifier; blank is {@code null}. */
    @Nullable
    UUID id(String field, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            fail(field, "councils.validation.id");
            return null;
        }
    }

    /** Notes a value that must be given and is not (unless the field has a problem already). */
    void require(String field, @Nullable Object value) {
        if (value == null && !problems.has(field)) {
            fail(field, "validation.required");
        }
    }

    /** Throws what failed, if anything did. */
    void throwIfFailed() {
        throwIfFailed(problems -> {});
    }

    void fail(String field, String messageKey, Object... arguments) {
        if (!problems.has(field)) {
            problems.add(field, messageKey, arguments);
        }
        failed = true;
    }

    /**
     * If anything failed to parse, adds what {@code rules} find in the rest and throws it all;
     * otherwise leaves the rules to the service.
     */
    void throwIfFailed(Consumer<InvalidInputException.Collector> rules) {
        if (failed) {
            rules.accept(problems);
            problems.throwIfAny();
        }
    }
}
