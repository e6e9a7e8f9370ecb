package vn.hdndso.sessions.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.SessionChanges;
import vn.hdndso.sessions.SessionEdit;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.VoteRounds;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;

/** The console's forms to change a session (templates/sessions/session-changes.html). */
@Controller
@RequestMapping("/app/councils/{slug}/sessions/{id}")
@PreAuthorize(SessionApiController.STAFF)
class SessionChangePagesController {

    private final SessionChanges changes;
    private final VoteRounds rounds;
    private final ConsoleActions console;

    SessionChangePagesController(SessionChanges changes, VoteRounds rounds, ConsoleActions console) {
        this.changes = changes;
        this.rounds = rounds;
        this.console = console;
    }

    @PostMapping("/edit")
    String edit(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String startsAt,
            @RequestParam(required = false) @Nullable SessionKind kind,
            @RequestParam(defaultValue = "") String place,
            RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "sessionchanges.done.edited",
                council ->
                        changes.edit(council, new SessionId(id), new SessionEdit(title, local(startsAt), kind, place)));
    }

    @PostMapping("/postpone")
    @PreAuthorize(SessionApiController.CHAIR)
    String postpone(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String startsAt,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "sessionchanges.done.postponed",
                council -> changes.postpone(council, new SessionId(id), local(startsAt), reason));
    }

    @PostMapping("/cancel")
    @PreAuthorize(SessionApiController.CHAIR)
    String cancel(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "sessionchanges.done.cancelled",
                council -> changes.cancel(council, new SessionId(id), reason));
    }

    @PostMapping("/items/{item}/remove")
    String remove(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID item, RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "sessionchanges.done.itemRemoved",
                council -> changes.removeItem(council, new SessionId(id), new AgendaItemId(item)));
    }

    @PostMapping("/items/{item}/reopen")
    String reopen(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID item,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "sessionchanges.done.reopened",
                council -> rounds.reopen(council, new SessionId(id), new AgendaItemId(item), reason));
    }

    /** A date and time typed in Vietnam's time ({@code 2027-03-10T08:00}); none when blank. */
    private static @Nullable Instant local(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return vn.hdndso.shared.VnDates.parseDateTime(value)
                    .atZone(VnTime.ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("startsAt", "sessions.startsAt.invalid");
        }
    }
}
