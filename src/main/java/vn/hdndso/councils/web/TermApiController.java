package vn.hdndso.councils.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.NewTerm;
import vn.hdndso.councils.Term;
import vn.hdndso.councils.Terms;
import vn.hdndso.councils.web.ApiViews.TermView;
import vn.hdndso.shared.web.Page;

/** A council's legislative terms: public to read, added and switched by the standing committee. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/terms")
class TermApiController {

    private final Councils councils;
    private final Terms terms;

    TermApiController(Councils councils, Terms terms) {
        this.councils = councils;
        this.terms = terms;
    }

    record CreateTermRequest(
            @Nullable String name,
            @Nullable String startsOn,
            @Nullable String endsOn) {}

    /** Newest first. */
    @GetMapping
    Page<TermView> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        List<TermView> items = terms.of(council.id()).stream().map(TermView::of).toList();
        return Page.of(items, page);
    }

    @GetMapping("/{id}")
    TermView one(@PathVariable String slug, @PathVariable UUID id) {
        return TermView.of(terms.require(councils.requireBySlug(slug).id(), id));
    }

    /** A new term with its standing committee; current at once only if the council had none. */
    @PostMapping
    @PreAuthorize(StaffAccess.ADMINISTER)
    ResponseEntity<TermView> create(@PathVariable String slug, @RequestBody CreateTermRequest request) {
        Council council = councils.requireBySlug(slug);
        var input = new Input();
        var draft = new NewTerm(
                request.name() == null ? "" : request.name(),
                input.date("startsOn", request.startsOn()),
                input.date("endsOn", request.endsOn()));
        input.throwIfFailed(draft::check);
        Term term = terms.create(council.id(), draft);
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/terms/" + term.id()))
                .body(TermView.of(term));
    }

    /** Makes the term current; the previous one stops being current. */
    @PostMapping("/{id}/current")
    @PreAuthorize(StaffAccess.ADMINISTER)
    TermView makeCurrent(@PathVariable String slug, @PathVariable UUID id) {
        return TermView.of(terms.makeCurrent(councils.requireBySlug(slug).id(), id));
    }
}
