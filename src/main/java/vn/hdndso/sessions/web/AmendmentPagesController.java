package vn.hdndso.sessions.web;

import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.Amendments;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/** Amendments on the pages (templates/sessions/amendments.html): proposed from the phone, admitted from the console. */
@Controller
class AmendmentPagesController {

    private final Councils councils;
    private final Amendments amendments;
    private final ConsoleActions console;

    AmendmentPagesController(Councils councils, Amendments amendments, ConsoleActions console) {
        this.councils = councils;
        this.amendments = amendments;
        this.console = console;
    }

    @PostMapping("/app/councils/{slug}/my-sessions/{id}/amendments")
    @PreAuthorize(SessionApiController.DELEGATE)
    String propose(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String itemId,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        return delegateAction(
                slug,
                id,
                redirect,
                "amendments.done.proposed",
                council ->
                        amendments.propose(council, new SessionId(id), new AgendaItemId(item(itemId)), user(), text));
    }

    @PostMapping("/app/councils/{slug}/my-sessions/{id}/amendments/{amendment}/withdraw")
    @PreAuthorize(SessionApiController.DELEGATE)
    String withdraw(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID amendment,
            RedirectAttributes redirect) {
        return delegateAction(
                slug,
                id,
                redirect,
                "amendments.done.withdrawn",
                council -> amendments.withdraw(council, new SessionId(id), amendment, user()));
    }

    @PostMapping("/app/councils/{slug}/sessions/{id}/amendments/{amendment}/admit")
    @PreAuthorize(SessionApiController.CHAIR)
    String admit(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID amendment,
            RedirectAttributes redirect) {
        return console.act(
                slug, id, redirect, "amendments.done.admitted", c -> amendments.admit(c, new SessionId(id), amendment));
    }

    @PostMapping("/app/councils/{slug}/sessions/{id}/amendments/{amendment}/reject")
    @PreAuthorize(SessionApiController.CHAIR)
    String reject(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID amendment,
            RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "amendments.done.rejected",
                c -> amendments.reject(c, new SessionId(id), amendment));
    }

    private String delegateAction(
            String slug, UUID id, RedirectAttributes redirect, String doneKey, Function<CouncilId, ?> action) {
        String back = "/app/councils/" + slug + "/my-sessions/" + id;
        try {
            action.apply(councils.requireBySlug(slug).id());
            redirect.addFlashAttribute("done", doneKey);
            return "redirect:" + back;
        } catch (InvalidInputException | BusinessRuleException e) {
            return console.failed(e, redirect, back);
        }
    }

    private static UUID item(String itemId) {
        try {
            return UUID.fromString(itemId);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("itemId", "amendments.motion.required");
        }
    }

    private static UUID user() {
        return CurrentUser.get().orElseThrow().id().value();
    }
}
