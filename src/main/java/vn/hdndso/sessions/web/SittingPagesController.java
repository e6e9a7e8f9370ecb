package vn.hdndso.sessions.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.AttendanceStatus;
import vn.hdndso.sessions.Attendances;
import vn.hdndso.sessions.Recordings;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.InvalidInputException;

/** The staff console's actions of the sitting: votes, attendance, the recording's link and offsets. */
@Controller
@RequestMapping("/app/councils/{slug}/sessions")
@PreAuthorize(SessionApiController.STAFF)
class SittingPagesController {

    private final Votes votes;
    private final Attendances attendances;
    private final Recordings recordings;
    private final ConsoleActions console;

    SittingPagesController(Votes votes, Attendances attendances, Recordings recordings, ConsoleActions console) {
        this.votes = votes;
        this.attendances = attendances;
        this.recordings = recordings;
        this.console = console;
    }

    @PostMapping("/{id}/items/{itemId}/open")
    @PreAuthorize(SessionApiController.CHAIR)
    String openVote(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        return console.act(
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
        return console.act(
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
        return console.act(
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
        return console.act(slug, id, redirect, "sessions.done.offset", c -> {
            recordings.setRecordingOffset(c, new SessionId(id), new AgendaItemId(itemId), seconds(at));
            return null;
        });
    }

    @PostMapping("/{id}/attendance/{delegateId}")
    String mark(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID delegateId,
            @RequestParam(defaultValue = "true") boolean present,
            @RequestParam(required = false) @Nullable AttendanceStatus status,
            RedirectAttributes redirect) {
        AttendanceStatus recorded =
                status != null ? status : present ? AttendanceStatus.PRESENT : AttendanceStatus.NOT_RECORDED;
        return console.act(
                slug,
                id,
                redirect,
                "sessions.done.attendance." + recorded.name(),
                c -> attendances.record(c, new SessionId(id), delegateId, recorded));
    }

    /**
     * The recording in one request: the upload form without JavaScript (with it, the page sends
     * resumable chunks instead). As large as a single upload may be.
     */
    @PostMapping("/{id}/recording")
    String uploadRecording(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            return console.failed(
                    InvalidInputException.of("file", "sessui.file.required"),
                    redirect,
                    "/app/councils/" + slug + "/sessions/" + id);
        }
        return console.act(slug, id, redirect, "sessui.done.recordingPublished", c -> {
            SessionId session = new SessionId(id);
            Recordings.Upload upload = recordings.start(c, session, PackController.name(file), file.getSize());
            try (InputStream in = file.getInputStream()) {
                return recordings.append(c, session, upload.id(), 0, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/{id}/recording-url")
    String recordingUrl(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String url,
            RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "sessions.done.recordingLinked",
                c -> recordings.linkRecording(c, new SessionId(id), url));
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
}
