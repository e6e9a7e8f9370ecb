package vn.hdndso.shared.web;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.hdndso.shared.InvalidInputException;

/** The field errors a page's form shows again after an {@link InvalidInputException}. */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Adds each problem's message, in the request's language, to its field's error (after a space
     * where the field has one already). Problems of the whole form (field "form") are left out.
     */
    public static void add(InvalidInputException e, Map<String, String> errors, MessageSource messages) {
        e.problems().stream()
                .filter(p -> !p.field().equals("form"))
                .forEach(p -> errors.merge(
                        p.field(),
                        messages.getMessage(
                                p.messageKey(), p.arguments(), p.messageKey(), LocaleContextHolder.getLocale()),
                        (a, b) -> a + " " + b));
    }
}
