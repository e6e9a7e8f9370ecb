package vn.hdndso.opendata.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.web.Problems;

/** Open311's {@code jurisdiction_id} (a council's slug) and {@code service_code} (a petition field), checked. */
@Component
class Open311Jurisdictions {

    private final Councils councils;
    private final Open311Petitions petitions;
    private final Problems problems;

    Open311Jurisdictions(Councils councils, Open311Petitions petitions, Problems problems) {
        this.councils = councils;
        this.petitions = petitions;
        this.problems = problems;
    }

    /** The council named by {@code jurisdiction_id}: 400 without one, 404 for an unknown one. */
    Council council(@Nullable String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw new Open311Problem(
                    HttpStatus.BAD_REQUEST, List.of(problems.message("opendata.open311.jurisdiction.required")));
        }
        String slug = jurisdiction.strip();
        return councils.findBySlug(slug)
                .orElseThrow(() -> new Open311Problem(
                        HttpStatus.NOT_FOUND,
                        List.of(problems.message("opendata.open311.jurisdiction.unknown", slug))));
    }

    /** Refuses an unknown service code with the given status. */
    void requireService(String code, HttpStatus status) {
        if (!petitions.isField(code)) {
            throw new Open311Problem(status, List.of(problems.message("opendata.open311.service.unknown", code)));
        }
    }
}
