package vn.hdndso.reports.web;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.reports.NewReportingRound;
import vn.hdndso.reports.ReportingRound;
import vn.hdndso.reports.ReportingRounds;
import vn.hdndso.reports.web.ReportViews.RoundRequest;
import vn.hdndso.reports.web.ReportViews.RoundView;
import vn.hdndso.reports.web.ReportViews.SubmissionView;
import vn.hdndso.shared.web.Page;

/**
 * Reporting rounds: the council office (standing committee, clerk) opens a round; the committees'
 * members and the People's Committee's officers hand in their reports (the clerk may on their
 * behalf); all of them see the rounds. Delegates and the public do not.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/reporting-rounds")
class RoundApiController {

    /** Who takes part in rounds: the office and the reporting bodies' accounts. */
    static final String PARTICIPANTS =
            "@councilAccess.has('COUNCIL_ADMIN', 'CLERK', 'COMMITTEE_MEMBER', 'EXECUTIVE_OFFICER')";

    private final Councils councils;
    private final ReportingRounds rounds;

    RoundApiController(Councils councils, ReportingRounds rounds) {
        this.councils = councils;
        this.rounds = rounds;
    }

    @PostMapping
    @PreAuthorize(ReportApiController.OFFICE)
    ResponseEntity<RoundView> open(
            @PathVariable String slug, @RequestBody(required = false) @Nullable RoundRequest body) {
        Council council = councils.requireBySlug(slug);
        RoundRequest request = body == null ? new RoundRequest(null, null, null) : body;
        ReportingRound round = rounds.open(
                council.id(), new NewReportingRound(request.period(), request.dueOn(), request.reporters()));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/reporting-rounds/" + round.id()))
                .body(RoundView.of(slug, round));
    }

    @GetMapping
    @PreAuthorize(PARTICIPANTS)
    Page<RoundView> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return Page.of(
                rounds.list(council.id()).stream()
                        .map(r -> RoundView.of(slug, r))
                        .toList(),
                page);
    }

    @GetMapping("/{id}")
    @PreAuthorize(PARTICIPANTS)
    RoundView one(@PathVariable String slug, @PathVariable UUID id) {
        return RoundView.of(slug, rounds.require(councils.requireBySlug(slug).id(), id));
    }

    @PostMapping(value = "/{id}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(PARTICIPANTS)
    ResponseEntity<SubmissionView> submit(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam UUID reporterId,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String summary)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        ReportingRound.Submission submission = rounds.submit(
                council.id(),
                id,
                reporterId,
                file == null ? "" : String.valueOf(file.getOriginalFilename()),
                file == null ? new byte[0] : file.getBytes(),
                summary == null ? "" : summary);
        ReportingRound round = rounds.require(council.id(), id);
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/reporting-rounds/" + id
                        + "/submissions/" + submission.id() + "/file"))
                .body(SubmissionView.of(slug, round, submission));
    }

    @GetMapping("/{id}/submissions/{submissionId}/file")
    @PreAuthorize(PARTICIPANTS)
    ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID submissionId) {
        Council council = councils.requireBySlug(slug);
        ReportingRound.Submission submission = rounds.requireSubmission(council.id(), id, submissionId);
        return download(rounds.file(council.id(), id, submissionId), submission.mediaType(), submission.fileName());
    }

    static ResponseEntity<byte[]> download(byte[] content, String mediaType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
