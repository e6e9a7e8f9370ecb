package vn.hdndso.councils.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.BodyDetails;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.BodySeat;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Membership;
import vn.hdndso.councils.MembershipRole;
import vn.hdndso.councils.Memberships;
import vn.hdndso.councils.web.ApiViews.BodyView;
import vn.hdndso.councils.web.ApiViews.MembershipView;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.Page;

/**
 * The standing committee, committees and delegate groups of a council's current term, with their
 * members. Public to read; the council's office keeps them.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/bodies")
class BodyApiController {

    private final Councils councils;
    private final CouncilBodies bodies;
    private final Memberships memberships;

    BodyApiController(Councils councils, CouncilBodies bodies, Memberships memberships) {
        this.councils = councils;
        this.bodies = bodies;
        this.memberships = memberships;
    }

    record CreateBodyRequest(
            @Nullable BodyKind kind,
            @Nullable String name,
            @Nullable String symbol,
            @Nullable String description) {}

    record MoveRequest(CouncilBodies.@Nullable Direction direction) {}

    record AddMemberRequest(
            @Nullable String delegateId, @Nullable MembershipRole role) {}

    @GetMapping
    Page<BodyView> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        List<BodySeat> seats = memberships.ofCurrentTerm(council.id());
        return Page.of(
                bodies.ofCurrentTerm(council.id()).stream()
                        .map(b -> BodyView.of(b, seats))
                        .toList(),
                page);
    }

    @GetMapping("/{id}")
    BodyView one(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return BodyView.of(bodies.require(council.id(), id), memberships.ofBody(council.id(), id));
    }

    /** A committee or delegate group in the current term (the standing committee comes with the term). */
    @PostMapping
    @PreAuthorize(StaffAccess.MANAGE)
    ResponseEntity<BodyView> create(@PathVariable String slug, @RequestBody CreateBodyRequest request) {
        Council council = councils.requireBySlug(slug);
        if (request.kind() == null) {
            throw InvalidInputException.of("kind", "validation.required");
        }
        CouncilBody body = bodies.create(
                council.id(),
                request.kind(),
                new BodyDetails(request.name() == null ? "" : request.name(), request.symbol(), request.description()));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/bodies/" + body.id()))
                .body(BodyView.of(body, List.of()));
    }

    /** A merge patch of name, symbol, description. */
    @PatchMapping("/{id}")
    @PreAuthorize(StaffAccess.MANAGE)
    BodyView edit(@PathVariable String slug, @PathVariable UUID id, @RequestBody JsonNode body) {
        Council council = councils.requireBySlug(slug);
        CouncilBody current = bodies.require(council.id(), id);
        var input = new Input();
        var patch = new JsonPatch(body, input);
        var details = new BodyDetails(
                patch.requiredText("name", current.name()),
                patch.text("symbol", current.symbol()),
                patch.text("description", current.description()));
        input.throwIfFailed(problems -> details.check(problems, current.kind()));
        CouncilBody changed = bodies.update(council.id(), id, details);
        return BodyView.of(changed, memberships.ofBody(council.id(), id));
    }

    /** Deletes a committee or delegate group nobody sits in; 409 otherwise. */
    @DeleteMapping("/{id}")
    @PreAuthorize(StaffAccess.MANAGE)
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable UUID id) {
        bodies.delete(councils.requireBySlug(slug).id(), id);
        return ResponseEntity.noContent().build();
    }

    /** {@code {"direction":"UP"|"DOWN"}}: one place among the bodies of its kind. */
    @PostMapping("/{id}/move")
    @PreAuthorize(StaffAccess.MANAGE)
    Page<BodyView> move(@PathVariable String slug, @PathVariable UUID id, @RequestBody MoveRequest request) {
        if (request.direction() == null) {
            throw InvalidInputException.of("direction", "validation.required");
        }
        bodies.move(councils.requireBySlug(slug).id(), id, request.direction());
        return list(slug, new Page.Request(null, null));
    }

    /** {@code {"delegateId","role"}}: 409 if the delegate already sits there or the leading seat is taken. */
    @PostMapping("/{id}/members")
    @PreAuthorize(StaffAccess.MANAGE)
    ResponseEntity<MembershipView> addMember(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody AddMemberRequest request) {
        Council council = councils.requireBySlug(slug);
        var input = new Input();
        UUID delegateId = input.id("delegateId", request.delegateId());
        input.require("delegateId", delegateId);
        input.require("role", request.role());
        input.throwIfFailed();
        Membership membership = memberships.add(
                council.id(),
                id,
                new DelegateId(Objects.requireNonNull(delegateId)),
                Objects.requireNonNull(request.role()));
        return ResponseEntity.created(
                        URI.create("/api/v1/councils/" + slug + "/bodies/" + id + "/members/" + delegateId))
                .body(MembershipView.of(membership));
    }

    @DeleteMapping("/{id}/members/{delegateId}")
    @PreAuthorize(StaffAccess.MANAGE)
    ResponseEntity<Void> removeMember(
            @PathVariable String slug, @PathVariable UUID id, @PathVariable DelegateId delegateId) {
        memberships.remove(councils.requireBySlug(slug).id(), id, delegateId);
        return ResponseEntity.noContent().build();
    }
}
