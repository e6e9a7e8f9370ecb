package vn.hdndso.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.portal.PortalTestDocuments;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * OParl 1.1 conformance: starting at {@code /oparl/v1/system} and following links only, the whole
 * graph is reached (every body, organization, person, membership, term, paper and file, and the
 * meeting and agenda-item lists), and every object validates against the OParl JSON Schemas as
 * published in {@code testdata/standards/oparl-1.1/schema}.
 */
@IntegrationTest
class OparlConformanceIntegrationTest {

    private static final Path SCHEMAS = Path.of("testdata/standards/oparl-1.1/schema");
    private static final String TYPE_PREFIX = "https://schema.oparl.org/1.1/";

    @Autowired
    TestClient client;

    private final Map<String, Schema> schemas = new HashMap<>();

    @Test
    void theWholeGraphIsReachableFromTheSystemAndEveryObjectIsValid() throws IOException {
        String subject = "Nghị quyết thử OParl " + UUID.randomUUID();
        String paperId = PortalTestDocuments.issue(client, PortalTestDocuments.SLUG, subject);
        String draftSubject = "Dự thảo nội bộ không được công bố " + UUID.randomUUID();
        PortalTestDocuments.draft(client, PortalTestDocuments.SLUG, draftSubject);

        String root = "/oparl/v1/system";
        var queue = new ArrayDeque<String>(List.of(root));
        var fetched = new HashSet<String>();
        var objectsByType = new HashMap<String, Set<String>>();
        var lists = new HashSet<String>();
        var problems = new ArrayList<String>();
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!fetched.add(path(url))) {
                continue;
            }
            var response = client.get(path(url));
            assertThat(response.status()).as(url).isEqualTo(200);
            assertThat(response.header("Content-Type")).as(url).startsWith("application/json");
            assertThat(response.body()).as("no staff-only data in " + url).doesNotContain(draftSubject);
            JsonNode node = response.json();
            if (node.has("data") && node.has("pagination") && node.has("links")) {
                lists.add(path(url).replaceAll("\\?.*", ""));
                checkEnvelope(url, node, problems);
                for (JsonNode item : node.get("data")) {
                    visit(item, objectsByType, queue, problems);
                }
                if (node.get("links").has("next")) {
                    queue.add(node.get("links").get("next").asString());
                }
            } else {
                visit(node, objectsByType, queue, problems);
            }
        }

        assertThat(problems).isEmpty();
        assertThat(objectsByType.get("System")).hasSize(1);
        assertThat(objectsByType.get("Body")).as("every council is a body").hasSize(115);
        assertThat(objectsByType.get("Organization")).hasSizeGreaterThanOrEqualTo(115);
        assertThat(objectsByType.get("Person")).as("the demo delegates").hasSizeGreaterThan(10);
        assertThat(objectsByType.get("Membership")).isNotEmpty();
        assertThat(objectsByType.get("LegislativeTerm")).hasSizeGreaterThanOrEqualTo(115);
        assertThat(objectsByType.get("Paper")).anyMatch(id -> id.endsWith("/papers/" + paperId));
        assertThat(objectsByType.get("File")).anyMatch(id -> id.endsWith("/files/" + paperId));
        assertThat(lists)
                .as("the meeting and agenda-item lists exist")
                .anyMatch(l -> l.endsWith("/bodies/lac-phuong/meetings"))
                .anyMatch(l -> l.endsWith("/bodies/lac-phuong/agenda-items"));
        assertThat(objectsByType.get("Meeting"))
                .as("the Nhị Chiểu demo session, reached by links")
                .anyMatch(id -> id.contains("/bodies/nhi-chieu/meetings/"));
        assertThat(objectsByType.get("AgendaItem")).anyMatch(id -> id.contains("/bodies/nhi-chieu/agenda-items/"));
        assertThat(objectsByType.get("File")).anyMatch(id -> id.contains("/bodies/nhi-chieu/files/bien-ban-"));
        assertThat(objectsByType.get("Location")).anyMatch(id -> id.contains("/bodies/nhi-chieu/locations/"));
    }

    @Test
    void meetingsCarryTheAgendaTheVotesAsPopoloAndTheMinutesAndOnlyPublicSessions() {
        String slug = PortalTestDocuments.SLUG;
        var planned = client.postJson(
                "/api/v1/councils/" + slug + "/sessions",
                Map.of(
                        "title", "Kỳ họp dự kiến chưa công bố " + UUID.randomUUID(),
                        "kind", "REGULAR",
                        "startsAt", "2027-06-15T08:00:00+07:00",
                        "place", "Hội trường UBND"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String plannedId = planned.json().get("id").asString();
        assertThat(client.get("/oparl/v1/bodies/" + slug + "/meetings?limit=1000")
                        .body())
                .doesNotContain(plannedId);
        assertThat(client.get("/oparl/v1/bodies/" + slug + "/meetings/" + plannedId)
                        .status())
                .isEqualTo(404);

        JsonNode meetings =
                client.get("/oparl/v1/bodies/nhi-chieu/meetings").json().get("data");
        JsonNode closed = meetings.valueStream()
                .filter(m -> m.has("resultsProtocol"))
                .findFirst()
                .orElseThrow();
        assertThat(closed.get("name").asString()).isNotBlank();
        assertThat(closed.get("start").asString()).endsWith("+07:00");
        assertThat(closed.get("agendaItem").size()).isGreaterThan(0);
        JsonNode voted = closed.get("agendaItem")
                .valueStream()
                .filter(i -> i.has("hdnd:voteEvent"))
                .findFirst()
                .orElseThrow();
        assertThat(voted.get("result").asString()).containsAnyOf("Thông qua", "Không thông qua");
        assertThat(voted.get("hdnd:voteEvent").get("result").asString()).isIn("pass", "fail");
        assertThat(voted.get("hdnd:voteEvent").get("counts").size()).isEqualTo(4);
        String pdf = closed.get("resultsProtocol").get("accessUrl").asString();
        var minutes = client.getBytes(java.net.URI.create(pdf).getRawPath(), null, null);
        assertThat(minutes.status()).isEqualTo(200);
        assertThat(new String(minutes.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        String closedId = closed.get("id").asString();
        String modified = closed.get("modified").asString();
        var since = client.get("/oparl/v1/bodies/nhi-chieu/meetings?modified_since="
                + java.net.URLEncoder.encode(modified, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(since.body()).contains(closedId);
        var later = client.get("/oparl/v1/bodies/nhi-chieu/meetings?modified_since="
                + java.net.URLEncoder.encode(
                        java.time.OffsetDateTime.parse(modified).plusSeconds(1).toString(),
                        java.nio.charset.StandardCharsets.UTF_8));
        assertThat(later.body()).doesNotContain(closedId);
    }

    @Test
    void aFileCarriesTheChecksumsOfTheSignedPdf() throws Exception {
        String id = PortalTestDocuments.issue(
                client, PortalTestDocuments.SLUG, "Nghị quyết thử checksum " + UUID.randomUUID());
        JsonNode file = client.get("/oparl/v1/bodies/" + PortalTestDocuments.SLUG + "/files/" + id)
                .json();
        byte[] pdf = client.getBytes(path(file.get("downloadUrl").asString()), null, null)
                .body();
        assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(file.get("sha512Checksum").asString())
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-512")
                                .digest(pdf)));
        assertThat(file.get("sha1Checksum").asString())
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(
                                java.security.MessageDigest.getInstance("SHA-1").digest(pdf)));
    }

    @Test
    void modifiedSinceReturnsOnlyPapersChangedSince() throws Exception {
        String slug = PortalTestDocuments.SLUG;
        String old = PortalTestDocuments.issue(client, slug, "Nghị quyết cũ " + UUID.randomUUID());
        JsonNode oldPaper =
                client.get("/oparl/v1/bodies/" + slug + "/papers/" + old).json();
        String since = java.time.OffsetDateTime.parse(oldPaper.get("modified").asString())
                .plusSeconds(2)
                .toString();
        Thread.sleep(2100);
        String fresh = PortalTestDocuments.issue(client, slug, "Nghị quyết mới " + UUID.randomUUID());

        JsonNode list = client.get("/oparl/v1/bodies/" + slug + "/papers?modified_since="
                        + java.net.URLEncoder.encode(since, java.nio.charset.StandardCharsets.UTF_8))
                .json();
        List<String> ids =
                list.get("data").valueStream().map(p -> p.get("id").asString()).toList();
        assertThat(ids).anyMatch(id -> id.endsWith(fresh)).noneMatch(id -> id.endsWith(old));
        assertThat(list.get("links").get("self").asString()).contains("modified_since=");
    }

    @Test
    void pagingFollowsTheEnvelopeAndBadParametersAreProblems() {
        JsonNode first = client.get("/oparl/v1/bodies?limit=50").json();
        assertThat(first.get("pagination").get("totalElements").asInt()).isEqualTo(115);
        assertThat(first.get("pagination").get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.get("data")).hasSize(50);
        assertThat(first.get("links").get("next").asString()).endsWith("/oparl/v1/bodies?page=2&limit=50");
        assertThat(first.get("links").has("prev")).isFalse();
        JsonNode last = client.get("/oparl/v1/bodies?page=3&limit=50").json();
        assertThat(last.get("data")).hasSize(15);
        assertThat(last.get("links").has("next")).isFalse();

        for (String bad : List.of(
                "/oparl/v1/bodies?page=0",
                "/oparl/v1/bodies?page=abc",
                "/oparl/v1/bodies?limit=0",
                "/oparl/v1/bodies?limit=100000",
                "/oparl/v1/bodies?page=4&limit=50",
                "/oparl/v1/bodies/lac-phuong/papers?modified_since=hôm-qua",
                "/oparl/v1/bodies/lac-phuong/papers?omit_internal=maybe")) {
            var response = client.get(bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(bad).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).as(bad).isNotBlank();
        }
        for (String unknown : List.of(
                "/oparl/v1/bodies/khong-co-xa-nay",
                "/oparl/v1/bodies/lac-phuong/papers/" + UUID.randomUUID(),
                "/oparl/v1/bodies/lac-phuong/persons/khong-co",
                "/oparl/v1/bodies/lac-phuong/meetings/" + UUID.randomUUID())) {
            var response = client.get(unknown);
            assertThat(response.status()).as(unknown).isEqualTo(404);
            assertThat(response.header("Content-Type")).as(unknown).startsWith("application/problem+json");
        }
    }

    @Test
    void personsShowOnlyPublicFields() {
        JsonNode persons = client.get("/oparl/v1/bodies/lac-phuong/persons").json();
        assertThat(persons.get("data")).isNotEmpty();
        for (JsonNode person : persons.get("data")) {
            assertThat(person.has("email")).isFalse();
            assertThat(person.has("phone")).isFalse();
            assertThat(person.has("life")).isFalse();
        }
    }

    private void checkEnvelope(String url, JsonNode list, List<String> problems) {
        JsonNode pagination = list.get("pagination");
        for (String field : List.of("totalElements", "elementsPerPage", "currentPage", "totalPages")) {
            if (!pagination.has(field) || !pagination.get(field).isIntegralNumber()) {
                problems.add(url + ": pagination." + field);
            }
        }
        for (String field : List.of("first", "self", "last")) {
            if (!list.get("links").has(field)) {
                problems.add(url + ": links." + field);
            }
        }
        if (list.get("data").size() > pagination.get("elementsPerPage").asInt()) {
            problems.add(url + ": more data than elementsPerPage");
        }
    }

    /** Validates an object (and the objects embedded in it) and queues every OParl link it holds. */
    private void visit(
            JsonNode object, Map<String, Set<String>> byType, ArrayDeque<String> queue, List<String> problems) {
        String type = object.path("type").asString("");
        if (!type.startsWith(TYPE_PREFIX)) {
            problems.add("object without an OParl type: " + object);
            return;
        }
        String name = type.substring(TYPE_PREFIX.length());
        String id = object.path("id").asString("");
        byType.computeIfAbsent(name, k -> new HashSet<>()).add(id);
        schema(name).validate(object).forEach(error -> problems.add(name + " " + id + ": " + error));
        queue.add(id);
        for (var field : object.properties()) {
            follow(field.getValue(), byType, queue, problems);
        }
    }

    private void follow(
            JsonNode value, Map<String, Set<String>> byType, ArrayDeque<String> queue, List<String> problems) {
        if (value.isString() && value.asString().contains("/oparl/v1/")) {
            queue.add(value.asString());
        } else if (value.isObject() && value.has("type")) {
            visit(value, byType, queue, problems);
        } else if (value.isArray()) {
            value.forEach(item -> follow(item, byType, queue, problems));
        }
    }

    /** Path and query of an absolute address (the installation's base URL is not the test port). */
    private static String path(String url) {
        var uri = java.net.URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private Schema schema(String type) {
        return schemas.computeIfAbsent(type, t -> {
            try (InputStream in = Files.newInputStream(SCHEMAS.resolve(t + ".json"))) {
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                        .getSchema(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
