package vn.hdndso.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Problems;

/**
 * Open311 requests to read: the council's published, de-identified petition issues (filtered by
 * id, service, status and dates) and one request by tracking code or issue id.
 */
@RestController
@Tag(name = "Open311 GeoReport v2")
class Open311RequestsController {

    private static final int MAX_REQUESTS = 1000;

    private final Open311Jurisdictions jurisdictions;
    private final Open311Petitions petitions;
    private final Problems problems;

    Open311RequestsController(Open311Jurisdictions jurisdictions, Open311Petitions petitions, Problems problems) {
        this.jurisdictions = jurisdictions;
        this.petitions = petitions;
        this.problems = problems;
    }

    @GetMapping("/open311/v2/requests.{format}")
    @Operation(
            summary = "The council's published, de-identified petition issues, filtered by id, service, status, dates")
    ResponseEntity<String> requests(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
            @RequestParam(name = "service_request_id", required = false) @Nullable String ids,
            @RequestParam(name = "service_code", required = false) @Nullable String serviceCode,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "start_date", required = false) @Nullable String start,
            @RequestParam(name = "end_date", required = false) @Nullable String end) {
        Open311Format f = Open311Format.of(format);
        Council council = jurisdictions.council(jurisdiction);
        if (ids != null && !ids.isBlank()) {
            List<GeoReport.ServiceRequest> found = new ArrayList<>();
            for (String id : ids.split(",")) {
                petitions.find(council, id.strip()).ifPresent(found::add);
            }
            return f.ok(new GeoReport.ServiceRequests(found));
        }
        List<String> wrong = new ArrayList<>();
        Instant from = instant(start, "start_date", wrong);
        Instant to = instant(end, "end_date", wrong);
        List<String> statuses = statuses(status, wrong);
        List<String> codes = commaList(serviceCode);
        if (!wrong.isEmpty()) {
            throw new Open311Problem(HttpStatus.BAD_REQUEST, wrong);
        }
        List<GeoReport.ServiceRequest> out = petitions.published(council, MAX_REQUESTS * 5).stream()
                .filter(i -> codes.isEmpty() || codes.contains(i.field()))
                .filter(i -> statuses.isEmpty() || statuses.contains(i.status()))
                .filter(i -> from == null || !i.createdAt().isBefore(from))
                .filter(i -> to == null || !i.createdAt().isAfter(to))
                .limit(MAX_REQUESTS)
                .map(Open311Petitions.Published::request)
                .toList();
        return f.ok(new GeoReport.ServiceRequests(out));
    }

    @GetMapping("/open311/v2/requests/{id}.{format}")
    @Operation(summary = "One request by tracking code or published issue id, de-identified")
    ResponseEntity<String> request(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
        Open311Format f = Open311Format.of(format);
        Council council = jurisdictions.council(jurisdiction);
        GeoReport.ServiceRequest found = petitions
                .find(council, id)
                .orElseThrow(() -> new Open311Problem(
                        HttpStatus.NOT_FOUND, List.of(problems.message("opendata.open311.request.notFound", id))));
        return f.ok(new GeoReport.ServiceRequests(List.of(found)));
    }

    private List<String> statuses(@Nullable String status, List<String> wrong) {
        List<String> statuses = new ArrayList<>();
        for (String s : commaList(status)) {
            String clean = s.toLowerCase(Locale.ROOT);
            if (!clean.equals("open") && !clean.equals("closed")) {
                wrong.add(problems.message("opendata.open311.status.invalid", s));
            }
            statuses.add(clean);
        }
        return statuses;
    }

    private static List<String> commaList(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            items.add(item.strip());
        }
        return items;
    }

    /** ISO 8601 with an offset, or a day (midnight in Vietnam). */
    private @Nullable Instant instant(@Nullable String value, String name, List<String> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        try {
            return OffsetDateTime.parse(clean).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(clean).atStartOfDay(VnTime.ZONE).toInstant();
            } catch (DateTimeParseException again) {
                wrong.add(problems.message("opendata.open311.date.invalid", name, clean));
                return null;
            }
        }
    }
}
