package vn.hdndso.councils.web;

import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnitDetails;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.councils.web.ApiViews.ExecutiveUnitView;
import vn.hdndso.shared.web.Page;

/** The People's Committee and its units: public to read (office contacts), kept by the council's office. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/executive-units")
class ExecutiveUnitApiController {

    private final Councils councils;
    private final ExecutiveUnits units;

    ExecutiveUnitApiController(Councils councils, ExecutiveUnits units) {
        this.councils = councils;
        this.units = units;
    }

    record CreateExecutiveUnitRequest(
            @Nullable String name,
            ExecutiveUnit.@Nullable Kind kind,
            @Nullable String parentId,
            @Nullable String email,
            @Nullable String phone,
            @Nullable Boolean active) {}

    @GetMapping
    Page<ExecutiveUnitView> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return Page.of(
                units.of(council.id()).stream().map(ExecutiveUnitView::of).toList(), page);
    }

    @GetMapping("/{id}")
    ExecutiveUnitView one(@PathVariable String slug, @PathVariable UUID id) {
        return ExecutiveUnitView.of(units.require(councils.requireBySlug(slug).id(), id));
    }

    @PostMapping
    @PreAuthorize(StaffAccess.MANAGE)
    ResponseEntity<ExecutiveUnitView> create(
            @PathVariable String slug, @RequestBody CreateExecutiveUnitRequest request) {
        Council council = councils.requireBySlug(slug);
        var input = new Input();
        var details = new ExecutiveUnitDetails(
                request.name() == null ? "" : request.name(),
                request.kind(),
                input.id("parentId", request.parentId()),
                request.email(),
                request.phone(),
                request.active() == null || request.active());
        input.throwIfFailed(details::check);
        ExecutiveUnit unit = units.create(council.id(), details);
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/executive-units/" + unit.id()))
                .body(ExecutiveUnitView.of(unit));
    }

    /** A merge patch of name, kind, parentId, email, phone, active. */
    @PatchMapping("/{id}")
    @PreAuthorize(StaffAccess.MANAGE)
    ExecutiveUnitView edit(@PathVariable String slug, @PathVariable UUID id, @RequestBody JsonNode body) {
        Council council = councils.requireBySlug(slug);
        ExecutiveUnit current = units.require(council.id(), id);
        var input = new Input();
        var patch = new JsonPatch(body, input);
        var details = new ExecutiveUnitDetails(
                patch.requiredText("name", current.name()),
                patch.choice("kind", ExecutiveUnit.Kind.class, current.kind()),
                patch.id("parentId", current.parentId()),
                patch.text("email", current.email()),
                patch.text("phone", current.phone()),
                patch.bool("active", current.active()));
        input.throwIfFailed(details::check);
        return ExecutiveUnitView.of(units.update(council.id(), id, details));
    }
}
