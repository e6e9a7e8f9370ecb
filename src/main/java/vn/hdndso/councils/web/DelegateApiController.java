package vn.hdndso.councils.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateDetails;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.councils.MandateEnd;
import vn.hdndso.councils.Memberships;
import vn.hdndso.councils.NewDelegate;
import vn.hdndso.councils.web.ApiViews.DelegateItem;
import vn.hdndso.councils.web.ApiViews.DelegateView;
import vn.hdndso.shared.web.Page;

/**
 * The delegates of a council's current term. Reading is public; the council's office registers,
 * edits and ends mandates, and alone sees contact details (each read audited).
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/delegates")
class DelegateApiController {

    /** A council's delegates fit in one default page. */
    private static final int DEFAULT_SIZE = 200;

    private final Councils councils;
    private final Delegates delegates;
    private final Memberships memberships;
    private final StaffAccess access;

    DelegateApiController(Councils councils, Delegates delegates, Memberships memberships, StaffAccess access) {
        this.councils = councils;
        this.delegates = delegates;
        this.memberships = memberships;
        this.access = access;
    }

    record CreateDelegateRequest(
            @Nullable String fullName,
            Delegate.@Nullable Gender gender,
            @Nullable Integer birthYear,
            @Nullable String position,
            @Nullable String email,
            @Nullable String phone) {}

    record EndMandateRequest(
            @Nullable String endedOn, @Nullable String reason) {}

    /** Active delegates first, by name; {@code q} keeps those whose name holds every word, diacritics optional. */
    @GetMapping
    Page<DelegateItem> list(
            @PathVariable String slug, @RequestParam(required = false) @Nullable String q, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return Page.of(
                delegates.search(council.id(), q == null ? "" : q).stream()
                        .map(DelegateItem::of)
                        .toList(),
                page,
                DEFAULT_SIZE);
    }

    @PostMapping
    @PreAuthorize(StaffAccess.MANAGE)
    ResponseEntity<DelegateView> create(@PathVariable String slug, @RequestBody CreateDelegateRequest request) {
        Council council = councils.requireBySlug(slug);
        Delegate created = delegates.register(
                council.id(),
                NewDelegate.of(new DelegateDetails(
                        request.fullName() == null ? "" : request.fullName(),
                        request.gender(),
                        request.birthYear(),
                        request.position(),
                        request.email(),
                        request.phone())));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/delegates/" + created.id()))
                .body(DelegateView.of(created, List.of(), null));
    }

    /** The public fields and seats; the contact details too for the council's office. */
    @GetMapping("/{id}")
    DelegateView one(@PathVariable String slug, @PathVariable DelegateId id) {
        Council council = councils.requireBySlug(slug);
        Delegate delegate = delegates.require(council.id(), id);
        var contact =
                access.canManage() ? delegates.readContact(council.id(), id).orElse(null) : null;
        return DelegateView.of(delegate, memberships.ofDelegate(council.id(), id), contact);
    }

    /** A merge patch of fullName, gender, birthYear, position, email, phone. */
    @PatchMapping("/{id}")
    @PreAuthorize(StaffAccess.MANAGE)
    DelegateView edit(@PathVariable String slug, @PathVariable DelegateId id, @RequestBody JsonNode body) {
        Council council = councils.requireBySlug(slug);
        Delegate changed = delegates.edit(council.id(), id, current -> {
            var input = new Input();
            var patch = new JsonPatch(body, input);
            var details = new DelegateDetails(
                    patch.requiredText("fullName", current.fullName()),
                    patch.choice("gender", Delegate.Gender.class, current.gender()),
                    patch.integer("birthYear", current.birthYear()),
                    patch.text("position", current.position()),
                    patch.text("email", current.email()),
                    patch.text("phone", current.phone()));
            input.throwIfFailed(details::check);
            return details;
        });
        return DelegateView.of(changed, memberships.ofDelegate(council.id(), id), null);
    }

    @PostMapping("/{id}/end")
    @PreAuthorize(StaffAccess.MANAGE)
    DelegateView endMandate(
            @PathVariable String slug, @PathVariable DelegateId id, @RequestBody EndMandateRequest request) {
        Council council = councils.requireBySlug(slug);
        var input = new Input();
        var end = new MandateEnd(
                input.date("endedOn", request.endedOn()), request.reason() == null ? "" : request.reason());
        input.throwIfFailed(end::check);
        Delegate ended = delegates.endMandate(council.id(), id, end);
        return DelegateView.of(ended, List.of(), null);
    }
}
