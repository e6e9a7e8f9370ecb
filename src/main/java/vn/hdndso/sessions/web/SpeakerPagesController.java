package vn.hdndso.sessions.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.SpeakersList;
import vn.hdndso.shared.NotFoundException;

/**
 * The speakers' list on the pages (templates/sessions/speakers.html): delegates ask from their
 * phone, the chair gives the floor from the console; each panel is also served alone, so that the
 * live stream's {@code speakers} event can refresh it in place.
 */
@Controller
class SpeakerPagesController {

    private final Councils councils;
    private final Sessions sessions;
    private final SpeakersList speakers;
    private final ConsoleActions console;

    SpeakerPagesController(Councils councils, Sessions sessions, SpeakersList speakers, ConsoleActions console) {
        this.councils = councils;
        this.sessions = sessions;
        this.speakers = speakers;
        this.console = console;
    }

    @PostMapping("/app/councils/{slug}/my-sessions/{id}/speakers")
    @PreAuthorize(SessionApiController.DELEGATE)
    String ask(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String itemId,
            RedirectAttributes redirect) {
        return delegateAction(
                slug,
                id,
                redirect,
                "speakers.done.requested",
                council -> speakers.request(council.id(), new SessionId(id), new AgendaItemId(item(itemId)), user()));
    }

    @PostMapping("/app/councils/{slug}/my-sessions/{id}/speakers/{request}/withdraw")
    @PreAuthorize(SessionApiController.DELEGATE)
    String withdraw(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID request, RedirectAttributes redirect) {
        return delegateAction(
                slug,
                id,
                redirect,
                "speakers.done.withdrawn",
                council -> speakers.withdraw(council.id(), new SessionId(id), request, user()));
    }

    @PostMapping("/app/councils/{slug}/sessions/{id}/speakers/{request}/grant")
    @PreAuthorize(SessionApiController.CHAIR)
    String grant(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID request, RedirectAttributes redirect) {
        return console.act(
                slug, id, redirect, "speakers.done.granted", c -> speakers.grant(c, new SessionId(id), request));
    }

    @PostMapping("/app/councils/{slug}/sessions/{id}/speakers/end")
    @PreAuthorize(SessionApiController.CHAIR)
    String end(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return console.act(slug, id, redirect, "speakers.done.ended", c -> speakers.end(c, new SessionId(id)));
    }

    @PostMapping("/app/councils/{slug}/sessions/{id}/speakers/{request}/move")
    @PreAuthorize(SessionApiController.CHAIR)
    String move(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID request,
            @RequestParam(defaultValue = "0") int direction,
            RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "speakers.done.moved",
                c -> speakers.move(c, new SessionId(id), request, direction));
    }

    /** The console's panel alone (refreshed live). */
    @GetMapping("/app/councils/{slug}/sessions/{id}/speakers")
    @PreAuthorize(SessionApiController.STAFF)
    String chairPanel(@PathVariable String slug, @PathVariable UUID id, Model model) {
        prepare(slug, id, model);
        model.addAttribute(
                "chair",
                CurrentUser.get()
                        .map(u -> u.isCityAdmin() || u.has(vn.hdndso.identity.Role.COUNCIL_ADMIN))
                        .orElse(false));
        return "sessions/speakers :: chair";
    }

    /** The delegate's panel alone (refreshed live). */
    @GetMapping("/app/councils/{slug}/my-sessions/{id}/speakers")
    @PreAuthorize(SessionApiController.DELEGATE)
    String delegatePanel(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = prepare(slug, id, model);
        model.addAttribute("agenda", sessions.agenda(council.id(), new SessionId(id)));
        return "sessions/speakers :: delegate";
    }

    /**
     * The projector's panel alone (public, refreshed live): fetched when the live stream says the
     * list changed, which it says only after the public page cache has forgotten the old list.
     */
    @GetMapping("/{slug:[a-z0-9-]+}/ky-hop/{id}/phat-bieu")
    String projectorPanel(@PathVariable String slug, @PathVariable UUID id, Model model) {
        prepare(slug, id, model);
        return "sessions/speakers :: projector";
    }

    private Council prepare(String slug, UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        CouncilSession session = sessions.require(council.id(), new SessionId(id));
        if (!session.isPublic() && CurrentUser.get().isEmpty()) {
            throw new NotFoundException("sessions.notFound", id);
        }
        model.addAttribute("council", council);
        model.addAttribute("meeting", session);
        return council;
    }

    private String delegateAction(
            String slug,
            UUID id,
            RedirectAttributes redirect,
            String doneKey,
            java.util.function.Function<Council, ?> action) {
        String back = "/app/councils/" + slug + "/my-sessions/" + id;
        try {
            action.apply(councils.requireBySlug(slug));
            redirect.addFlashAttribute("done", doneKey);
            return "redirect:" + back;
        } catch (vn.hdndso.shared.InvalidInputException | vn.hdndso.shared.BusinessRuleException e) {
            return console.failed(e, redirect, back);
        }
    }

    private static UUID item(String itemId) {
        try {
            return UUID.fromString(itemId);
        } catch (IllegalArgumentException e) {
            throw vn.hdndso.shared.InvalidInputException.of("itemId", "speakers.item.required");
        }
    }

    private static UUID user() {
        return CurrentUser.get().orElseThrow().id().value();
    }
}
