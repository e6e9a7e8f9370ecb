package vn.hdndso.sessions.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
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
import vn.hdndso.sessions.BallotKind;
import vn.hdndso.sessions.BallotPaper;
import vn.hdndso.sessions.ConfidenceLevel;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SecretBallots;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.VoteChoice;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;

/**
 * The pages' side of secret ballots: the delegate's paper from the phone, the chair's console
 * (define, open, close) and the projector's counts, refreshed by {@code static/js/ballot.js}.
 */
@Controller
class SecretBallotPagesController {

    private final Councils councils;
    private final Sessions sessions;
    private final SecretBallots ballots;
    private final ConsoleActions console;

    SecretBallotPagesController(Councils councils, Sessions sessions, SecretBallots ballots, ConsoleActions console) {
        this.councils = councils;
        this.sessions = sessions;
        this.ballots = ballots;
        this.console = console;
    }

    /** The delegate's paper: {@code choice}, {@code candidates}, or {@code rating-<id>} per person. */
    @PostMapping("/app/councils/{slug}/my-sessions/{id}/items/{itemId}/secret-ballot")
    @PreAuthorize(SessionApiController.DELEGATE)
    String cast(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam(required = false) @Nullable VoteChoice choice,
            @RequestParam(required = false) @Nullable List<UUID> candidates,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        String back = "/app/councils/" + slug + "/my-sessions/" + id;
        try {
            Council council = councils.requireBySlug(slug);
            var ballot = ballots.find(council.id(), new SessionId(id), new AgendaItemId(itemId))
                    .orElseThrow(() -> new NotFoundException("votes.notFound", itemId));
            BallotPaper paper = switch (ballot.kind()) {
                case MOTION -> BallotPaper.motion(choice);
                case ELECTION ->
                    BallotPaper.election(new java.util.HashSet<>(candidates == null ? List.of() : candidates));
                case CONFIDENCE -> BallotPaper.confidence(ratings(form));
            };
            ballots.cast(
                    council.id(),
                    new SessionId(id),
                    new AgendaItemId(itemId),
                    CurrentUser.get().orElseThrow().id().value(),
                    paper);
            redirect.addFlashAttribute("done", "votes.cast.done");
            return "redirect:" + back + "#ballot-" + itemId;
        } catch (InvalidInputException | BusinessRuleException e) {
            return console.failed(e, redirect, back + "#ballot-" + itemId);
        }
    }

    /** Puts an item to a secret ballot; {@code candidates}: one person a line, "Name; position". */
    @PostMapping("/app/councils/{slug}/sessions/{id}/secret-ballots")
    @PreAuthorize(SessionApiController.STAFF)
    String define(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID item,
            @RequestParam(required = false) @Nullable BallotKind kind,
            @RequestParam(required = false) @Nullable Integer seats,
            @RequestParam(defaultValue = "") String candidates,
            RedirectAttributes redirect) {
        if (item == null) {
            return console.failed(
                    InvalidInputException.of("item", "sessions.item.notFound", ""),
                    redirect,
                    "/app/councils/" + slug + "/sessions/" + id);
        }
        return console.act(
                slug,
                id,
                redirect,
                "votes.define.done",
                council -> ballots.define(
                        council,
                        new SessionId(id),
                        new AgendaItemId(item),
                        new SecretBallots.NewSecretBallot(kind, seats, people(candidates))));
    }

    @PostMapping("/app/councils/{slug}/sessions/{id}/items/{itemId}/secret-ballot/open")
    @PreAuthorize(SessionApiController.CHAIR)
    String open(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "votes.open.done",
                council -> ballots.open(council, new SessionId(id), new AgendaItemId(itemId)));
    }

    @PostMapping("/app/councils/{slug}/sessions/{id}/items/{itemId}/secret-ballot/close")
    @PreAuthorize(SessionApiController.CHAIR)
    String close(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        return console.act(
                slug,
                id,
                redirect,
                "votes.close.done",
                council -> ballots.close(council, new SessionId(id), new AgendaItemId(itemId)));
    }

    /** The projector's ballots, as a fragment the projector page fetches every few seconds. */
    @GetMapping(path = "/{slug:[a-z0-9-]+}/ky-hop/{id}/phieu-kin", produces = MediaType.TEXT_HTML_VALUE)
    String projector(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        CouncilSession session = sessions.require(council.id(), new SessionId(id));
        if (!session.isPublic()) {
            throw new NotFoundException("sessions.notFound", id);
        }
        model.addAttribute("council", council);
        model.addAttribute("meeting", session);
        return "sessions/ballot :: projectorBody";
    }

    private static Map<UUID, ConfidenceLevel> ratings(Map<String, String> form) {
        Map<UUID, ConfidenceLevel> ratings = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("rating-")) {
                try {
                    ratings.put(UUID.fromString(name.substring(7)), ConfidenceLevel.valueOf(value));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("ratings", "votes.paper.everyoneRated");
                }
            }
        });
        return ratings;
    }

    private static List<SecretBallots.NewCandidate> people(String lines) {
        List<SecretBallots.NewCandidate> people = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            people.add(new SecretBallots.NewCandidate(
                    parts[0].strip(), parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null));
        }
        return people;
    }
}
