package vn.hdndso.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.councils.DelegateApiIntegrationTest.fieldErrors;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** Terms of Xã Kim Thành, which no other test uses: switching its current term affects nobody else. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermApiIntegrationTest {

    static final String SLUG = "kim-thanh";
    static final String BASE = "/api/v1/councils/" + SLUG + "/terms";
    static final String PASSWORD = "Terms-Test-2026";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail audit;

    String chair;
    String clerk;
    String original;

    @BeforeAll
    void accounts() {
        chair = TestClient.uniqueUsername("chair");
        clerk = TestClient.uniqueUsername("clerk");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch Kim Thành", "COUNCIL_ADMIN");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư Kim Thành", "CLERK");
        original = currentTermId();
    }

    @Test
    void listsTheTermsOfACouncilPublicly() {
        var response = client.get(BASE);

        assertThat(response.status()).isEqualTo(200);
        JsonNode first = response.json().get("items").get(0);
        assertThat(response.json()
                        .get("items")
                        .valueStream()
                        .map(t -> t.get("name").asString()))
                .contains("Nhiệm kỳ 2026–2031");
        assertThat(first.has("startsOn")).isTrue();
    }

    @Test
    void theStandingCommitteeAddsATermWithItsStandingCommitteeAndMakesItCurrent() {
        var created = client.postJson(
                BASE,
                Map.of("name", "Nhiệm kỳ 2031–2036", "startsOn", "2031-03-15", "endsOn", "2036-03-14"),
                chair,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("current").asBoolean()).isFalse();
        String id = created.json().get("id").asString();

        var switched = client.postJson(BASE + "/" + id + "/current", Map.of(), chair, PASSWORD);
        assertThat(switched.status()).isEqualTo(200);
        assertThat(switched.json().get("current").asBoolean()).isTrue();
        assertThat(currentTerms()).containsExactly(id);

        var bodies = client.get("/api/v1/councils/" + SLUG + "/bodies").json().get("items");
        assertThat(bodies.valueStream().map(b -> b.get("kind").asString())).containsExactly("STANDING_COMMITTEE");
        assertThat(bodies.get(0).get("symbol").asString()).isEqualTo("TTHĐND");
        assertThat(client.get("/api/v1/councils/" + SLUG + "/delegates")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();

        client.postJson(BASE + "/" + original + "/current", Map.of(), chair, PASSWORD);
        assertThat(currentTerms()).containsExactly(original);

        var council = councils.requireBySlug(SLUG).id();
        var entries = Tenancy.call(TenantScope.staffOf(council), () -> audit.about(council, "term", id));
        assertThat(entries)
                .extracting(AuditTrail.Entry::action)
                .containsExactly("councils.term.created", "councils.term.madeCurrent");
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo(chair));
    }

    @Test
    void keepsExactlyOneCurrentTermWhenTwoSwitchesRaceEachOther() throws Exception {
        String a = create("Nhiệm kỳ 2036–2041", "2036-03-15", "2041-03-14");
        String b = create("Nhiệm kỳ 2041–2046", "2041-03-15", "2046-03-14");
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 5; round++) {
                var first = CompletableFuture.supplyAsync(
                        () -> client.postJson(BASE + "/" + a + "/current", Map.of(), chair, PASSWORD), pool);
                var second = CompletableFuture.supplyAsync(
                        () -> client.postJson(BASE + "/" + b + "/current", Map.of(), chair, PASSWORD), pool);
                assertThat(first.get().status()).isEqualTo(200);
                assertThat(second.get().status()).isEqualTo(200);
                assertThat(currentTerms()).hasSize(1).containsAnyOf(a, b);
            }
        }
        client.postJson(BASE + "/" + original + "/current", Map.of(), chair, PASSWORD);
        assertThat(currentTerms()).containsExactly(original);
    }

    @Test
    void refusesATermThatEndsBeforeItStarts() {
        var response = client.postJson(
                BASE,
                Map.of("name", "Nhiệm kỳ ngược", "startsOn", "2051-03-15", "endsOn", "2050-03-14"),
                chair,
                PASSWORD);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fieldErrors(response))
                .containsOnlyKeys("endsOn")
                .containsEntry("endsOn", "Ngày kết thúc không được trước ngày bắt đầu.");
    }

    @Test
    void refusesDatesThatDoNotParseTogetherWithMissingFields() {
        var response = client.postJson(BASE, Map.of("name", " ", "startsOn", "2051-02-30"), chair, PASSWORD);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fieldErrors(response)).containsOnlyKeys("name", "startsOn", "endsOn");
        assertThat(fieldErrors(response).get("startsOn")).contains("yyyy-mm-dd");
    }

    @Test
    void refusesATermOverlappingAnother() {
        var response = client.postJson(
                BASE,
                Map.of("name", "Nhiệm kỳ chồng lấn", "startsOn", "2030-01-01", "endsOn", "2034-12-31"),
                chair,
                PASSWORD);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("Nhiệm kỳ 2026–2031");
        assertThat(fieldErrors(response)).containsKey("startsOn");
    }

    @Test
    void aClerkMayReadButNotDecideTerms() {
        var response = client.postJson(
                BASE, Map.of("name", "Nhiệm kỳ của văn thư", "startsOn", "2061-01-01"), clerk, PASSWORD);
        assertThat(response.status()).isEqualTo(403);
        assertThat(client.postJson(BASE + "/" + original + "/current", Map.of(), clerk, PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anUnknownTermIsNotFound() {
        var response =
                client.postJson(BASE + "/00000000-0000-0000-0000-000000000000/current", Map.of(), chair, PASSWORD);
        assertThat(response.status()).isEqualTo(404);
    }

    private String create(String name, String startsOn, String endsOn) {
        var created =
                client.postJson(BASE, Map.of("name", name, "startsOn", startsOn, "endsOn", endsOn), chair, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<String> currentTerms() {
        return client.get(BASE)
                .json()
                .get("items")
                .valueStream()
                .filter(t -> t.get("current").asBoolean())
                .map(t -> t.get("id").asString())
                .toList();
    }

    private String currentTermId() {
        List<String> current = currentTerms();
        assertThat(current).hasSize(1);
        return current.getFirst();
    }
}
