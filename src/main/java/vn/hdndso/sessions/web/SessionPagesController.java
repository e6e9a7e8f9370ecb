package vn.hdndso.sessions.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.hdndso.sessions.AttendanceStatus;
import vn.hdndso.sessions.Attendances;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.LiveSessions;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.Minutes;
import vn.hdndso.sessions.NewSession;
import vn.hdndso.sessions.Recordings;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.SessionStep;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;

/**
 * The staff console to run a session: plan, agenda, convening to closing, minutes; the actions of
 * the sitting itself are {@link SittingPagesController}.
 */
@Controller
@RequestMapping("/app/councils/{slug}/sessions")
@PreAuthorize(SessionApiController.STAFF)
class SessionPagesController {

    private final Councils councils;
    private final Sessions sessions;
    private final Attendances attendances;
    private final Votes votes;
    private final Recordings recordings;
    private final Minutes minutes;
    private final LiveSessions live;
    private final ConsoleActions console;

    SessionPagesController(
            Councils councils,
            Sessions sessions,
            Attendances attendances,
            Votes votes,
            Recordings recordings,
            Minutes minutes,
            LiveSessions live,
            ConsoleActions console) {
        this.councils = councils;
        this.sessions = sessions;
        this.attendances = attendances;
        this.votes = votes;
        this.recordings = recordings;
        this.minutes = minutes;
        this.live = live;
        this.console = console;
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
                    : vn.hdndso.shared.VnDates.parseDateTime(startsAt)
                            .atZone(VnTime.ZONE)
                            .toInstant();
            CouncilSession session =
                    sessions.plan(council.id(), new NewSession(title, at, kind, place, onlineUrl, livestreamUrl));
            redirect.addFlashAttribute("done", "sessions.done.planned");
            return "redirect:/app/councils/" + slug + "/sessions/" + session.id();
        } catch (java.time.format.DateTimeParseException e) {
            return console.failed(
                    InvalidInputException.of("startsAt", "sessions.startsAt.invalid"),
                    redirect,
                    "/app/councils/" + slug + "/sessions");
        } catch (InvalidInputException | BusinessRuleException e) {
            return console.failed(e, redirect, "/app/councils/" + slug + "/sessions");
        }
    }

    @GetMapping("/statistics")
    String statistics(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("statistics", attendances.statistics(council.id()));
        return "sessions/statistics";
    }

    @GetMapping("/{id}")
    String console(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        SessionId sessionId = new SessionId(id);
        CouncilSession session = sessions.require(council.id(), sessionId);
        model.addAttribute("council", council);
        model.addAttribute("meeting", session);
        var agenda = sessions.agenda(council.id(), sessionId);
        var recording = recordings.find(council.id(), sessionId).orElse(null);
        model.addAttribute(
                "lines",
                agenda.stream()
                        .map(i -> new Line(i, i.motion() ? votes.tally(council.id(), sessionId, i.id()) : null))
                        .toList());
        model.addAttribute("attendance", attendances.attendance(council.id(), sessionId));
        model.addAttribute(
                "statuses", List.of(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED));
        model.addAttribute("recording", recording);
        model.addAttribute(
                "steps",
                SessionStep.of(
                        session.state(),
                        agenda.stream().anyMatch(AgendaItem::motion),
                        recording != null || session.recordingUrl() != null));
        model.addAttribute("tookPlace", SessionStep.tookPlace(session.state()));
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
        return console.act(slug, id, redirect, "sessions.done.convened", c -> sessions.convene(c, new SessionId(id)));
    }

    @PostMapping("/{id}/start")
    @PreAuthorize(SessionApiController.CHAIR)
    String start(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return console.act(slug, id, redirect, "sessions.done.started", c -> sessions.start(c, new SessionId(id)));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(SessionApiController.CHAIR)
    String close(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
        return console.act(slug, id, redirect, "sessions.done.closed", c -> sessions.close(c, new SessionId(id)));
    }

    @PostMapping("/{id}/items")
    String addItem(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "false") boolean motion,
            @RequestParam(required = false) @Nullable Majority majority,
            RedirectAttributes redirect) {
        return console.act(
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
        return console.act(
                slug,
                id,
                redirect,
                "sessions.done.moved",
                c -> sessions.move(c, new SessionId(id), new AgendaItemId(itemId), direction));
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
}
