package vn.hdndso.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * What was wrong with a submitted form, in the reader's language: messages per field (shown next
 * to the field) and messages about the form as a whole. Templates ask {@code errors.has('field')}
 * and {@code errors.of('field')}.
 */
final class FormErrors {

    static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    private final Map<String, List<String>> byField;
    private final List<String> global;

    private FormErrors(Map<String, List<String>> byField, List<String> global) {
        this.byField = byField;
        this.global = global;
    }

    static FormErrors of(InvalidInputException e, MessageSource messages) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>())
                        .add(message(messages, p.messageKey(), p.arguments())));
        return new FormErrors(byField, List.of());
    }

    static FormErrors of(BusinessRuleException e, MessageSource messages) {
        String text = message(messages, e.messageKey(), e.arguments());
        return e.field() == null
                ? new FormErrors(Map.of(), List.of(text))
                : new FormErrors(Map.of(e.field(), List.of(text)), List.of());
    }

    static FormErrors field(String field, String messageKey, MessageSource messages, Object... arguments) {
        return new FormErrors(Map.of(field, List.of(message(messages, messageKey, arguments))), List.of());
    }

    public boolean any() {
        return !byField.isEmpty() || !global.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages about one field, joined into one sentence list. */
    public @Nullable String of(String field) {
        List<String> texts = byField.get(field);
        return texts == null ? null : String.join(" ", texts);
    }

    public List<String> global() {
        return global;
    }

    private static String message(MessageSource messages, String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
