package vn.hdndso.sessions.web;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * Runs an action of the staff console and goes back to the session: with a "done" message, or
 * with the problem in words when the input or a rule refuses it.
 */
@Component
class ConsoleActions {

    private final Councils councils;
    private final MessageSource messages;

    ConsoleActions(Councils councils, MessageSource messages) {
        this.councils = councils;
        this.messages = messages;
    }

    String act(String slug, UUID id, RedirectAttributes redirect, String doneKey, Function<CouncilId, ?> action) {
        String back = "/app/councils/" + slug + "/sessions/" + id;
        try {
            action.apply(councils.requireBySlug(slug).id());
            redirect.addFlashAttribute("done", doneKey);
            return "redirect:" + back;
        } catch (InvalidInputException | BusinessRuleException e) {
            return failed(e, redirect, back);
        }
    }

    String failed(RuntimeException e, RedirectAttributes redirect, String back) {
        var locale = LocaleContextHolder.getLocale();
        String text = switch (e) {
            case InvalidInputException invalid ->
                invalid.problems().stream()
                        .map(p -> messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale))
                        .collect(Collectors.joining(" "));
            case BusinessRuleException rule ->
                messages.getMessage(rule.messageKey(), rule.arguments(), rule.messageKey(), locale);
            default -> throw e;
        };
        redirect.addFlashAttribute("error", text);
        return "redirect:" + back;
    }
}
