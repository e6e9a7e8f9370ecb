package vn.hdndso.councils.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.CouncilType;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Term;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.Page;

/** Public JSON about the installation's councils. */
@RestController
@RequestMapping("/api/v1/councils")
class CouncilApiController {

    /** The whole city fits in one default page. */
    private static final int DEFAULT_SIZE = 200;

    private final Councils councils;
    private final CouncilOrganisation organisation;

    CouncilApiController(Councils councils, CouncilOrganisation organisation) {
        this.councils = councils;
        this.organisation = organisation;
    }

    record CouncilResponse(
            String id,
            String code,
            String name,
            String slug,
            CouncilType type,
            @Nullable String parent) {

        static CouncilResponse of(Council c, Councils councils) {
            return new CouncilResponse(
                    c.id().toString(),
                    c.code(),
                    c.name(),
                    c.slug(),
                    c.type(),
                    c.parentId() == null
                            ? null
                            : councils.findById(c.parentId()).map(Council::slug).orElse(null));
        }
    }

    record TermResponse(
            String id,
            String name,
            String startsOn,
            @Nullable String endsOn,
            boolean current) {

        static TermResponse of(Term t) {
            return new TermResponse(
                    t.id().toString(),
                    t.name(),
                    t.startsOn().toString(),
                    t.endsOn() == null ? null : t.endsOn().toString(),
                    t.current());
        }
    }

    record CouncilDetail(CouncilResponse council, @Nullable TermResponse currentTerm, int delegateCount) {}

    @GetMapping
    Page<CouncilResponse> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            Page.Request page) {
        CouncilType wanted = parseType(type);
        List<CouncilResponse> items = councils.search(q == null ? "" : q).stream()
                .filter(c -> wanted == null || c.type() == wanted)
                .map(c -> CouncilResponse.of(c, councils))
                .toList();
        return Page.of(items, page, DEFAULT_SIZE);
    }

    @GetMapping("/{slug}")
    CouncilDetail one(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        return new CouncilDetail(
                CouncilResponse.of(council, councils),
                organisation.currentTerm(council.id()).map(TermResponse::of).orElse(null),
                organisation.currentDelegates(council.id()).size());
    }

    private static @Nullable CouncilType parseType(@Nullable String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return CouncilType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("type", "validation.enum", type, "XA, PHUONG, DAC_KHU, TINH, THANH_PHO");
        }
    }
}
