package vn.hdndso.councils.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * What is wrong with a submitted form, in the reader's language: messages tied to fields (shown
 * next to them, with {@code aria-invalid} and {@code aria-describedby}) and general ones, all
 * listed in a summary at the top of the form.
 */
final class FormErrors {

    static final FormErrors NONE = new FormErrors(Map.of(), List.of(), HttpStatus.OK);

    private final Map<String, String> fields;
    private final List<String> general;
    private final HttpStatus status;

    private FormErrors(Map<String, String> fields, List<String> general, HttpStatus status) {
        this.fields = fields;
        this.general = general;
        this.status = status;
    }

    static FormErrors of(InvalidInputException e, MessageSource messages, Locale locale) {
        var fields = new LinkedHashMap<String, String>();
        for (InvalidInputException.FieldProblem p : e.problems()) {
            fields.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
        }
        return new FormErrors(fields, List.of(), HttpStatus.BAD_REQUEST);
    }

    static FormErrors of(BusinessRuleException e, MessageSource messages, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
        if (e.field() == null) {
            return new FormErrors(Map.of(), List.of(message), HttpStatus.CONFLICT);
        }
        return new FormErrors(Map.of(e.field(), message), List.of(), HttpStatus.CONFLICT);
    }

    /** The HTTP status of the page that shows these errors again. */
    HttpStatus status() {
        return status;
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public @Nullable String message(String field) {
        return fields.get(field);
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
}
