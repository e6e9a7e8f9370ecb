package vn.hdndso.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * What is wrong with a submitted form, in the reader's language: messages tied to fields (shown
 * next to them, with {@code aria-invalid} and {@code aria-describedby}) and general ones about the
 * form as a whole, all listed in a summary at the top of the form. Templates ask {@code
 * errors.has('field')}, {@code errors.message('field')}, {@code errors.invalid('field')}, {@code
 * errors.describedBy(…)}, {@code errors.general()} and {@code errors.items()}.
 */
public final class FormErrors {

    /** No errors: the form as first shown. */
    public static final FormErrors NONE = new FormErrors(Map.of(), List.of(), HttpStatus.OK);

    private final Map<String, String> fields;
    private final List<String> general;
    private final HttpStatus status;

    private FormErrors(Map<String, String> fields, List<String> general, HttpStatus status) {
        this.fields = fields;
        this.general = general;
        this.status = status;
    }

    /** The input problems, per field (several messages of one field joined into one text); 400. */
    public static FormErrors of(InvalidInputException e, MessageSource messages) {
        var fields = new LinkedHashMap<String, String>();
        add(e, fields, messages);
        var general = new ArrayList<String>();
        e.problems().stream()
                .filter(p -> p.field().equals(FORM))
                .forEach(p -> general.add(message(messages, p.messageKey(), p.arguments())));
        return new FormErrors(fields, general, HttpStatus.BAD_REQUEST);
    }

    /** A broken rule, on its field or (without one) on the whole form; 409. */
    public static FormErrors of(BusinessRuleException e, MessageSource messages) {
        String text = message(messages, e.messageKey(), e.arguments());
        String field = e.field();
        return field == null
                ? new FormErrors(Map.of(), List.of(text), HttpStatus.CONFLICT)
                : new FormErrors(Map.of(field, text), List.of(), HttpStatus.CONFLICT);
    }

    /** One field's problem that the page found itself; 400. */
    public static FormErrors field(
            String field, String messageKey, MessageSource messages, @Nullable Object... arguments) {
        return new FormErrors(
                Map.of(field, message(messages, messageKey, arguments)), List.of(), HttpStatus.BAD_REQUEST);
    }

    /**
     * Adds each problem's message, in the request's language, to its field's error (after a space
     * where the field has one already), for pages that keep their errors in a map. Problems of the
     * whole form (field "form") are left out.
     */
    public static void add(InvalidInputException e, Map<String, String> errors, MessageSource messages) {
        e.problems().stream()
                .filter(p -> !p.field().equals(FORM))
                .forEach(p -> errors.merge(
                        p.field(), message(messages, p.messageKey(), p.arguments()), (a, b) -> a + " " + b));
    }

    /** The HTTP status of the page that shows these errors again. */
    public HttpStatus status() {
        return status;
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The message about one field, if it has one. */
    public @Nullable String message(String field) {
        return fields.get(field);
    }

    /** The messages about the form as a whole. */
    public List<String> general() {
        return general;
    }

    /** {@code "true"} for a field in error, else nothing (the attribute is left out). */
    public @Nullable String invalid(String field) {
        return has(field) ? "true" : null;
    }

    /** The id of the field's error message, for {@code aria-describedby}, if it has one. */
    public @Nullable String describedBy(String field, String inputId) {
        return has(field) ? inputId + "-error" : null;
    }

    /** The hint and, if the field is in error, its message, for {@code aria-describedby}. */
    public String describedBy(String field, String inputId, String hintId) {
        return has(field) ? hintId + " " + inputId + "-error" : hintId;
    }

    /** Field messages in the order the rules found them, then the general ones. */
    public List<Item> items() {
        var items = new ArrayList<Item>();
        fields.forEach((field, message) -> items.add(new Item(field, message)));
        general.forEach(message -> items.add(new Item(null, message)));
        return items;
    }

    /** One line of the summary: a field's message (linked to the field) or a general one. */
    public record Item(@Nullable String field, String message) {}

    private static final String FORM = "form";

    private static String message(MessageSource messages, String key, @Nullable Object @Nullable [] arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return Objects.requireNonNullElse(messages.getMessage(key, arguments, key, locale), key);
    }
}
