package vn.hdndso.sessions.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.BallotPaper;
import vn.hdndso.sessions.ConfidenceLevel;
import vn.hdndso.sessions.SecretBallots;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.VoteChoice;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;

/** Secret ballots, elections and confidence votes (docs/votes.md). */
@RestController
@RequestMapping("/api/v1/councils/{slug}/sessions/{id}/agenda-items/{itemId}/secret-ballot")
class SecretBallotApiController {

    private static final String STAFF = SessionApiController.STAFF;
    private static final String CHAIR = SessionApiController.CHAIR;
    private static final String DELEGATE = SessionApiController.DELEGATE;

    private final Councils councils;
    private final SecretBallots ballots;

    SecretBallotApiController(Councils councils, SecretBallots ballots) {
        this.councils = councils;
        this.ballots = ballots;
    }

    /** A paper: {@code choice} for a motion, {@code candidates} chosen in an election, {@code ratings} in a confidence vote. */
    record PaperRequest(
            @Nullable VoteChoice choice,
            @Nullable List<UUID> candidates,
            @Nullable Map<UUID, ConfidenceLevel> ratings) {

        BallotPaper paper() {
            Set<UUID> chosen = new HashSet<>();
            if (candidates != null) {
                for (UUID c : candidates) {
                    if (c == null || !chosen.add(c)) {
                        throw InvalidInputException.of("candidates", "votes.paper.unknownCandidate");
                    }
                }
            }
            Map<UUID, ConfidenceLevel> levels = new HashMap<>();
            if (ratings != null) {
                ratings.forEach((person, level) -> {
                    if (level == null) {
                        throw InvalidInputException.of("ratings", "votes.paper.everyoneRated");
                    }
                    levels.put(person, level);
                });
            }
            return new BallotPaper(choice, chosen, levels);
        }
    }

    record Voted(boolean voted) {}

    @PostMapping
    @PreAuthorize(STAFF)
    @Operation(
            summary = "Đưa một nội dung ra bỏ phiếu kín",
            description = "{\"kind\":\"MOTION\"|\"ELECTION\"|\"CONFIDENCE\",\"seats\":1,\"candidates\":[{\"fullName\","
                    + "\"office\"}]}; MOTION needs a motion item, ELECTION and CONFIDENCE the people on the ballot.")
    ResponseEntity<BallotView> define(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestBody SecretBallots.NewSecretBallot request) {
        var ballot = ballots.define(council(slug), new SessionId(id), new AgendaItemId(itemId), request);
        return ResponseEntity.created(URI.create(
                        "/api/v1/councils/" + slug + "/sessions/" + id + "/agenda-items/" + itemId + "/secret-ballot"))
                .body(BallotView.of(ballot));
    }

    @GetMapping
    @Operation(
            summary = "Phiếu kín của một nội dung",
            description = "While open: how many delegates have voted, nothing else; once closed: the result, shares of"
                    + " all delegates.")
    BallotView show(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return BallotView.of(ballots.find(council(slug), new SessionId(id), new AgendaItemId(itemId))
                .orElseThrow(() -> new NotFoundException("votes.notFound", itemId)));
    }

    @PostMapping("/open")
    @PreAuthorize(CHAIR)
    BallotView open(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return BallotView.of(ballots.open(council(slug), new SessionId(id), new AgendaItemId(itemId)));
    }

    @PostMapping("/close")
    @PreAuthorize(CHAIR)
    BallotView close(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return BallotView.of(ballots.close(council(slug), new SessionId(id), new AgendaItemId(itemId)));
    }

    @PostMapping("/papers")
    @PreAuthorize(DELEGATE)
    @Operation(
            summary = "Bỏ phiếu kín",
            description =
                    "The delegate's paper, once: {\"choice\"} for a motion, {\"candidates\":[ids]} (at most seats)"
                            + " in an election, {\"ratings\":{id:\"HIGH\"|\"MEDIUM\"|\"LOW\"}} for everyone in a confidence vote."
                            + " A second paper is 409; a paper breaking the rules is 400 and nothing is stored.")
    ResponseEntity<BallotView> cast(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestBody PaperRequest request) {
        UUID user = CurrentUser.get().orElseThrow().id().value();
        var ballot = ballots.cast(council(slug), new SessionId(id), new AgendaItemId(itemId), user, request.paper());
        return ResponseEntity.status(201).body(BallotView.of(ballot));
    }

    @GetMapping("/mine")
    @PreAuthorize(DELEGATE)
    @Operation(summary = "Đại biểu đã bỏ phiếu chưa", description = "Whether one has voted; never what.")
    Voted mine(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        CouncilId council = council(slug);
        ballots.find(council, new SessionId(id), new AgendaItemId(itemId))
                .orElseThrow(() -> new NotFoundException("votes.notFound", itemId));
        return new Voted(ballots.hasVoted(
                council,
                new AgendaItemId(itemId),
                CurrentUser.get().orElseThrow().id().value()));
    }

    @GetMapping(path = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Biên bản kiểm phiếu (PDF)", description = "Once the ballot is closed.")
    ResponseEntity<byte[]> report(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId) {
        return SessionPagesController.pdf(
                ballots.countingReport(council(slug), new SessionId(id), new AgendaItemId(itemId)),
                "bien-ban-kiem-phieu.pdf");
    }

    private CouncilId council(String slug) {
        return councils.requireBySlug(slug).id();
    }
}
