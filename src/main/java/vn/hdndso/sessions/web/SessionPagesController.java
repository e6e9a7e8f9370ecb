package vn.hdndso.sessions.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.Minutes;
import vn.hdndso.sessions.NewSession;
import vn.hdndso.sessions.Recordings;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/** The staff console to run a session: plan, agenda, attendance, votes, recording, minutes. */
@Controller
@RequestMapping("/app/councils/{slug}/sessions")
@PreAuthorize(SessionApiController.STAFF)
class SessionPagesController {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Councils councils;
    private final Sessions sessions;
    private final Votes votes;
    private final Recordings recordings;
    private final Minutes minutes;
    private final MessageSource messages;
    private final vn.hdndso.sessions.LiveSessions live;

    SessionPagesController(
            Councils councils,
            Sessions sessions,
            Votes votes,
            Recordings recordings,
            Minutes minutes,
            MessageSource messages,
            vn.hdndso.sessions.LiveSessions live) {
        this.councils = councils;
        this.sessions = sessions;
        this.votes = votes;
        this.recordings = recordings;
        this.minutes = minutes;
        this.messages = messages;
        this.live = live;
    }

    /** One agenda line of the console: the item and its tally if it is a motion. */
    record Line(AgendaItem item, @Nullable Tally tally) {}

    /** The sessions tab: the staff's list; a delegate (or other member) goes to their own sessions. */
    @GetMapping
    @PreAuthorize(PackController.MEMBER)
    String list(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        boolean staff = CurrentUser.get()
                .map(u -> u.isCityAdmin() || u.has(Role.CLERK) || u.has(Role.COUNCIL_ADMIN))
                .orElse(false);
        if (!staff) {
            return "redirect:/app/councils/" + slug + "/my-sessions";
        }
        model.addAttribute("council", council);
        model.addAttribute("sessions", sessions.list(council.id()));
        model.addAttribute("kinds", SessionKind.values());
        return "sessions/list";
    }

