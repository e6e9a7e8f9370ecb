package vn.hdndso.identity.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.Page;
import vn.hdndso.shared.web.Problems;

/** A council's audit trail and its verification, for its administrators. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/audit")
@PreAuthorize("@councilAccess.has('COUNCIL_ADMIN')")
class AuditApiController {

    static final int MAX_LIMIT = 1000;

    private final Councils councils;
    private final AuditTrail trail;
    private final Problems problems;

    AuditApiController(Councils councils, AuditTrail trail, Problems problems) {
        this.councils = councils;
        this.trail = trail;
        this.problems = problems;
    }

    record EntryResponse(
            long seq,
            Instant occurredAt,
            String actor,
            @Nullable String actorAddress,
            String action,
            String subjectType,
            String subjectId,
            String details,
            String prevHash,
            String hash) {

        static EntryResponse of(AuditTrail.Entry e) {
            return new EntryResponse(
                    e.seq(),
                    e.occurredAt(),
                    e.actor(),
                    e.actorAddress(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    e.details(),
                    e.prevHash(),
                    e.hash());
        }
    }

    record VerificationResponse(
            String council,
            boolean intact,
            long entriesChecked,
            @Nullable Long firstBrokenSeq,
            AuditTrail.@Nullable Break problem,
            @Nullable String message) {}

    /** The newest entries first; {@code total} is the length of the whole chain. */
    @GetMapping
    Page<EntryResponse> latest(@PathVariable String slug, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "validation.range", 1, MAX_LIMIT);
        }
        Council council = councils.requireBySlug(slug);
        List<AuditTrail.Entry> entries = trail.latest(council.id(), limit);
        long total = entries.isEmpty() ? 0 : entries.getFirst().seq();
        return new Page<>(entries.stream().map(EntryResponse::of).toList(), 0, limit, total);
    }

    @GetMapping("/verification")
    VerificationResponse verification(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        AuditTrail.Verification v = trail.verify(council.id());
        return new VerificationResponse(
                council.slug(),
                v.intact(),
                v.entriesChecked(),
                v.firstBrokenSeq().orElse(null),
                v.problem(),
                v.intact()
                        ? problems.message("audit.verify.intact", v.entriesChecked())
                        : problems.message(
                                "audit.verify.broken",
                                v.firstBrokenSeq().orElseThrow(),
                                problems.message(java.util.Objects.requireNonNull(v.problem())
                                        .messageKey())));
    }
}
