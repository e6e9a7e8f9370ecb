package vn.hdndso.oparl.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.oparl.OparlLinks;
import vn.hdndso.oparl.OparlObjects;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * OParl 1.1 read API. Lists carry the spec's envelope ({@code data}, {@code pagination}, {@code
 * links}) and accept {@code page}, {@code limit}, {@code created_since/until}, {@code
 * modified_since/until} and {@code omit_internal}; malformed parameters get a 400 problem, unknown
 * councils and objects a 404 problem. Everything here is public: no session, no credentials.
 */
@RestController
@Tag(name = "OParl 1.1", description = "Read-only council information in the OParl 1.1 standard (docs/oparl.md)")
@RequestMapping(value = OparlLinks.ROOT, produces = MediaType.APPLICATION_JSON_VALUE)
class OparlController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final Councils councils;
    private final OparlObjects graph;
    private final String base;

    OparlController(Councils councils, OparlObjects graph, InstallationProperties installation) {
        this.councils = councils;
        this.graph = graph;
        String url = installation.baseUrl().strip();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The query parameters of a list. */
    record ListQuery(
            @Nullable String page,
            @Nullable String limit,
            @Nullable String created_since,
            @Nullable String created_until,
            @Nullable String modified_since,
            @Nullable String modified_until,
            @Nullable String omit_internal) {}

    @Operation(summary = "The entry point: the system, linking to the list of bodies (councils)")
    @GetMapping("/system")
    Map<String, Object> system() {
        var system = new LinkedHashMap<String, Object>();
        system.put("id", base + OparlLinks.ROOT + "/system");
        system.put("type", OparlObjects.SCHEMA + "System");
        system.put("oparlVersion", "https://schema.oparl.org/1.1/");
        system.put("license", OparlObjects.LICENSE);
        system.put("body", base + OparlLinks.ROOT + "/bodies");
        system.put(
                "name", "HĐND số — " + councils.provincial().map(Council::name).orElse("Hội đồng nhân dân"));
        system.put("website", base + "/");
        system.put("vendor", "https://github.com/hdnd-so");
        system.put("product", "https://github.com/hdnd-so/hdnd-so");
        system.put("web", base + "/");
        return system;
    }

    @Operation(summary = "Every council as an OParl body, paged")
    @GetMapping("/bodies")
    Map<String, Object> bodies(ListQuery query) {
        Paging paging = Paging.of(query);
        List<Council> all = councils.all();
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.limit(), all.size());
        paging.requireExisting(all.size());
        List<Map<String, Object>> page = all.subList(from, to).stream()
                .map(c -> Tenancy.call(TenantScope.publicOf(c.id()), () -> graph.body(c, links(c))))
                .toList();
        return envelope(page, all.size(), paging, base + OparlLinks.ROOT + "/bodies", query);
    }

    @Operation(summary = "One council as an OParl body, with its terms and the addresses of its lists")
    @GetMapping("/bodies/{slug}")
    Map<String, Object> body(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        return graph.body(council, links(council));
    }

    @GetMapping(
            "/bodies/{slug}/{list:organizations|persons|memberships|legislative-terms|papers|files|meetings|agenda-items|locations}")
    @Operation(
            summary = "A list of a council: organizations, persons, memberships, legislative terms, papers, files,"
                    + " meetings, agenda items or locations; paged, filtered by created/modified time")
    Map<String, Object> list(@PathVariable String slug, @PathVariable String list, ListQuery query) {
        Council council = councils.requireBySlug(slug);
        OparlLinks links = links(council);
        Paging paging = Paging.of(query);
        List<Map<String, Object>> filtered = objects(list).apply(council, links).stream()
                .filter(paging::keeps)
                .toList();
        paging.requireExisting(filtered.size());
        int from = Math.min(paging.offset(), filtered.size());
        int to = Math.min(from + paging.limit(), filtered.size());
        return envelope(filtered.subList(from, to), filtered.size(), paging, links.of(list), query);
    }

    @GetMapping(
            "/bodies/{slug}/{list:organizations|persons|memberships|legislative-terms|papers|files|meetings|agenda-items|locations}/{id}")
    @Operation(summary = "One object of a council's list, by its id")
    Map<String, Object> one(@PathVariable String slug, @PathVariable String list, @PathVariable String id) {
        Council council = councils.requireBySlug(slug);
        OparlLinks links = links(council);
        return OparlObjects.find(objects(list).apply(council, links), list, id, links)
                .orElseThrow(() -> new NotFoundException("oparl.notFound", id));
    }

    private BiFunction<Council, OparlLinks, List<Map<String, Object>>> objects(String list) {
        return switch (list) {
            case "organizations" -> graph::organizations;
            case "persons" -> graph::persons;
            case "memberships" -> graph::memberships;
            case "legislative-terms" -> graph::legislativeTerms;
            case "papers" -> graph::papers;
            case "files" -> graph::files;
            case "meetings" -> graph::meetings;
            case "agenda-items" -> graph::agendaItems;
            case "locations" -> graph::locations;
            default -> (council, links) -> List.of();
        };
    }

    private OparlLinks links(Council council) {
        return new OparlLinks(base, council.slug());
    }

    private static Map<String, Object> envelope(
            List<Map<String, Object>> data, long total, Paging paging, String self, ListQuery query) {
        long pages = Math.max(1, (total + paging.limit() - 1) / paging.limit());
        var pagination = new LinkedHashMap<String, Object>();
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", paging.limit());
        pagination.put("currentPage", paging.page());
        pagination.put("totalPages", pages);
        var links = new LinkedHashMap<String, Object>();
        links.put("first", paging.url(self, 1, query));
        if (paging.page() > 1) {
            links.put("prev", paging.url(self, paging.page() - 1, query));
        }
        links.put("self", paging.url(self, paging.page(), query));
        if (paging.page() < pages) {
            links.put("next", paging.url(self, paging.page() + 1, query));
        }
        links.put("last", paging.url(self, (int) pages, query));
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("data", data);
        envelope.put("pagination", pagination);
        envelope.put("links", links);
        return envelope;
    }

    /** Page, size and time filters of a list request, checked. */
    record Paging(
            int page,
            int limit,
            @Nullable Instant createdSince,
            @Nullable Instant createdUntil,
            @Nullable Instant modifiedSince,
            @Nullable Instant modifiedUntil) {

        static Paging of(ListQuery query) {
            var problems = new InvalidInputException.Collector();
            int page = number(problems, "page", query.page(), 1, 1, Integer.MAX_VALUE / MAX_LIMIT);
            int limit = number(problems, "limit", query.limit(), DEFAULT_LIMIT, 1, MAX_LIMIT);
            Instant createdSince = time(problems, "created_since", query.created_since());
            Instant createdUntil = time(problems, "created_until", query.created_until());
            Instant modifiedSince = time(problems, "modified_since", query.modified_since());
            Instant modifiedUntil = time(problems, "modified_until", query.modified_until());
            if (query.omit_internal() != null && !List.of("true", "false").contains(query.omit_internal())) {
                problems.add("omit_internal", "oparl.boolean");
            }
            problems.throwIfAny();
            return new Paging(page, limit, createdSince, createdUntil, modifiedSince, modifiedUntil);
        }

        int offset() {
            return (page - 1) * limit;
        }

        /** A page after the last one does not exist (the first page always does, if empty). */
        void requireExisting(long total) {
            if (page > 1 && offset() >= total) {
                throw InvalidInputException.of("page", "oparl.page.beyond", page);
            }
        }

        /**
         * Whether an object passes the time filters. Objects whose source keeps no times (councils'
         * organisation data) always pass: an incremental sync then re-reads them, it never misses one.
         */
        boolean keeps(Map<String, Object> object) {
            Instant created = OparlObjects.instant(object, "created");
            Instant modified = OparlObjects.instant(object, "modified");
            return within(created, createdSince, createdUntil) && within(modified, modifiedSince, modifiedUntil);
        }

        private static boolean within(@Nullable Instant value, @Nullable Instant since, @Nullable Instant until) {
            if (value == null) {
                return true;
            }
            return (since == null || !value.isBefore(since)) && (until == null || !value.isAfter(until));
        }

        String url(String self, int target, ListQuery query) {
            var url = new StringBuilder(self).append("?page=").append(target);
            if (query.limit() != null) {
                url.append("&limit=").append(limit);
            }
            append(url, "created_since", query.created_since());
            append(url, "created_until", query.created_until());
            append(url, "modified_since", query.modified_since());
            append(url, "modified_until", query.modified_until());
            append(url, "omit_internal", query.omit_internal());
            return url.toString();
        }

        private static void append(StringBuilder url, String name, @Nullable String value) {
            if (value != null) {
                url.append('&')
                        .append(name)
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        private static int number(
                InvalidInputException.Collector problems,
                String field,
                @Nullable String value,
                int fallback,
                int min,
                int max) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value.strip());
                if (parsed < min || parsed > max) {
                    problems.add(field, "oparl.number.range", min, max);
                    return fallback;
                }
                return parsed;
            } catch (NumberFormatException e) {
                problems.add(field, "oparl.number.invalid");
                return fallback;
            }
        }

        private static @Nullable Instant time(
                InvalidInputException.Collector problems, String field, @Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(field, "oparl.dateTime.invalid");
                return null;
            }
        }
    }
}
