package vn.hdndso.petitions.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.DuplicateSuggestion;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.PublicPetitionStatus;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.web.Page;

/**
 * Petitions in the JSON API: the public intake and tracking (API.md "Petitions"), and the
 * staff's classification, duplicates and data-subject requests.
 */
@RestController
class PetitionApiController {

    static final String STAFF = "@councilAccess.has('CLERK','COUNCIL_ADMIN')";

    private final Councils councils;
    private final Petitions petitions;
    private final vn.hdndso.shared.web.Problems problems;

    PetitionApiController(Councils councils, Petitions petitions, vn.hdndso.shared.web.Problems problems) {
        this.councils = councils;
        this.petitions = petitions;
        this.problems = problems;
    }

    /** Over a spam limit: 429 with the reason and a hint when to try again. */
    @org.springframework.web.bind.annotation.ExceptionHandler(vn.hdndso.petitions.SubmissionsLimited.class)
    ResponseEntity<org.springframework.http.ProblemDetail> limited(vn.hdndso.petitions.SubmissionsLimited e) {
        return ResponseEntity.status(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", "3600")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(
                        org.springframework.http.HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-requests",
                        e.messageKey(),
                        e.arguments()));
    }

    /** The public submission; {@code website} is the honeypot a person never fills. */
    record Submission(
            @Nullable String content,
            @Nullable String submitterName,
            @Nullable String contact,
            @Nullable String address,
            @Nullable String area,
            @Nullable Boolean consent,
            @Nullable String channel,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String website) {}

    record Received(
            String trackingCode,
            String trackingUrl,
            String field,
            CompetentLevel level,
            boolean complaint,
            String consentPurpose,

            @Schema(
                    description = "Điểm đánh dấu trên bản đồ nằm ngoài địa bàn của HĐND: kiến nghị vẫn được nhận,"
                            + " cán bộ sẽ kiểm tra lại vị trí")
            boolean outsideArea) {}

    record Classification(
            @Nullable String field,
            @Nullable CompetentLevel level,
            @Nullable Boolean complaint) {}

    record Correction(
            @Nullable String submitterName,
            @Nullable String contact,
            @Nullable String address) {}

    /** A petition for the staff; personal fields only in the single-petition read (audited). */
    record PetitionView(
            String id,
            String trackingCode,
            String issueId,
            @Nullable String meetingId,
            PetitionChannel channel,
            String content,
            String area,
            String field,
            CompetentLevel level,
            String suggestedField,
            CompetentLevel suggestedLevel,
            double suggestedScore,

            @Schema(description = "Gợi ý lĩnh vực có độ tin cậy thấp: cán bộ cần xem lại")
            boolean needsReview,

            boolean classified,
            boolean complaint,
            Instant receivedAt,
            @Nullable String submitterName,
            @Nullable String contact,
            @Nullable String address,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String consentPurpose,
            @Nullable Instant consentAt,
            @Nullable Instant anonymisedAt,
            boolean demo,

            @Schema(description = "Điểm đánh dấu nằm ngoài địa bàn của HĐND (đã nhận, cần cán bộ kiểm tra)")
            boolean outsideArea) {

        static PetitionView of(Petition p) {
            return new PetitionView(
                    p.id().toString(),
                    p.trackingCode(),
                    p.issueId().toString(),
                    p.meetingId() == null ? null : p.meetingId().toString(),
                    p.channel(),
                    p.content(),
                    p.area(),
                    p.field(),
                    p.level(),
                    p.suggestedField(),
                    p.suggestedLevel(),
                    p.suggestedScore(),
                    p.needsReview(),
                    p.classified(),
                    p.complaint(),
                    p.receivedAt(),
                    p.submitterName(),
                    p.contact(),
                    p.address(),
                    p.latitude(),
                    p.longitude(),
                    p.consentPurpose(),
                    p.consentAt(),
                    p.anonymisedAt(),
                    p.demo(),
                    p.outsideArea());
        }
    }

    @PostMapping("/api/v1/councils/{slug}/petitions")
    ResponseEntity<Received> submit(
            @PathVariable String slug, @RequestBody Submission body, HttpServletRequest request) {
        Council council = councils.requireBySlug(slug);
        PetitionChannel channel = channel(body.channel());
        var receipt = petitions.submit(
                council.id(),
                NewPetition.fromApi(
                        channel,
                        body.content(),
                        new NewPetition.Submitter(body.submitterName(), body.contact(), body.address(), body.area()),
                        Boolean.TRUE.equals(body.consent()),
                        new NewPetition.Location(body.latitude(), body.longitude()),
                        request.getRemoteAddr(),
                        body.website()));
        String url = PetitionLinks.tracking(slug, receipt.trackingCode());
        return ResponseEntity.created(URI.create(PetitionLinks.apiPetition(receipt.trackingCode())))
                .body(new Received(
                        receipt.trackingCode(),
                        url,
                        receipt.field(),
                        receipt.level(),
                        receipt.complaint(),
                        petitions.consentPurpose(),
                        receipt.outsideArea()));
    }

    /** Public channels only: a meeting or an import is entered by staff through their own endpoints. */
    static PetitionChannel channel(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return PetitionChannel.API;
        }
        try {
            PetitionChannel channel = PetitionChannel.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            if (!channel.openToApiCallers()) {
                throw InvalidInputException.of("channel", "petitions.channel.notPublic", value);
            }
            return channel;
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("channel", "petitions.channel.unknown", value);
        }
    }

    @GetMapping("/api/v1/petitions/{trackingCode}")
    PublicPetitionStatus track(@PathVariable String trackingCode) {
        return petitions
                .track(trackingCode)
                .orElseThrow(() -> new NotFoundException("petitions.tracking.notFound", trackingCode));
    }

    @GetMapping("/api/v1/councils/{slug}/petitions")
    @PreAuthorize(STAFF)
    Page<PetitionView> list(
            @PathVariable String slug, @RequestParam(defaultValue = "false") boolean unclassified, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        Page<Petition> found = petitions.list(council.id(), unclassified, page);
        return new Page<>(
                found.items().stream().map(PetitionView::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/api/v1/councils/{slug}/petitions/{id}")
    @PreAuthorize(STAFF)
    PetitionView get(@PathVariable String slug, @PathVariable UUID id) {
        return PetitionView.of(petitions.require(councils.requireBySlug(slug).id(), id));
    }

    @PostMapping("/api/v1/councils/{slug}/petitions/{id}/classification")
    @PreAuthorize(STAFF)
    PetitionView classify(@PathVariable String slug, @PathVariable UUID id, @RequestBody Classification body) {
        return PetitionView.of(petitions.classify(
                councils.requireBySlug(slug).id(), id, body.field(), body.level(), body.complaint()));
    }

    @GetMapping("/api/v1/councils/{slug}/petitions/{id}/duplicates")
    @PreAuthorize(STAFF)
    List<DuplicateSuggestion> duplicates(@PathVariable String slug, @PathVariable UUID id) {
        return petitions.duplicatesOf(councils.requireBySlug(slug).id(), id);
    }

    @PostMapping("/api/v1/councils/{slug}/petitions/{id}/correction")
    @PreAuthorize(STAFF)
    PetitionView correct(@PathVariable String slug, @PathVariable UUID id, @RequestBody Correction body) {
        return PetitionView.of(petitions.correct(
                councils.requireBySlug(slug).id(), id, body.submitterName(), body.contact(), body.address()));
    }

    @PostMapping("/api/v1/councils/{slug}/petitions/{id}/anonymise")
    @PreAuthorize(STAFF)
    PetitionView anonymise(@PathVariable String slug, @PathVariable UUID id) {
        return PetitionView.of(petitions.anonymise(councils.requireBySlug(slug).id(), id));
    }

    /** The data subject's request to see their data, by the contact they gave. */
    @GetMapping("/api/v1/councils/{slug}/petitions/by-contact")
    @PreAuthorize(STAFF)
    List<PetitionView> byContact(@PathVariable String slug, @RequestParam(defaultValue = "") String contact) {
        return petitions.ofContact(councils.requireBySlug(slug).id(), contact).stream()
                .map(PetitionView::of)
                .toList();
    }
}
