package vn.hdndso.sessions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks JSON against the Popolo JSON Schemas in {@code testdata/standards/popolo/schemas}. They
 * are draft-03, which common validators no longer read; the part of draft-03 they use is small
 * ({@code type} with unions, {@code required: true}, {@code properties}, {@code items} and
 * {@code $ref} to another Popolo schema), and this checks exactly that part.
 */
final class PopoloSchema {

    static final Path SCHEMAS = Path.of("testdata", "standards", "popolo", "schemas");

    private final JsonMapper json = JsonMapper.builder().build();

    /** The problems of {@code value} against the schema file {@code schema} ("vote_event.json"); empty if valid. */
    List<String> problems(JsonNode value, String schema) {
        List<String> problems = new ArrayList<>();
        check(value, load(schema), "$", problems, 0);
        return problems;
    }

    private JsonNode load(String file) {
        try {
            return json.readTree(Files.readString(SCHEMAS.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> problems, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            String file = ref.substring(ref.lastIndexOf('/') + 1).replace("#", "");
            if (depth < 4) {
                check(value, load(file), path, problems, depth + 1);
            }
            return;
        }
        if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
            problems.add(path + ": " + kind(value) + " is not " + schema.get("type"));
            return;
        }
        if (schema.has("properties") && value.isObject()) {
            for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
                JsonNode child = value.get(property.getKey());
                if (child == null) {
                    if (property.getValue().path("required").asBoolean(false)) {
                        problems.add(path + "." + property.getKey() + ": required");
                    }
                    continue;
                }
                check(child, property.getValue(), path + "." + property.getKey(), problems, depth);
            }
        }
        if (schema.has("items") && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), path + "[" + i + "]", problems, depth);
            }
        }
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            return type.valueStream().anyMatch(t -> typeMatches(value, t));
        }
        return switch (type.asString()) {
            case "string" -> value.isString();
            case "null" -> value.isNull();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
