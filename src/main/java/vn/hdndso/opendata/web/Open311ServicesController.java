package vn.hdndso.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.hdndso.shared.web.Problems;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) over voters' petitions, the
 * discovery and the services: the services are the petition fields, and each asks for the
 * voter's consent and an optional area. {@code jurisdiction_id} is the council's slug
 * (docs/open311.md).
 */
@RestController
@Tag(
        name = "Open311 GeoReport v2",
        description = "Voters' petitions in the Open311 GeoReport v2 standard; jurisdiction_id = council slug"
                + " (docs/open311.md)")
class Open311ServicesController {

    static final String CONSENT = "consent";
    static final String AREA = "area";
    private static final String CHANGESET = "2026-11-25T00:00:00+07:00";

    private final Open311Jurisdictions jurisdictions;
    private final Open311Petitions petitions;
    private final Problems problems;

    Open311ServicesController(Open311Jurisdictions jurisdictions, Open311Petitions petitions, Problems problems) {
        this.jurisdictions = jurisdictions;
        this.petitions = petitions;
        this.problems = problems;
    }

    @GetMapping("/open311/v2/discovery.{format}")
    @Operation(summary = "The Open311 discovery document: endpoint, formats, contact")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        Open311Format f = Open311Format.of(format);
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        var endpoint = new GeoReport.Endpoint(
                "http://wiki.open311.org/GeoReport_v2",
                base + "/open311/v2",
                CHANGESET,
                "production",
                List.of("application/json", "text/xml"));
        return f.ok(new GeoReport.Discovery(
                CHANGESET,
                problems.message("opendata.open311.contact"),
                problems.message("opendata.open311.keyService"),
                List.of(endpoint)));
    }

    @GetMapping("/open311/v2/services.{format}")
    @Operation(summary = "The services of a council: its petition fields")
    ResponseEntity<String> services(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
        Open311Format f = Open311Format.of(format);
        jurisdictions.council(jurisdiction);
        List<GeoReport.Service> services = petitions.fields().stream()
                .map(field -> new GeoReport.Service(
                        field.code(),
                        field.name(),
                        problems.message("opendata.open311.serviceDescription", field.name()),
                        true,
                        "realtime",
                        field.code(),
                        field.group()))
                .toList();
        return f.ok(new GeoReport.Services(services));
    }

    @GetMapping("/open311/v2/services/{code}.{format}")
    @Operation(summary = "A service definition: the required consent attribute and the optional area")
    ResponseEntity<String> definition(
            @PathVariable String code,
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
        Open311Format f = Open311Format.of(format);
        jurisdictions.council(jurisdiction);
        jurisdictions.requireService(code, HttpStatus.NOT_FOUND);
        var consent = new GeoReport.Attribute(
                true,
                CONSENT,
                "singlevaluelist",
                true,
                problems.message("opendata.open311.consent.datatype"),
                1,
                petitions.consentPurpose(),
                List.of(new GeoReport.AttributeValue("true", problems.message("opendata.open311.consent.yes"))));
        var area = new GeoReport.Attribute(
                true,
                AREA,
                "string",
                false,
                problems.message("opendata.open311.area.datatype"),
                2,
                problems.message("opendata.open311.area.description"),
                null);
        return f.ok(new GeoReport.ServiceDefinition(code, List.of(consent, area)));
    }
}
