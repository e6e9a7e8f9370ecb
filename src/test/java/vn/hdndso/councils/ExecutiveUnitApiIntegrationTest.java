package vn.hdndso.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.councils.DelegateApiIntegrationTest.fieldErrors;

import java.util.Map;
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

/** The People's Committee of Xã Ninh Giang and its units. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutiveUnitApiIntegrationTest {

    static final String SLUG = "ninh-giang";
    static final String BASE = "/api/v1/councils/" + SLUG + "/executive-units";
    static final String PASSWORD = "Units-Test-2026";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail audit;

    ApiRequests api;
    String clerk;
    String peoplesCommittee;

    @BeforeAll
    void accounts() {
        api = new ApiRequests(client);
        clerk = TestClient.uniqueUsername("clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư Ninh Giang", "CLERK");
        peoplesCommittee = client.get(BASE).json().get("items").get(0).get("id").asString();
    }

    @Test
    void listsThePeoplesCommitteeFirstThenItsUnits() {
        JsonNode items = client.get(BASE).json().get("items");

        assertThat(items.get(0).get("kind").asString()).isEqualTo("PEOPLES_COMMITTEE");
        assertThat(items.get(0).get("name").asString()).isEqualTo("Ủy ban nhân dân xã Ninh Giang");
        assertThat(items.valueStream().map(u -> u.get("name").asString()))
                .contains("Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công");
    }

    @Test
    void clerkAddsAnOfficeUnderThePeoplesCommittee() {
        var created = client.postJson(
                BASE,
                Map.of(
                        "name", "Phòng Tư pháp",
                        "kind", "OFFICE",
                        "parentId", peoplesCommittee,
                        "email", "tuphap@ninhgiang.gov.vn",
                        "phone", "0220 3 888 999"),
                clerk,
                PASSWORD);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("parentId").asString()).isEqualTo(peoplesCommittee);
        assertThat(created.json().get("active").asBoolean()).isTrue();
        String id = created.json().get("id").asString();
        var council = councils.requireBySlug(SLUG).id();
        var entries = Tenancy.call(TenantScope.staffOf(council), () -> audit.about(council, "executiveUnit", id));
        assertThat(entries).extracting(AuditTrail.Entry::action).containsExactly("councils.executiveUnit.created");
    }

    @Test
    void refusesAUnitWithoutANameOrKindOrWithAnUnknownKind() {
        var empty = client.postJson(BASE, Map.of("name", ""), clerk, PASSWORD);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fieldErrors(empty)).containsOnlyKeys("name", "kind");

        var unknown = client.postJson(BASE, Map.of("name", "Phòng X", "kind", "MINISTRY"), clerk, PASSWORD);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fieldErrors(unknown)).containsOnlyKeys("kind");
    }

    @Test
    void refusesASecondPeoplesCommitteeAndAnUnknownParent() {
        var second =
                client.postJson(BASE, Map.of("name", "UBND thứ hai", "kind", "PEOPLES_COMMITTEE"), clerk, PASSWORD);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("Ủy ban nhân dân xã Ninh Giang");

        var orphan = client.postJson(
                BASE,
                Map.of("name", "Phòng Mồ côi", "kind", "OFFICE", "parentId", "00000000-0000-0000-0000-000000000001"),
                clerk,
                PASSWORD);
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(fieldErrors(orphan)).containsOnlyKeys("parentId");
    }

    @Test
    void editsAUnitAndRefusesACycleOfParents() {
        String office = create("Phòng Nội vụ", peoplesCommittee);
        String team = create("Tổ công tác cải cách hành chính", office);

        var deactivated =
                api.patchJson(BASE + "/" + office, Map.of("active", false, "phone", "0220 111 2222"), clerk, PASSWORD);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.json().get("name").asString()).isEqualTo("Phòng Nội vụ");

        var cycle = api.patchJson(BASE + "/" + office, Map.of("parentId", team), clerk, PASSWORD);
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(fieldErrors(cycle)).containsOnlyKeys("parentId");

        var self = api.patchJson(BASE + "/" + office, Map.of("parentId", office), clerk, PASSWORD);
        assertThat(fieldErrors(self)).containsOnlyKeys("parentId");
    }

    @Test
    void anonymousMayReadButNotAddUnits() {
        assertThat(client.get(BASE).status()).isEqualTo(200);
        assertThat(client.postJson(BASE, Map.of("name", "Phòng Y", "kind", "OFFICE"))
                        .status())
                .isEqualTo(401);
    }

    private String create(String name, String parentId) {
        var created =
                client.postJson(BASE, Map.of("name", name, "kind", "OFFICE", "parentId", parentId), clerk, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
