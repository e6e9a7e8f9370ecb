package vn.hdndso.sessions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.Attendances;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Minutes;
import vn.hdndso.sessions.Packs;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.VoteChoice;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * The delegate's phone view: the sessions they are invited to, the whole agenda with each item's
 * papers and what is still unread, check-in, big vote buttons while a vote is open and their own
 * vote once it is closed.
 * Works without JavaScript (forms); with it, a vote is sent without leaving the page and the
 * tally updates live.
 */
@Controller
@RequestMapping("/app/councils/{slug}/my-sessions")
@PreAuthorize(SessionApiController.DELEGATE)
class DelegatePagesController {

    private final Councils councils;
    private final Sessions sessions;
    private final Attendances attendances;
    private final Votes votes;
    private final Minutes minutes;
    private final Packs packs;
    private final MessageSource messages;
    private final vn.hdndso.sessions.LiveSessions live;

    DelegatePagesController(
            Councils councils,
            Sessions sessions,
            Attendances attendances,
            Votes votes,
            Minutes minutes,
            Packs packs,
            MessageSource messages,
            vn.hdndso.sessions.LiveSessions live) {
        this.councils = councils;
        this.sessions = sessions;
        this.attendances = attendances;
        this.votes = votes;
        this.minutes = minutes;
        this.packs = packs;
        this.messages = messages;
        this.live = live;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("sessions", sessions.invitationsOf(council.id(), user()));
        return "sessions/my-sessions";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        SessionId sessionId = new SessionId(id);
        CouncilSession session = sessions.require(council.id(), sessionId);
        UUID user = user();
        var agenda = sessions.agenda(council.id(), sessionId);
        var attendance = attendances.attendance(council.id(), sessionId);
        var pack = packs.list(council.id(), sessionId);
        Set<UUID> read = packs.readBy(council.id(), sessionId, user);
        model.addAttribute("council", council);
        model.addAttribute("meeting", session);
        model.addAttribute(
                "lines",
                AgendaLine.of(
                        agenda,
                        pack,
                        read,
                        i -> votes.tally(council.id(), sessionId, i.id()),
                        i -> votes.choiceOf(council.id(), i.id(), user)));
        model.addAttribute("agenda", agenda); // the items a delegate may ask to speak on
        model.addAttribute("general", AgendaLine.general(agenda, pack, read));
        model.addAttribute("unread", AgendaLine.unread(pack, read));

        model.addAttribute("attendance", attendance);
        model.addAttribute("choices", VoteChoice.values());
        return "sessions/delegate";
    }

    @PostMapping("/{id}/check-in")
    String checkIn(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            attendances.checkInSelf(council.id(), new SessionId(id), user());
            redirect.addFlashAttribute("done", "sessions.done.checkedIn");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", message(e.messageKey(), e.arguments()));
        }
        return "redirect:/app/councils/" + slug + "/my-sessions/" + id;
    }

    /** A vote from the form; with {@code Accept: application/json} (the page's script) no redirect. */
    @PostMapping("/{id}/items/{itemId}/vote")
    Object vote(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam(required = false) @Nullable VoteChoice choice,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        boolean script = String.valueOf(request.getHeader("Accept")).contains("application/json");
        String error = null;
        try {
            votes.cast(council.id(), new SessionId(id), new AgendaItemId(itemId), user(), choice);
        } catch (BusinessRuleException e) {
            error = message(e.messageKey(), e.arguments());
        } catch (InvalidInputException e) {
            var p = e.problems().getFirst();
            error = message(p.messageKey(), p.arguments());
        }
        if (script) {
            return ResponseEntity.status(error == null ? HttpStatus.OK : HttpStatus.CONFLICT)
                    .body(java.util.Map.of("message", error == null ? message("sessions.done.voted") : error));
        }
        if (error == null) {
            redirect.addFlashAttribute("done", "sessions.done.voted");
        } else {
            redirect.addFlashAttribute("error", error);
        }
        return "redirect:/app/councils/" + slug + "/my-sessions/" + id;
    }

    /** The session's live state as server-sent events (the same stream as the public page's). */
    @GetMapping(path = "/{id}/live", produces = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter live(
            @PathVariable String slug,
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Last-Event-ID", required = false)
                    @org.jspecify.annotations.Nullable
                    String lastEventId) {
        return live.watch(councils.requireBySlug(slug).id(), new SessionId(id), lastEventId);
    }

    @GetMapping("/{id}/invitation.pdf")
    @ResponseBody
    ResponseEntity<byte[]> invitation(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        String name = CurrentUser.get().map(CurrentUser::fullName).orElse("");
        return SessionPagesController.pdf(minutes.invitationPdf(council.id(), new SessionId(id), name), "giay-moi.pdf");
    }

    private String message(String key, Object... arguments) {
        String text = messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
        return text == null ? key : text;
    }

    private static UUID user() {
        return CurrentUser.get().orElseThrow().id().value();
    }
}
