package vn.hdndso.plans.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.plans.Plan;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.Plans;
import vn.hdndso.plans.web.PlanViews.PlanView;
import vn.hdndso.plans.web.PlanViews.ReviewRequest;
import vn.hdndso.plans.web.PlanViews.VersionView;
import vn.hdndso.shared.InvalidInputException;

/**
 * A council's plans: the clerk uploads a Kế hoạch and gets what was read for review; confirmed
 * plans are public, drafts are the council staff's.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/plans")
class PlanApiController {

    /** The council office: the council administrator and the clerk (and the city administrator). */
    static final String OFFICE = "@councilAccess.has('COUNCIL_ADMIN', 'CLERK')";

    private final Councils councils;
    private final Plans plans;

    PlanApiController(Councils councils, Plans plans) {
        this.councils = councils;
        this.plans = plans;
    }

    @PostMapping(consumes = "multipart/form-data")
    @PreAuthorize(OFFICE)
    ResponseEntity<PlanView> read(@PathVariable String slug, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "plans.source.empty");
        }
        Plan plan = plans.read(council.id(), String.valueOf(file.getOriginalFilename()), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/plans/" + plan.id()))
                .body(PlanView.of(plan));
    }

    @GetMapping
    List<PlanView> list(@PathVariable String slug) {
        return plans.list(councils.requireBySlug(slug).id()).stream()
                .map(PlanView::of)
                .toList();
    }

    @GetMapping("/{id}")
    PlanView one(@PathVariable String slug, @PathVariable UUID id) {
        return PlanView.of(plans.require(councils.requireBySlug(slug).id(), new PlanId(id)));
    }

    @GetMapping("/{id}/versions")
    List<VersionView> versions(@PathVariable String slug, @PathVariable UUID id) {
        return plans.history(councils.requireBySlug(slug).id(), new PlanId(id)).stream()
                .map(VersionView::of)
                .toList();
    }

    @PutMapping("/{id}/review")
    @PreAuthorize(OFFICE)
    PlanView review(@PathVariable String slug, @PathVariable UUID id, @RequestBody ReviewRequest request) {
        return PlanView.of(plans.review(councils.requireBySlug(slug).id(), new PlanId(id), request.review()));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize(OFFICE)
    PlanView confirm(@PathVariable String slug, @PathVariable UUID id) {
        return PlanView.of(plans.confirm(councils.requireBySlug(slug).id(), new PlanId(id)));
    }

    @PostMapping("/{id}/amendments")
    @PreAuthorize(OFFICE)
    ResponseEntity<PlanView> amend(@PathVariable String slug, @PathVariable UUID id) {
        Plan plan = plans.amend(councils.requireBySlug(slug).id(), new PlanId(id));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/plans/" + plan.id()))
                .body(PlanView.of(plan));
    }
}
