package vn.hdndso.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.shared.web.Problems;

/**
 * An Open311 request sent: the form read into a petition with the voter's consent, registered by
 * the petitions module, answered with its tracking code.
 */
@RestController
@Tag(name = "Open311 GeoReport v2")
class Open311SubmissionController {

    private static final List<String> YES = List.of("true", "1", "yes", "on");

    private final Open311Jurisdictions jurisdictions;
    private final Open311Petitions petitions;
    private final Problems problems;

    Open311SubmissionController(Open311Jurisdictions jurisdictions, Open311Petitions petitions, Problems problems) {
        this.jurisdictions = jurisdictions;
        this.petitions = petitions;
        this.problems = problems;
    }

    @PostMapping("/open311/v2/requests.{format}")
    @Operation(summary = "Sends a petition (form parameters); answers with its tracking code")
    ResponseEntity<String> create(
            @PathVariable String format, @RequestParam Map<String, String> params, HttpServletRequest request) {
        Open311Format f = Open311Format.of(format);
        Council council = jurisdictions.council(params.get("jurisdiction_id"));
        String service = params.get("service_code");
        if (service == null || service.isBlank()) {
            throw new Open311Problem(
                    HttpStatus.BAD_REQUEST, List.of(problems.message("opendata.open311.serviceCode.required")));
        }
        jurisdictions.requireService(service.strip(), HttpStatus.BAD_REQUEST);
        List<String> wrong = new ArrayList<>();
        Double lat = number(params.get("lat"), "lat", wrong);
        Double lon = number(params.get("long"), "long", wrong);
        String media = params.get("media_url");
        if (media != null && !media.isBlank()) {
            wrong.add(problems.message("opendata.open311.media.unsupported"));
        }
        String consentValue = params.get("attribute[" + Open311ServicesController.CONSENT + "]");
        boolean consent =
                consentValue != null && YES.contains(consentValue.strip().toLowerCase(Locale.ROOT));
        if (consentValue != null && !consent && !consentValue.strip().equalsIgnoreCase("false")) {
            wrong.add(problems.message("opendata.open311.consent.invalid", consentValue));
        }
        if (!wrong.isEmpty()) {
            throw new Open311Problem(HttpStatus.BAD_REQUEST, wrong);
        }
        String code = petitions.submit(
                council,
                new Open311Petitions.Submission(
                        params.get("description"),
                        join(params.get("first_name"), params.get("last_name")),
                        firstNonBlank(params.get("email"), params.get("phone")),
                        params.get("address_string"),
                        params.get("attribute[" + Open311ServicesController.AREA + "]"),
                        consent,
                        lat,
                        lon,
                        request.getRemoteAddr()));
        var created = new GeoReport.CreatedRequest(
                code,
                problems.message("opendata.open311.notice", code, Open311Petitions.trackingPage(council, code)),
                null);
        URI location =
                URI.create("/open311/v2/requests/" + code + "." + f.extension + "?jurisdiction_id=" + council.slug());
        return f.answer(new GeoReport.CreatedRequests(List.of(created)), HttpStatus.CREATED, location);
    }

    private @Nullable Double number(@Nullable String value, String name, List<String> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        wrong.add(problems.message("opendata.open311.number.invalid", name, value));
        return null;
    }

    private static @Nullable String join(@Nullable String first, @Nullable String last) {
        String joined = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