    @PostMapping
    String plan(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String startsAt,
            @RequestParam(required = false) @Nullable SessionKind kind,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String onlineUrl,
            @RequestParam(defaultValue = "") String livestreamUrl,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            java.time.Instant at = startsAt.isBlank()
                    ? null
                    : LocalDateTime.parse(startsAt).atZone(VIETNAM).toInstant();
            CouncilSession session =
                    sessions.plan(council.id(), new NewSession(title, at, kind, place, onlineUrl, livestreamUrl));
            redirect.addFlashAttribute("done", "sessions.done.planned");
            return "redirect:/app/councils/" + slug + "/sessions/" + session.id();
        } catch (java.time.format.DateTimeParseException e) {
            return failed(
                    InvalidInputException.of("startsAt", "sessions.startsAt.invalid"),
                    redirect,
                    "/app/councils/" + slug + "/sessions");
        } catch (InvalidInputException | BusinessRuleException e) {
            return failed(e, redirect, "/app/councils/" + slug + "/sessions");
        }
    }

    @GetMapping("/statistics")
    String statistics(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("statistics", sessions.statistics(council.id()));
        return "sessions/statistics";
    }

    @GetMapping("/{id}")
    String console(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        SessionId sessionId = new SessionId(id);
        CouncilSession session = sessions.require(council.id(), sessionId);
        model.addAttribute("council", council);
        model.addAttribute("meeting", session);
        model.addAttribute(
                "lines",
                sessions.agenda(council.id(), sessionId).stream()
                        .map(i -> new Line(i, i.motion() ? votes.tally(council.id(), sessionId, i.id()) : null))
                        .toList());
        model.addAttribute("attendance", sessions.attendance(council.id(), sessionId));
        model.addAttribute("recording", recordings.find(council.id(), sessionId).orElse(null));
        model.addAttribute("majorities", Majority.values());
        model.addAttribute(
                "chair",
                CurrentUser.get()
                        .map(u -> u.isCityAdmin() || u.has(Role.COUNCIL_ADMIN))
                        .orElse(false));
        return "sessions/console";
    }

    @PostMapping("/{id}/convene")
    @PreAuthorize(SessionApiController.CHAIR)
    String convene(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(slug, id, redirect, "sessions.done.convened", c -> sessions.convene(c, new SessionId(id)));
    }

    @PostMapping("/{id}/start")
    @PreAuthorize(SessionApiController.CHAIR)
    String start(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(slug, id, redirect, "sessions.done.started", c -> sessions.start(c, new SessionId(id)));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(SessionApiController.CHAIR)
    String close(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(slug, id, redirect, "sessions.done.closed", c -> sessions.close(c, new SessionId(id)));
    }

    @PostMapping("/{id}/items")
    String addItem(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "false") boolean motion,
            @RequestParam(required = false) @Nullable Majority majority,
            RedirectAttributes redirect) {
        return act(
                slug,
                id,
                redirect,
                "sessions.done.itemAdded",
                c -> sessions.addItem(
                        c,
                        new SessionId(id),
                        title,
                        motion,
                        motion ? (majority == null ? Majority.MORE_THAN_HALF_OF_ALL : majority) : null,
                        null));
    }

    @PostMapping("/{id}/items/{itemId}/move")
    String move(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam int direction,
            RedirectAttributes redirect) {
        return act(
                slug,
                id,
                redirect,
                "sessions.done.moved",
                c -> sessions.move(c, new SessionId(id), new AgendaItemId(itemId), direction));
    }

    @PostMapping("/{id}/items/{itemId}/open")
    @PreAuthorize(SessionApiController.CHAIR)
    String openVote(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        return act(
                slug,
                id,
                redirect,
                "sessions.done.voteOpened",
                c -> votes.open(c, new SessionId(id), new AgendaItemId(itemId)));
    }

    @PostMapping("/{id}/items/{itemId}/close")
    @PreAuthorize(SessionApiController.CHAIR)
    String closeVote(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        return act(
                slug,
                id,
                redirect,
                "sessions.done.voteClosed",
                c -> votes.close(c, new SessionId(id), new AgendaItemId(itemId)));
    }

    @PostMapping("/{id}/items/{itemId}/analog")
    String analog(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam(required = false) @Nullable Integer yes,
            @RequestParam(required = false) @Nullable Integer no,
            @RequestParam(required = false) @Nullable Integer abstain,
            RedirectAttributes redirect) {
        return act(
                slug,
                id,
                redirect,
                "sessions.done.voteClosed",
                c -> votes.recordAnalog(c, new SessionId(id), new AgendaItemId(itemId), yes, no, abstain));
    }

    @PostMapping("/{id}/items/{itemId}/offset")
    String offset(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam(defaultValue = "") String at,
            RedirectAttributes redirect) {
        return act(slug, id, redirect, "sessions.done.offset", c -> {
            sessions.setRecordingOffset(c, new SessionId(id), new AgendaItemId(itemId), seconds(at));
            return null;
        });
    }

    @PostMapping("/{id}/attendance/{delegateId}")
    String mark(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID delegateId,
            @RequestParam(defaultValue = "true") boolean present,
            RedirectAttributes redirect) {
        return act(
                slug,
                id,
                redirect,
                present ? "sessions.done.checkedIn" : "sessions.done.checkedOut",
                c -> sessions.mark(c, new SessionId(id), delegateId, present));
    }

    @PostMapping("/{id}/recording-url")
    String recordingUrl(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String url,
            RedirectAttributes redirect) {
        return act(
                slug,
                id,
                redirect,
                "sessions.done.recordingLinked",
                c -> sessions.linkRecording(c, new SessionId(id), url));
    }

    /** The session's live state as server-sent events (the same stream as the public page's). */
    @GetMapping(path = "/{id}/live", produces = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter live(
            @PathVariable String slug, @PathVariable UUID id) {
        return live.watch(councils.requireBySlug(slug).id(), new SessionId(id));
    }

    @GetMapping("/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return pdf(minutes.minutesPdf(council.id(), new SessionId(id)), "bien-ban.pdf");
    }

    @GetMapping("/{id}/invitation.pdf")
    ResponseEntity<byte[]> invitationPdf(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return pdf(minutes.invitationPdf(council.id(), new SessionId(id), ""), "giay-moi.pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(content);
    }

    /** "1:02:03", "62:03" or "3723" as seconds; blank clears. */
    static @Nullable Integer seconds(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int total = 0;
            for (String part : t.split(":")) {
                total = total * 60 + Integer.parseInt(part.strip());
            }
            return total;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("offset", "sessions.recording.offsetInvalid");
        }
    }

    private String act(
            String slug,
            UUID id,
            RedirectAttributes redirect,
            String doneKey,
            java.util.function.Function<vn.hdndso.shared.CouncilId, ?> action) {
        String back = "/app/councils/" + slug + "/sessions/" + id;
        try {
            action.apply(councils.requireBySlug(slug).id());
            redirect.addFlashAttribute("done", doneKey);
            return "redirect:" + back;
        } catch (InvalidInputException | BusinessRuleException e) {
            return failed(e, redirect, back);
        }
    }

    private String failed(RuntimeException e, RedirectAttributes redirect, String back) {
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
