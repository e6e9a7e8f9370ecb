package vn.hdndso.documents.web;

import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.RemoteIssues;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * The document page's remote signing: "Ban hành, ký số từ xa" asks the signer, "Kiểm tra lại"
 * asks the provider again; the page then says where the signature stands.
 */
@Controller
@RequestMapping("/app/councils/{slug}/documents/{id}/issue/remote")
class RemoteIssuePagesController {

    private final Councils councils;
    private final RemoteIssues remoteIssues;
    private final MessageSource messages;

    RemoteIssuePagesController(Councils councils, RemoteIssues remoteIssues, MessageSource messages) {
        this.councils = councils;
        this.remoteIssues = remoteIssues;
        this.messages = messages;
    }

    @PostMapping
    @PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
    String start(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String signerId,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        if (signerId.isBlank()) {
            redirect.addFlashAttribute("problem", "remotesigning.signerId.required");
            return back(slug, id);
        }
        try {
            remoteIssues.start(council.id(), new DocumentId(id), signerId);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "remotesigning.signerId.invalid");
            return back(slug, id);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problemText", text(e));
            return back(slug, id);
        }
        redirect.addFlashAttribute("done", "remotesigning.state.PENDING");
        return back(slug, id);
    }

    @PostMapping("/check")
    @PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
    String check(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            RemoteIssues.RemoteIssue result = remoteIssues.check(council.id(), new DocumentId(id));
            if (result.state() == RemoteIssues.State.SIGNED) {
                redirect.addFlashAttribute("done", "documents.done.issued");
            }
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problemText", text(e));
        }
        return back(slug, id);
    }

    private String text(BusinessRuleException e) {
        String text =
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
        return text == null ? e.messageKey() : text;
    }

    private static String back(String slug, UUID id) {
        return "redirect:/app/councils/" + slug + "/documents/" + id;
    }
}
