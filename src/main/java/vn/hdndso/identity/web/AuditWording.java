package vn.hdndso.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.identity.AuditTrail;

/**
 * Puts an audit entry into plain words: the action, the kind of thing it is about, each detail's
 * name and value, and who acted ("system" is "Hệ thống"), each through a message key
 * ({@code audit.action.*}, {@code audit.subject.*}, {@code audit.field.*}, {@code audit.value.*},
 * {@code audit.actor.*}). A value that is a code (a role, a status, a choice) is looked up
 * under the keys that name such codes; what has no words yet is shown as it is stored.
 */
@Component
class AuditWording {

    /** Where codes of other modules have their words, tried in this order. */
    private static final List<String> CODE_PREFIXES = List.of(
            "audit.value.",
            "role.",
            "documents.status.",
            "petitions.status.",
            "petitions.channel.",
            "sessions.state.",
            "sessions.choice.",
            "sessions.kind.",
            "sessions.majority.",
            "sessions.voteMode.",
            "files.textStatus.");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    AuditWording(MessageSource messages) {
        this.messages = messages;
    }

    /** One detail of an entry in words. */
    record Detail(String name, String value) {}

    AuditEntryView view(AuditTrail.Entry e, Locale locale) {
        return AuditEntryView.of(
                e,
                actor(e.actor(), locale),
                word("audit.action." + e.action(), e.action(), locale),
                word("audit.subject." + e.subjectType(), e.subjectType(), locale),
                details(e.details(), locale));
    }

    String actor(String actor, Locale locale) {
        return word("audit.actor." + actor, actor, locale);
    }

    List<Detail> details(String json, Locale locale) {
        if (json.isBlank() || "{}".equals(json)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            return List.of(new Detail("", json));
        }
        if (!root.isObject()) {
            return List.of(new Detail("", json));
        }
        List<Detail> details = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            details.add(new Detail(word("audit.field." + name, name, locale), value(field.getValue(), locale)));
        }
        return List.copyOf(details);
    }

    private String value(JsonNode node, Locale locale) {
        if (node.isBoolean()) {
            return word(node.asBoolean() ? "audit.value.true" : "audit.value.false", node.asString(), locale);
        }
        if (node.isNull()) {
            return word("audit.value.none", "", locale);
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(value(v, locale)));
            return String.join(", ", values);
        }
        if (node.isObject()) {
            List<String> values = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                values.add(word("audit.field." + field.getKey(), field.getKey(), locale) + ": "
                        + value(field.getValue(), locale));
            }
            return String.join("; ", values);
        }
        String text = node.asString();
        if (text.matches("[A-Z][A-Z0-9_]*")) {
            for (String prefix : CODE_PREFIXES) {
                String found = lookup(prefix + text, locale);
                if (found != null) {
                    return found;
                }
            }
        }
        return text;
    }

    private String word(String key, String fallback, Locale locale) {
        String found = lookup(key, locale);
        return found == null ? fallback : found;
    }

    private @Nullable String lookup(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }
}
