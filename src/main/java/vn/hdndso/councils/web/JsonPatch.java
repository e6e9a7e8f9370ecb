package vn.hdndso.councils.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.hdndso.shared.InvalidInputException;

/**
 * A JSON merge patch (RFC 7396) over a record's current values: a field that is absent keeps
 * its value, {@code null} clears it, anything else replaces it.
 */
final class JsonPatch {

    private final JsonNode body;
    private final Input input;

    JsonPatch(@Nullable JsonNode body, Input input) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "councils.validation.object");
        }
        this.body = body;
        this.input = input;
    }

    @Nullable
    String text(String field, @Nullable String current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            input.fail(field, "validation.type");
            return current;
        }
        return value.stringValue();
    }

    /** Like {@link #text}, for a value that cannot be cleared: {@code null} leaves it empty for the rules to refuse. */
    String requiredText(String field, String current) {
        String value = text(field, current);
        return value == null ? "" : value;
    }

    @Nullable
    Integer integer(String field, @Nullable Integer current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            input.fail(field, "validation.type");
            return current;
        }
        return value.intValue();
    }

    <E extends Enum<E>> @Nullable E choice(String field, Class<E> type, @Nullable E current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            input.fail(field, "validation.type");
            return current;
        }
        if (value.stringValue().isBlank()) {
            return null;
        }
        E parsed = input.choice(field, value.stringValue(), type);
        return parsed == null ? current : parsed;
    }

    @Nullable
    UUID id(String field, @Nullable UUID current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            input.fail(field, "validation.type");
            return current;
        }
        if (value.stringValue().isBlank()) {
            return null;
        }
        UUID parsed = input.id(field, value.stringValue());
        return parsed == null ? current : parsed;
    }

    boolean bool(String field, boolean current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (!value.isBoolean()) {
            input.fail(field, "validation.type");
            return current;
        }
        return value.booleanValue();
    }
}
