package vn.hdndso.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.PublicPetitionStatus;
import vn.hdndso.petitions.SubmissionsLimited;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;
import vn.hdndso.shared.web.Problems;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) over voters' petitions: services are
 * the petition fields, requests are the council's published, de-identified petition issues (and,
 * by tracking code, one petition's public status), and a POST registers a petition through the
 * petitions API with the voter's consent. {@code jurisdiction_id} is the council's slug. Every
 * answer comes as JSON or XML by the path's extension; errors use Open311's list of
 * {@code code}/{@code description} in the caller's language (Vietnamese by default).
 */
@RestController
@Tag(
        name = "Open311 GeoReport v2",
        description = "Voters' petitions in the Open311 GeoReport v2 standard; jurisdiction_id = council slug"
                + " (docs/open311.md)")
class Open311Controller {

    static final String CONSENT = "consent";
    static final String AREA = "area";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_REQUESTS = 1000;
    private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);

    private final Councils councils;
    private final Petitions petitions;
    private final PetitionIssues issues;
    private final Problems problems;

    Open311Controller(Councils councils, Petitions petitions, PetitionIssues issues, Problems problems) {
        this.councils = councils;
        this.petitions = petitions;
        this.issues = issues;
        this.problems = problems;
    }

    /** A request failed in Open311's terms: its HTTP status and the descriptions to list. */
    static final class Open311Error extends RuntimeException {
        final HttpStatus status;
        final List<String> descriptions;

        Open311Error(HttpStatus status, List<String> descriptions) {
            super(String.join("; ", descriptions));
            this.status = status;
            this.descriptions = descriptions;
        }
    }

    @GetMapping("/open311/v2/discovery.{format}")
    @Operation(summary = "The Open311 discovery document: endpoint, formats, contact")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        Format f = Format.of(format);
        String base = base(request);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base + "/open311/v2");
        endpoint.put("changeset", "2026-11-25T00:00:00+07:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", "2026-11-25T00:00:00+07:00");
        discovery.put("contact", problems.message("opendata.open311.contact"));
        discovery.put("key_service", problems.message("opendata.open311.keyService"));
        discovery.put("endpoints", List.of(endpoint));
        return f.object("discovery", discovery);
    }

    @GetMapping("/open311/v2/services.{format}")
    @Operation(summary = "The services of a council: its petition fields")
    ResponseEntity<String> services(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Format f = Format.of(format);
        council(jurisdiction);
        List<Map<String, Object>> services = new ArrayList<>();
        for (PetitionIssues.Field field : issues.fields()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", field.code());
            service.put("service_name", field.name());
            service.put("description", problems.message("opendata.open311.serviceDescription", field.name()));
            service.put("metadata", true);
            service.put("type", "realtime");
            service.put("keywords", field.code());
            service.put("group", field.parent() == null ? field.name() : issues.fieldName(field.parent()));
            services.add(service);
        }
        return f.list("services", "service", services);
    }

    @GetMapping("/open311/v2/services/{code}.{format}")
    @Operation(summary = "A service definition: the required consent attribute and the optional area")
    ResponseEntity<String> definition(
            @PathVariable String code,
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Format f = Format.of(format);
        council(jurisdiction);
        requireService(code, HttpStatus.NOT_FOUND);
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("variable", true);
        consent.put("code", CONSENT);
        consent.put("datatype", "singlevaluelist");
        consent.put("required", true);
        consent.put("datatype_description", problems.message("opendata.open311.consent.datatype"));
        consent.put("order", 1);
        consent.put("description", petitions.consentPurpose());
        consent.put("values", List.of(value("true", problems.message("opendata.open311.consent.yes"))));
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("variable", true);
        area.put("code", AREA);
        area.put("datatype", "string");
        area.put("required", false);
        area.put("datatype_description", problems.message("opendata.open311.area.datatype"));
        area.put("order", 2);
        area.put("description", problems.message("opendata.open311.area.description"));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", List.of(consent, area));
        return f.object("service_definition", definition);
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", key);
        value.put("name", name);
        return value;
    }

    @PostMapping("/open311/v2/requests.{format}")
    @Operation(summary = "Sends a petition (form parameters); answers with its tracking code")
    ResponseEntity<String> create(
            @PathVariable String format, @RequestParam Map<String, String> params, HttpServletRequest request) {
        Format f = Format.of(format);
        Council council = council(params.get("jurisdiction_id"));
        String service = params.get("service_code");
        if (service == null || service.isBlank()) {
            throw new Open311Error(
                    HttpStatus.BAD_REQUEST, List.of(problems.message("opendata.open311.serviceCode.required")));
        }
        requireService(service.strip(), HttpStatus.BAD_REQUEST);
        List<String> wrong = new ArrayList<>();
        Double lat = number(params.get("lat"), "lat", wrong);
        Double lon = number(params.get("long"), "long", wrong);
        if (params.get("media_url") != null && !params.get("media_url").isBlank()) {
            wrong.add(problems.message("opendata.open311.media.unsupported"));
        }
        String consentValue = params.get("attribute[" + CONSENT + "]");
        boolean consent = consentValue != null
                && List.of("true", "1", "yes", "on")
                        .contains(consentValue.strip().toLowerCase(Locale.ROOT));
        if (consentValue != null && !consent && !consentValue.strip().equalsIgnoreCase("false")) {
            wrong.add(problems.message("opendata.open311.consent.invalid", consentValue));
        }
        if (!wrong.isEmpty()) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, wrong);
        }
        String name = join(params.get("first_name"), params.get("last_name"));
        String contact = firstNonBlank(params.get("email"), params.get("phone"));
        var receipt = petitions.submit(
                council.id(),
                new NewPetition(
                        params.get("description"),
                        name,
                        contact,
                        params.get("address_string"),
                        params.get("attribute[" + AREA + "]"),
                        consent,
                        PetitionChannel.OPEN311,
                        lat,
                        lon,
                        null,
                        null,
                        null,
                        null,
                        request.getRemoteAddr(),
                        null,
                        null));
        String code = display(receipt.trackingCode());
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", code);
        created.put(
                "service_notice",
                problems.message("opendata.open311.notice", code, "/" + council.slug() + "/kien-nghi/tra-cuu/" + code));
        created.put("account_id", null);
        String location = "/open311/v2/requests/" + code + "." + f.extension + "?jurisdiction_id=" + council.slug();
        return f.list("service_requests", "request", List.of(created), HttpStatus.CREATED, URI.create(location));
    }

    @GetMapping("/open311/v2/requests.{format}")
    @Operation(
            summary = "The council's published, de-identified petition issues, filtered by id, service, status, dates")
    ResponseEntity<String> requests(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "start_date", required = false) String start,
            @RequestParam(name = "end_date", required = false) String end) {
        Format f = Format.of(format);
        Council council = council(jurisdiction);
        if (ids != null && !ids.isBlank()) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (String id : ids.split(",")) {
                find(council, id.strip()).ifPresent(found::add);
            }
            return f.list("service_requests", "request", found);
        }
        List<String> wrong = new ArrayList<>();
        Instant from = instant(start, "start_date", wrong);
        Instant to = instant(end, "end_date", wrong);
        List<String> statuses = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            for (String s : status.split(",")) {
                String clean = s.strip().toLowerCase(Locale.ROOT);
                if (!clean.equals("open") && !clean.equals("closed")) {
                    wrong.add(problems.message("opendata.open311.status.invalid", s.strip()));
                }
                statuses.add(clean);
            }
        }
        List<String> codes = new ArrayList<>();
        if (serviceCode != null && !serviceCode.isBlank()) {
            for (String c : serviceCode.split(",")) {
                codes.add(c.strip());
            }
        }
        if (!wrong.isEmpty()) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, wrong);
        }
        List<PetitionIssue> published =
                Tenancy.call(TenantScope.publicOf(council.id()), () -> publishedIssues(council));
        List<Map<String, Object>> out = published.stream()
                .filter(i -> codes.isEmpty() || codes.contains(i.field()))
                .filter(i -> statuses.isEmpty() || statuses.contains(status(i.status())))
                .filter(i -> from == null || !i.createdAt().isBefore(from))
                .filter(i -> to == null || !i.createdAt().isAfter(to))
                .limit(MAX_REQUESTS)
                .map(this::request)
                .toList();
        return f.list("service_requests", "request", out);
    }

    private List<PetitionIssue> publishedIssues(Council council) {
        List<PetitionIssue> all = new ArrayList<>();
        for (int page = 0; all.size() < MAX_REQUESTS * 5; page++) {
            Page<PetitionIssue> batch = issues.published(council.id(), new Page.Request(page, Page.MAX_SIZE));
            all.addAll(batch.items());
            if (batch.items().size() < Page.MAX_SIZE || all.size() >= batch.total()) {
                break;
            }
        }
        return all;
    }

    @GetMapping("/open311/v2/requests/{id}.{format}")
    @Operation(summary = "One request by tracking code or published issue id, de-identified")
    ResponseEntity<String> request(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Format f = Format.of(format);
        Council council = council(jurisdiction);
        Map<String, Object> found = find(council, id)
                .orElseThrow(() -> new Open311Error(
                        HttpStatus.NOT_FOUND, List.of(problems.message("opendata.open311.request.notFound", id))));
        return f.list("service_requests", "request", List.of(found));
    }

    /** A tracking code of a petition of this council, or the id of one of its published issues. */
    private Optional<Map<String, Object>> find(Council council, String id) {
        Optional<PublicPetitionStatus> tracked =
                petitions.track(id).filter(s -> s.councilSlug().equals(council.slug()));
        if (tracked.isPresent()) {
            return tracked.map(this::request);
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(Tenancy.call(
                    TenantScope.publicOf(council.id()), () -> request(issues.requirePublished(council.id(), uuid))));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A published issue: the de-identified title and answer, never a voter's data or location. */
    private Map<String, Object> request(PetitionIssue issue) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", issue.id().toString());
        r.put("status", status(issue.status()));
        r.put("status_notes", issue.publishedText());
        r.put("service_name", issues.fieldName(issue.field()));
        r.put("service_code", issue.field());
        r.put("description", issue.title());
        r.put("agency_responsible", issue.bodyName());
        r.put("service_notice", null);
        r.put("requested_datetime", dateTime(issue.createdAt()));
        r.put("updated_datetime", issue.publishedAt() == null ? null : dateTime(issue.publishedAt()));
        r.put("expected_datetime", issue.answerPromisedOn() == null ? null : dateTime(issue.answerPromisedOn()));
        r.put("address", null);
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", null);
        r.put("long", null);
        r.put("media_url", null);
        r.put("voter_count", issue.petitionCount());
        return r;
    }

    /** One petition by its tracking code: status and field; its text is the voter's and stays private. */
    private Map<String, Object> request(PublicPetitionStatus s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", s.trackingCode());
        r.put("status", status(s.status()));
        r.put("status_notes", s.answer());
        r.put("service_name", s.fieldName());
        r.put("service_code", s.field());
        r.put("description", null);
        r.put("agency_responsible", s.competentBody());
        r.put("service_notice", null);
        r.put("requested_datetime", dateTime(s.receivedOn()));
        r.put("updated_datetime", s.publishedOn() == null ? null : dateTime(s.publishedOn()));
        r.put(
                "expected_datetime",
                s.answerPromisedOn() != null
                        ? dateTime(s.answerPromisedOn())
                        : s.answer() == null && s.deadline() != null ? dateTime(s.deadline()) : null);
        r.put("address", null);
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", null);
        r.put("long", null);
        r.put("media_url", null);
        r.put("voter_count", s.petitionCount());
        return r;
    }

    /** A tracking code as voters see it: two groups of five, {@code ABCDE-FGHJK}. */
    static String display(String code) {
        return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    static String status(IssueStatus status) {
        return status == IssueStatus.ANSWERED || status == IssueStatus.CLOSED ? "closed" : "open";
    }

    private static String dateTime(Instant instant) {
        return OffsetDateTime.ofInstant(instant, VIETNAM).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String dateTime(LocalDate day) {
        return day.atStartOfDay(VIETNAM).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private Council council(@Nullable String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw new Open311Error(
                    HttpStatus.BAD_REQUEST, List.of(problems.message("opendata.open311.jurisdiction.required")));
        }
        return councils.findBySlug(jurisdiction.strip())
                .orElseThrow(() -> new Open311Error(
                        HttpStatus.NOT_FOUND,
                        List.of(problems.message("opendata.open311.jurisdiction.unknown", jurisdiction.strip()))));
    }

    private void requireService(String code, HttpStatus status) {
        boolean known = issues.fields().stream().anyMatch(field -> field.code().equals(code));
        if (!known) {
            throw new Open311Error(status, List.of(problems.message("opendata.open311.service.unknown", code)));
        }
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

    private @Nullable Instant instant(@Nullable String value, String name, List<String> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        try {
            return OffsetDateTime.parse(clean).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(clean).atStartOfDay(VIETNAM).toInstant();
            } catch (DateTimeParseException again) {
                wrong.add(problems.message("opendata.open311.date.invalid", name, clean));
                return null;
            }
        }
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

    private static String base(HttpServletRequest request) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
                .build()
                .toUriString();
    }

    // errors in Open311's format, in the format the path asked for

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> open311(Open311Error e, HttpServletRequest request) {
        return error(request, e.status, e.descriptions);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
        List<String> descriptions = e.problems().stream()
                .map(p -> open311Name(p.field()) + ": " + problems.message(p.messageKey(), p.arguments()))
                .toList();
        return error(request, HttpStatus.BAD_REQUEST, descriptions);
    }

    @ExceptionHandler(SubmissionsLimited.class)
    ResponseEntity<String> limited(SubmissionsLimited e, HttpServletRequest request) {
        return error(request, HttpStatus.TOO_MANY_REQUESTS, List.of(problems.message(e.messageKey(), e.arguments())));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<String> rule(BusinessRuleException e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, List.of(problems.message(e.messageKey(), e.arguments())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, List.of(problems.message(e.messageKey(), e.arguments())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(
                request,
                HttpStatus.BAD_REQUEST,
                List.of(problems.message("opendata.open311.parameter.required", e.getParameterName())));
    }

    /** The petition's field names as Open311 calls them. */
    static String open311Name(String field) {
        return switch (field) {
            case "content" -> "description";
            case "consent" -> "attribute[consent]";
            case "area" -> "attribute[area]";
            case "submitterName" -> "first_name";
            case "contact" -> "email";
            case "address" -> "address_string";
            case "latitude" -> "lat";
            case "longitude" -> "long";
            default -> field;
        };
    }

    private ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, List<String> descriptions) {
        Format f = request.getRequestURI().endsWith(".xml") ? Format.XML_FORMAT : Format.JSON_FORMAT;
        List<Map<String, Object>> errors = descriptions.stream()
                .map(d -> {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("code", status.value());
                    error.put("description", d);
                    return error;
                })
                .toList();
        return f.list("errors", "error", errors, status, null);
    }

    /** JSON or XML, by the path's extension; anything else is not an Open311 address. */
    static final class Format {
        static final Format JSON_FORMAT = new Format("json");
        static final Format XML_FORMAT = new Format("xml");
        private static final tools.jackson.databind.json.JsonMapper JSON =
                tools.jackson.databind.json.JsonMapper.builder().build();

        final String extension;

        private Format(String extension) {
            this.extension = extension;
        }

        static Format of(String extension) {
            return switch (extension) {
                case "json" -> JSON_FORMAT;
                case "xml" -> XML_FORMAT;
                default -> throw new NotFoundException("opendata.open311.format.unknown", extension);
            };
        }

        boolean xml() {
            return this == XML_FORMAT;
        }

        ResponseEntity<String> list(String root, String element, List<Map<String, Object>> items) {
            return list(root, element, items, HttpStatus.OK, null);
        }

        ResponseEntity<String> list(
                String root,
                String element,
                List<Map<String, Object>> items,
                HttpStatus status,
                @Nullable URI location) {
            String body;
            if (xml()) {
                body = xml(w -> {
                    w.writeStartElement(root);
                    for (Map<String, Object> item : items) {
                        writeElement(w, element, item);
                    }
                    w.writeEndElement();
                });
            } else {
                body = JSON.writeValueAsString(items);
            }
            var builder = ResponseEntity.status(status).contentType(xml() ? XML : MediaType.APPLICATION_JSON);
            if (location != null) {
                builder.location(location);
            }
            return builder.body(body);
        }

        /** Open311 wraps a single object (discovery, service definition) in its own element. */
        ResponseEntity<String> object(String root, Map<String, Object> object) {
            String body = xml() ? xml(w -> writeElement(w, root, object)) : JSON.writeValueAsString(object);
            return ResponseEntity.ok()
                    .contentType(xml() ? XML : MediaType.APPLICATION_JSON)
                    .body(body);
        }

        private interface XmlBody {
            void write(XMLStreamWriter writer) throws XMLStreamException;
        }

        private static String xml(XmlBody content) {
            try {
                StringWriter out = new StringWriter();
                XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                w.writeStartDocument("UTF-8", "1.0");
                content.write(w);
                w.writeEndDocument();
                w.close();
                return out.toString();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write Open311 XML", e);
            }
        }

        @SuppressWarnings("unchecked")
        private static void writeElement(XMLStreamWriter w, String name, @Nullable Object value)
                throws XMLStreamException {
            if (value == null) {
                w.writeEmptyElement(name);
                return;
            }
            w.writeStartElement(name);
            if (value instanceof Map<?, ?> map) {
                for (var entry : ((Map<String, Object>) map).entrySet()) {
                    writeElement(w, entry.getKey(), entry.getValue());
                }
            } else if (value instanceof List<?> list) {
                String child = singular(name);
                for (Object item : list) {
                    writeElement(w, child, item);
                }
            } else {
                w.writeCharacters(String.valueOf(value));
            }
            w.writeEndElement();
        }

        /** The element of one item of a list: {@code attributes} → {@code attribute}, {@code formats} → {@code format}. */
        static String singular(String name) {
            return name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "_item";
        }
    }
}
