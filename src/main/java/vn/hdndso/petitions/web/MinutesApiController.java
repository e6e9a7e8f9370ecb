package vn.hdndso.petitions.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.MeetingMinutes;
import vn.hdndso.petitions.MinutesProposal;

/**
 * The petitions proposed from a meeting's minutes, for a client that shows them to the clerk; the
 * confirmed ones are entered with {@code POST …/voter-meetings/{id}/petitions}.
 */
@RestController
class MinutesApiController {

    private final Councils councils;
    private final MeetingMinutes minutes;

    MinutesApiController(Councils councils, MeetingMinutes minutes) {
        this.councils = councils;
        this.minutes = minutes;
    }

    record Proposals(List<MinutesProposal> proposals) {}

    @PostMapping("/api/v1/councils/{slug}/voter-meetings/{id}/minutes/proposals")
    @PreAuthorize(MeetingApiController.ENTER)
    @Operation(
            summary = "Propose the petitions in a meeting's minutes",
            description = "Multipart: `file` (TXT, DOCX, PDF with a text layer) or `minutes` (text). Each proposal has"
                    + " the text, the voters and area it names and the suggested field. A scanned PDF: 400 naming"
                    + " `file`.")
    Proposals propose(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String minutes)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        String text = minutes;
        if (file != null && !file.isEmpty()) {
            text = this.minutes.text(MinutesPagesController.name(file), file.getBytes());
        }
        return new Proposals(this.minutes.propose(council.id(), id, text));
    }
}
