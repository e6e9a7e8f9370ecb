package vn.hdndso.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.councils.DelegateApiIntegrationTest.fieldErrors;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** Bodies and seats of Xã Tuệ Tĩnh's current term. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyApiIntegrationTest {

    static final String SLUG = "tue-tinh";
    static final String BASE = "/api/v1/councils/" + SLUG + "/bodies";
    static final String PASSWORD = "Bodies-Test-2026";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail audit;

    ApiRequests api;
    String clerk;

    @BeforeAll
    void accounts() {
        api = new ApiRequests(client);
        clerk = TestClient.uniqueUsername("clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư Tuệ Tĩnh", "CLERK");
    }

    @Test
    void listsTheStandingCommitteeThenCommitteesThenGroups() {
        createBody("DELEGATE_GROUP", "Tổ đại biểu thôn Mậu Tài", null);

        var response = client.get(BASE);

        assertThat(response.status()).isEqualTo(200);
        List<String> kinds = response.json()
                .get("items")
                .valueStream()
                .map(b -> b.get("kind").asString())
                .toList();
        assertThat(kinds.getFirst()).isEqualTo("STANDING_COMMITTEE");
        assertThat(kinds).containsSubsequence("COMMITTEE", "DELEGATE_GROUP");
        assertThat(kinds.indexOf("DELEGATE_GROUP")).isGreaterThan(kinds.lastIndexOf("COMMITTEE"));
        assertThat(response.json()
                        .get("items")
                        .get(0)
                        .get("roles")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly("CHAIR", "VICE_CHAIR", "MEMBER");
    }

    @Test
    void clerkCreatesACommitteeWithItsSymbolInCapitals() {
        var created = client.postJson(
                BASE,
                Map.of(
                        "kind",
                        "COMMITTEE",
                        "name",
                        "Ban Pháp chế",
                        "symbol",
                        "bpc",
                        "description",
                        "Thẩm tra pháp chế"),
                clerk,
                PASSWORD);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("symbol").asString()).isEqualTo("BPC");
        assertThat(created.json().get("kind").asString()).isEqualTo("COMMITTEE");
        assertThat(client.get(BASE)
                        .json()
                        .get("items")
                        .valueStream()
                        .map(b -> b.get("name").asString()))
                .contains("Ban Pháp chế");
    }

    @Test
    void refusesABodyWithoutANameOrWithAnUnknownKind() {
        var noName = client.postJson(BASE, Map.of("kind", "COMMITTEE", "name", ""), clerk, PASSWORD);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(fieldErrors(noName)).containsOnlyKeys("name");

        var unknownKind = client.postJson(BASE, Map.of("kind", "BAN", "name", "Ban Lạ"), clerk, PASSWORD);
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(fieldErrors(unknownKind)).containsOnlyKeys("kind");

        var groupWithSymbol = client.postJson(
                BASE, Map.of("kind", "DELEGATE_GROUP", "name", "Tổ có ký hiệu", "symbol", "TO1"), clerk, PASSWORD);
        assertThat(fieldErrors(groupWithSymbol)).containsOnlyKeys("symbol");
    }

    @Test
    void refusesASecondStandingCommitteeAndDuplicateNamesOrSymbols() {
        var standing = client.postJson(
                BASE, Map.of("kind", "STANDING_COMMITTEE", "name", "Thường trực thứ hai"), clerk, PASSWORD);
        assertThat(standing.status()).isEqualTo(409);

        var sameName =
                client.postJson(BASE, Map.of("kind", "COMMITTEE", "name", "ban kinh te - ngan sach"), clerk, PASSWORD);
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().get("detail").asString()).contains("Ban Kinh tế - Ngân sách");

        var sameSymbol = client.postJson(
                BASE, Map.of("kind", "COMMITTEE", "name", "Ban Mới", "symbol", "BKTNS"), clerk, PASSWORD);
        assertThat(sameSymbol.status()).isEqualTo(409);
        assertThat(fieldErrors(sameSymbol)).containsOnlyKeys("symbol");
    }

    @Test
    void renamesABodyWithAMergePatch() {
        var created = client.postJson(
                BASE,
                Map.of("kind", "DELEGATE_GROUP", "name", "Tổ đại biểu số 9", "description", "Thôn 9"),
                clerk,
                PASSWORD);
        String id = created.json().get("id").asString();

        var renamed = api.patchJson(BASE + "/" + id, Map.of("name", "Tổ đại biểu số 10"), clerk, PASSWORD);

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Tổ đại biểu số 10");
        assertThat(renamed.json().get("description").asString()).isEqualTo("Thôn 9");
    }

    @Test
    void seatsDelegatesWithRolesThatSuitTheBody() {
        String committee = createBody("COMMITTEE", "Ban Đô thị", "BĐT");
        String first = delegate("Vũ Thị Ngọc Ánh");
        String second = delegate("Lưu Quang Vinh");

        var seated = addMember(committee, first, "CHAIR");
        assertThat(seated.status()).as(seated.body()).isEqualTo(201);
        assertThat(addMember(committee, second, "MEMBER").status()).isEqualTo(201);

        var body = client.get(BASE + "/" + committee).json();
        assertThat(body.get("members").valueStream().map(m -> m.get("fullName").asString()))
                .containsExactly("Vũ Thị Ngọc Ánh", "Lưu Quang Vinh");

        var wrongRole = addMember(committee, delegate("Đinh Công Tráng"), "HEAD");
        assertThat(wrongRole.status()).isEqualTo(400);
        assertThat(fieldErrors(wrongRole).get("role")).contains("CHAIR, VICE_CHAIR, MEMBER");

        var unknownRole = addMember(committee, second, "BOSS");
        assertThat(fieldErrors(unknownRole)).containsOnlyKeys("role");

        var twice = addMember(committee, second, "VICE_CHAIR");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).isEqualTo("Lưu Quang Vinh đã là thành viên của Ban Đô thị.");

        var secondChair = addMember(committee, delegate("Hồ Văn Tranh"), "CHAIR");
        assertThat(secondChair.status()).isEqualTo(409);
        assertThat(secondChair.json().get("detail").asString()).contains("Vũ Thị Ngọc Ánh");

        var delegateView =
                client.get("/api/v1/councils/" + SLUG + "/delegates/" + first).json();
        assertThat(delegateView.get("seats").get(0).get("bodyName").asString()).isEqualTo("Ban Đô thị");
    }

    @Test
    void refusesToSeatAnUnknownDelegateOrOneWhoseMandateEnded() {
        String group = createBody("DELEGATE_GROUP", "Tổ đại biểu thôn Đông", null);
        String gone = delegate("Kiều Văn Đi");
        client.postJson(
                "/api/v1/councils/" + SLUG + "/delegates/" + gone + "/end",
                Map.of("endedOn", "2026-04-01", "reason", "Chuyển công tác"),
                clerk,
                PASSWORD);

        assertThat(addMember(group, gone, "MEMBER").status()).isEqualTo(409);
        var unknown = addMember(group, UUID.randomUUID().toString(), "MEMBER");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fieldErrors(unknown)).containsOnlyKeys("delegateId");
        var notAnId = addMember(group, "abc", "MEMBER");
        assertThat(fieldErrors(notAnId)).containsOnlyKeys("delegateId");
    }

    @Test
    void deletesAnEmptyBodyButNotOneWithMembers() {
        String group = createBody("DELEGATE_GROUP", "Tổ đại biểu tạm", null);
        String member = delegate("Phùng Văn Ở");
        addMember(group, member, "HEAD");

        var refused = api.delete(BASE + "/" + group, clerk, PASSWORD);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo(
                        "Không thể xóa Tổ đại biểu tạm vì còn 1 đại biểu là thành viên. Hãy gỡ các thành viên trước.");

        assertThat(api.delete(BASE + "/" + group + "/members/" + member, clerk, PASSWORD)
                        .status())
                .isEqualTo(204);
        assertThat(api.delete(BASE + "/" + group + "/members/" + member, clerk, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.delete(BASE + "/" + group, clerk, PASSWORD).status()).isEqualTo(204);
        assertThat(client.get(BASE + "/" + group).status()).isEqualTo(404);
    }

    @Test
    void theStandingCommitteeCannotBeDeleted() {
        String standing = client.get(BASE).json().get("items").get(0).get("id").asString();
        var response = api.delete(BASE + "/" + standing, clerk, PASSWORD);
        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void movesABodyOnePlaceAmongThoseOfItsKind() {
        String a = createBody("DELEGATE_GROUP", "Tổ đại biểu A", null);
        String b = createBody("DELEGATE_GROUP", "Tổ đại biểu B", null);

        var moved = client.postJson(BASE + "/" + b + "/move", Map.of("direction", "UP"), clerk, PASSWORD);

        assertThat(moved.status()).isEqualTo(200);
        List<String> ids = moved.json()
                .get("items")
                .valueStream()
                .map(x -> x.get("id").asString())
                .toList();
        assertThat(ids.indexOf(b)).isEqualTo(ids.indexOf(a) - 1);
        assertThat(client.postJson(BASE + "/" + b + "/move", Map.of("direction", "SIDEWAYS"), clerk, PASSWORD)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aClerkOfAnotherCouncilCannotChangeTheseBodies() {
        String outsider = TestClient.uniqueUsername("lp.clerk");
        client.createUser("lac-phuong", outsider, PASSWORD, "Văn thư Lạc Phượng", "CLERK");
        String standing = client.get(BASE).json().get("items").get(0).get("id").asString();

        assertThat(client.postJson(BASE, Map.of("kind", "COMMITTEE", "name", "Ban Ngoài"), outsider, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.patchJson(BASE + "/" + standing, Map.of("name", "Đổi tên"), outsider, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(client.get(BASE + "/" + standing).json().get("name").asString())
                .isEqualTo("Thường trực Hội đồng nhân dân");
    }

    private String createBody(String kind, String name, String symbol) {
        var body = new java.util.HashMap<String, Object>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("symbol", symbol);
        var created = client.postJson(BASE, body, clerk, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String delegate(String fullName) {
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/delegates", Map.of("fullName", fullName), clerk, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private TestClient.Response addMember(String bodyId, String delegateId, String role) {
        return client.postJson(
                BASE + "/" + bodyId + "/members", Map.of("delegateId", delegateId, "role", role), clerk, PASSWORD);
    }
}
