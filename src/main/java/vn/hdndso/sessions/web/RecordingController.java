package vn.hdndso.sessions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.Recordings;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.web.ByteRange;

/**
 * Recordings: the resumable upload (JSON API, and the same under {@code /app} for the staff
 * page's script, with the form's CSRF token) and the video itself, served with HTTP Range
 * requests so a browser can seek.
 */
@RestController
class RecordingController {

    private final Councils councils;
    private final Recordings recordings;

    RecordingController(Councils councils, Recordings recordings) {
        this.councils = councils;
        this.recordings = recordings;
    }

    record StartRequest(@Nullable String fileName, @Nullable Long size) {}

    @PostMapping({
        "/api/v1/councils/{slug}/sessions/{id}/recording/uploads",
        "/app/councils/{slug}/sessions/{id}/recording/uploads"
    })
    @PreAuthorize(SessionApiController.STAFF)
    ResponseEntity<Recordings.Upload> start(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody StartRequest request) {
        Council council = councils.requireBySlug(slug);
        Recordings.Upload upload =
                recordings.start(council.id(), new SessionId(id), request.fileName(), request.size());
        return ResponseEntity.created(URI.create(
                        "/api/v1/councils/" + slug + "/sessions/" + id + "/recording/uploads/" + upload.id()))
                .body(upload);
    }

    @GetMapping({
        "/api/v1/councils/{slug}/sessions/{id}/recording/uploads/{upload}",
        "/app/councils/{slug}/sessions/{id}/recording/uploads/{upload}"
    })
    @PreAuthorize(SessionApiController.STAFF)
    Recordings.Upload status(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID upload) {
        return recordings.status(councils.requireBySlug(slug).id(), new SessionId(id), upload);
    }

    /** One chunk, raw bytes ({@code application/octet-stream}) at {@code offset}. */
    @PutMapping({
        "/api/v1/councils/{slug}/sessions/{id}/recording/uploads/{upload}",
        "/app/councils/{slug}/sessions/{id}/recording/uploads/{upload}"
    })
    @PreAuthorize(SessionApiController.STAFF)
    Recordings.Upload chunk(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID upload,
            @RequestParam long offset,
            HttpServletRequest request)
            throws IOException {
        try (InputStream body = request.getInputStream()) {
            return recordings.append(councils.requireBySlug(slug).id(), new SessionId(id), upload, offset, body);
        }
    }

    @GetMapping({"/api/v1/councils/{slug}/sessions/{id}/recording", "/{slug:[a-z0-9-]+}/ky-hop/{id}/ghi-hinh"})
    void video(
            @PathVariable String slug, @PathVariable UUID id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        Recordings.Recording recording = recordings
                .find(council.id(), new SessionId(id))
                .orElseThrow(() -> new NotFoundException("sessions.recording.none", id));
        long size = recording.size();
        long from = 0;
        long to = size - 1;
        String range = request.getHeader("Range");
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("ETag", "\"" + recording.sha256() + "\"");
        response.setContentType(recording.mediaType());
        if (range != null) {
            Optional<ByteRange> asked = ByteRange.of(range, size);
            if (asked.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                response.setHeader("Content-Range", ByteRange.unsatisfied(size));
                return;
            }
            from = asked.get().first();
            to = asked.get().last();
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", asked.get().contentRange(size));
        }
        long length = to - from + 1;
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = recordings.open(recording, from)) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }
}
