package vn.hdndso.shared.web;

import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * A page's POST that does one thing and redirects back: on success with the flash attribute
 * "done" (a message key), on an {@link InvalidInputException} or a {@link BusinessRuleException}
 * with "problemText" (the first problem's message, in the request's language).
 */
public final class FlashActions {

    private FlashActions() {}

    /** Runs the action and redirects to back ("/app/councils/…"), with "done" or "problemText". */
    public static String run(
            String back, String doneKey, RedirectAttributes redirect, MessageSource messages, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            var p = e.problems().getFirst();
            return problem(back, message(messages, p.messageKey(), p.arguments()), redirect);
        } catch (BusinessRuleException e) {
            return problem(back, message(messages, e.messageKey(), e.arguments()), redirect);
        }
        redirect.addFlashAttribute("done", doneKey);
        return "redirect:" + back;
    }

    /** Redirects to back with the flash attribute "problemText", already translated. */
    public static String problem(String back, String text, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problemText", text);
        return "redirect:" + back;
    }

    private static String message(MessageSource messages, String key, Object[] arguments) {
        return Objects.requireNonNullElse(
                messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()), key);
    }
}
