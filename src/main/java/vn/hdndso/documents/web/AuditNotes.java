package vn.hdndso.documents.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The comment or reason an audit entry of a document kept ("details" as JSON), for the history. */
final class AuditNotes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditNotes() {}

    static @Nullable String noteOf(String details) {
        try {
            JsonNode node = JSON.readTree(details);
            for (String key : new String[] {"comment", "reason", "source"}) {
                JsonNode value = node.get(key);
                if (value != null && !value.asString().isBlank()) {
                    return value.asString();
                }
            }
            return null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
