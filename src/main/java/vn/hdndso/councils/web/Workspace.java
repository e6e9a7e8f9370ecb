package vn.hdndso.councils.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.FormErrors;

/**
 * What every organisation page of a council's workspace needs: the council, what the signed-in
 * person may do there, notices after a change, and errors of a refused form.
 */
@Component
class Workspace {

    private final Councils councils;
    private final StaffAccess access;
    private final MessageSource messages;

    Workspace(Councils councils, StaffAccess access, MessageSource messages) {
        this.councils = councils;
        this.access = access;
        this.messages = messages;
    }

    /** The council named in the address, with {@code council}, {@code canManage} and {@code canAdminister}. */
    Council open(String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("canManage", access.canManage());
        model.addAttribute("canAdminister", access.canAdminister());
        return council;
    }

    boolean canManage() {
        return access.canManage();
    }

    /** A confirmation shown once on the page the browser goes to next. */
    static void notice(RedirectAttributes redirect, String key, @Nullable Object argument) {
        redirect.addFlashAttribute("notice", new Notice(key, argument == null ? "" : argument.toString()));
    }

    /** The errors of a refused form under {@code attribute}; the response takes their status. */
    FormErrors refused(RuntimeException e, String attribute, Model model, HttpServletResponse response) {
        FormErrors errors = switch (e) {
            case InvalidInputException invalid -> FormErrors.of(invalid, messages);
            case BusinessRuleException rule -> FormErrors.of(rule, messages);
            default -> throw e;
        };
        model.addAttribute(attribute, errors);
        response.setStatus(errors.status().value());
        return errors;
    }

    /**
     * A message key and one argument, shown with {@code role="status"}. Serializable: as a flash
     * attribute it is kept in the HTTP session, which is stored in the database.
     */
    record Notice(String key, String argument) implements java.io.Serializable {}
}
