package vn.hdndso.councils;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
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

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegateApiIntegrationTest {

    static final String SLUG = "gia-loc";
    static final String BASE = "/api/v1/councils/" + SLUG + "/delegates";
    static final String PASSWORD = "Delegates-Test-2026";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail audit;

    ApiRequests api;
    String clerk;
    String councilAdmin;
    String delegateOnly;

    @BeforeAll
    void accounts() {
        api = new ApiRequests(client);
        clerk = TestClient.uniqueUsername("clerk");
        councilAdmin = TestClient.uniqueUsername("chair");
        delegateOnly = TestClient.uniqueUsername("member");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư Gia Lộc", "CLERK");
        client.createUser(SLUG, councilAdmin, PASSWORD, "Chủ tịch Gia Lộc", "COUNCIL_ADMIN");
        client.createUser(SLUG, delegateOnly, PASSWORD, "Đại biểu Gia Lộc", "DELEGATE");
    }

    @Test
    void clerkRegistersADelegateWhoAppearsInThePublicList() {
        var created = client.postJson(
                BASE,
                Map.of(
                        "fullName", "  Phạm   Thị Hồng Nhung ",
                        "gender", "NU",
                        "birthYear", 1982,
                        "position", "Hiệu trưởng Trường Tiểu học Gia Lộc",
                        "email", "nhung@example.vn",
                        "phone", "0912 345 678"),
                clerk,
                PASSWORD);

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith(BASE + "/" + id);
        assertThat(created.json().get("fullName").asString()).isEqualTo("Phạm Thị Hồng Nhung");
        assertThat(created.json().get("active").asBoolean()).isTrue();

        var list = client.get(BASE);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").valueStream().map(i -> i.get("id").asString()))
                .contains(id);
        assertThat(list.json().get("total").asInt()).isPositive();
    }

    @Test
    void councilAdministratorMayRegisterDelegatesToo() {
        var created = client.postJson(BASE, Map.of("fullName", "Trịnh Văn Khải"), councilAdmin, PASSWORD);
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void refusesADelegateWithoutAName() {
        var response = client.postJson(BASE, Map.of("fullName", "   ", "position", "Đại biểu"), clerk, PASSWORD);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fieldErrors(response)).containsEntry("fullName", "Trường này là bắt buộc.");
    }

    @Test
    void refusesABirthYearBefore1900() {
        var response = client.postJson(BASE, Map.of("fullName", "Lê Văn Cổ", "birthYear", 1800), clerk, PASSWORD);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fieldErrors(response).get("birthYear")).contains("1900").contains("Năm sinh");
    }

    @Test
    void refusesAnUnknownGenderNamingTheField() {
        var response = client.postJson(BASE, Map.of("fullName", "Lê Văn Mới", "gender", "MALE"), clerk, PASSWORD);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fieldErrors(response)).containsKey("gender");
        assertThat(fieldErrors(response).get("gender")).contains("MALE").contains("NAM, NU, KHAC");
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        var response = client.postJson(
                BASE,
                Map.of("fullName", "", "birthYear", 2200, "email", "not-an-address", "phone", "12"),
                clerk,
                PASSWORD);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fieldErrors(response)).containsOnlyKeys("fullName", "birthYear", "email", "phone");
        assertThat(fieldErrors(response).get("phone")).contains("Số điện thoại");
    }

    @Test
    void refusesMalformedJsonWithAProblemNotAnError() {
        var response = client.postJson(BASE, "{\"fullName\": ", clerk, PASSWORD);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("JSON");
    }

    @Test
    void showsContactDetailsOnlyToTheCouncilsOfficeAndAuditsTheRead() {
        String id = register("Đoàn Minh Triết", "triet@example.vn", "0987 000 111");

        var asClerk = client.get(BASE + "/" + id, clerk, PASSWORD);
        assertThat(asClerk.status()).isEqualTo(200);
        assertThat(asClerk.json().get("contact").get("email").asString()).isEqualTo("triet@example.vn");
        assertThat(asClerk.json().get("contact").get("phone").asString()).isEqualTo("0987 000 111");

        var anonymous = client.get(BASE + "/" + id);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("fullName").asString()).isEqualTo("Đoàn Minh Triết");
        assertThat(anonymous.json().get("contact").isNull()).isTrue();
        assertThat(anonymous.body()).doesNotContain("triet@example.vn");

        var asDelegate = client.get(BASE + "/" + id, delegateOnly, PASSWORD);
        assertThat(asDelegate.json().get("contact").isNull()).isTrue();

        List<AuditTrail.Entry> entries = auditAbout(id);
        assertThat(entries)
                .filteredOn(e -> e.action().equals("councils.delegateContact.read"))
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(clerk));
        assertThat(entries).extracting(AuditTrail.Entry::action).startsWith("councils.delegate.created");
    }

    @Test
    void editsADelegateWithAMergePatch() {
        String id = register("Hà Văn Sửa", "sua@example.vn", "0901 222 333");

        var patched = api.patchJson(
                BASE + "/" + id, Map.of("position", "Bí thư Chi bộ thôn Đông", "birthYear", 1975), clerk, PASSWORD);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("fullName").asString()).isEqualTo("Hà Văn Sửa");
        assertThat(patched.json().get("position").asString()).isEqualTo("Bí thư Chi bộ thôn Đông");
        assertThat(patched.json().get("birthYear").asInt()).isEqualTo(1975);

        var cleared = new HashMap<String, Object>();
        cleared.put("email", null);
        assertThat(api.patchJson(BASE + "/" + id, cleared, clerk, PASSWORD).status())
                .isEqualTo(200);
        var read = client.get(BASE + "/" + id, clerk, PASSWORD);
        assertThat(read.json().get("contact").get("email").isNull()).isTrue();
        assertThat(read.json().get("contact").get("phone").asString()).isEqualTo("0901 222 333");

        assertThat(auditAbout(id))
                .filteredOn(e -> e.action().equals("councils.delegate.updated"))
                .first()
                .satisfies(e -> assertThat(e.details()).contains("birthYear,position"));
    }

    @Test
    void refusesAPatchThatEmptiesTheNameOrHasTheWrongTypes() {
        String id = register("Cao Văn Giữ", null, null);

        var noName = api.patchJson(BASE + "/" + id, "{\"fullName\": null}", clerk, PASSWORD);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(fieldErrors(noName)).containsKey("fullName");

        var wrongTypes =
                api.patchJson(BASE + "/" + id, "{\"birthYear\": \"năm ngoái\", \"gender\": \"X\"}", clerk, PASSWORD);
        assertThat(wrongTypes.status()).isEqualTo(400);
        assertThat(fieldErrors(wrongTypes)).containsOnlyKeys("birthYear", "gender");

        assertThat(client.get(BASE + "/" + id).json().get("fullName").asString())
                .isEqualTo("Cao Văn Giữ");
    }

    @Test
    void endsAMandateOnceWithADateAndAReason() {
        String id = register("Mai Văn Thôi", null, null);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

        var ended = client.postJson(
                BASE + "/" + id + "/end", Map.of("endedOn", today, "reason", "Chuyển công tác"), clerk, PASSWORD);
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("active").asBoolean()).isFalse();
        assertThat(ended.json().get("endedOn").asString()).isEqualTo(today);
        assertThat(ended.json().get("endReason").asString()).isEqualTo("Chuyển công tác");

        var again = client.postJson(
                BASE + "/" + id + "/end", Map.of("endedOn", today, "reason", "Lần hai"), clerk, PASSWORD);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).isEqualTo("Mai Văn Thôi đã thôi làm đại biểu trước đó.");

        var list = client.get(BASE).json().get("items");
        assertThat(list.valueStream()
                        .filter(i -> i.get("id").asString().equals(id))
                        .map(i -> i.get("active").asBoolean()))
                .containsExactly(false);
    }

    @Test
    void refusesAnEndOfMandateWithoutReasonOrOutsideTheTerm() {
        String id = register("Tô Văn Chờ", null, null);

        var noReason = client.postJson(BASE + "/" + id + "/end", Map.of("endedOn", "2026-04-01"), clerk, PASSWORD);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fieldErrors(noReason)).containsOnlyKeys("reason");

        var beforeTerm = client.postJson(
                BASE + "/" + id + "/end", Map.of("endedOn", "2020-01-01", "reason", "Nhầm"), clerk, PASSWORD);
        assertThat(beforeTerm.status()).isEqualTo(400);
        assertThat(fieldErrors(beforeTerm).get("endedOn")).contains("15/03/2026");

        var future = client.postJson(
                BASE + "/" + id + "/end", Map.of("endedOn", "2999-01-01", "reason", "Sau này"), clerk, PASSWORD);
        assertThat(fieldErrors(future)).containsKey("endedOn");

        var notADate = client.postJson(
                BASE + "/" + id + "/end", Map.of("endedOn", "31/02/2027", "reason", ""), clerk, PASSWORD);
        assertThat(fieldErrors(notADate)).containsOnlyKeys("endedOn", "reason");
        assertThat(fieldErrors(notADate).get("endedOn")).contains("yyyy-mm-dd");

        assertThat(client.get(BASE + "/" + id).json().get("active").asBoolean()).isTrue();
    }

    @Test
    void searchesDelegatesByNameWithOrWithoutDiacritics() {
        register("Nguyễn Thị Tuyết Nhung", null, null);

        assertThat(names(client.get(BASE + "?q=tuyet%20nhung"))).contains("Nguyễn Thị Tuyết Nhung");
        assertThat(names(client.get(BASE + "?q=Tuy%E1%BA%BFt"))).contains("Nguyễn Thị Tuyết Nhung");
        assertThat(names(client.get(BASE + "?q=khong%20ai%20ten%20vay"))).isEmpty();
    }

    @Test
    void anonymousCallersMustSignInToRegister() {
        var response = client.postJson(BASE, Map.of("fullName", "Ai Đó"));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aDelegateAccountMayNotRegisterEditOrEndDelegates() {
        String id = register("Lý Văn Bảo", null, null);

        assertThat(client.postJson(BASE, Map.of("fullName", "Ai Đó"), delegateOnly, PASSWORD)
                        .status())
                .isEqualTo(403);
        assertThat(api.patchJson(BASE + "/" + id, Map.of("position", "x"), delegateOnly, PASSWORD)
                        .status())
                .isEqualTo(403);
        assertThat(client.postJson(
                                BASE + "/" + id + "/end",
                                Map.of("endedOn", "2026-04-01", "reason", "x"),
                                delegateOnly,
                                PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aClerkOfAnotherCouncilCanNeitherChangeNorSeeTheContactsOfItsDelegates() {
        String lacPhuongClerk = TestClient.uniqueUsername("lp.clerk");
        client.createUser("lac-phuong", lacPhuongClerk, PASSWORD, "Văn thư Lạc Phượng", "CLERK");
        var nhiChieu = client.get("/api/v1/councils/nhi-chieu/delegates").json().get("items");
        String theirs = nhiChieu.get(0).get("id").asString();
        String path = "/api/v1/councils/nhi-chieu/delegates/" + theirs;

        assertThat(client.postJson(
                                "/api/v1/councils/nhi-chieu/delegates",
                                Map.of("fullName", "X"),
                                lacPhuongClerk,
                                PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.patchJson(path, Map.of("position", "x"), lacPhuongClerk, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(client.postJson(
                                path + "/end", Map.of("endedOn", "2026-04-01", "reason", "x"), lacPhuongClerk, PASSWORD)
                        .status())
                .isEqualTo(404);
        var read = client.get(path, lacPhuongClerk, PASSWORD);
        assertThat(read.json().get("contact").isNull()).isTrue();
        assertThat(read.body()).doesNotContain("@demo.invalid");
        assertThat(client.get("/api/v1/councils/lac-phuong/delegates/" + theirs, lacPhuongClerk, PASSWORD)
                        .status())
                .isEqualTo(404);
    }

    private String register(String fullName, String email, String phone) {
        var body = new HashMap<String, Object>();
        body.put("fullName", fullName);
        body.put("email", email);
        body.put("phone", phone);
        var created = client.postJson(BASE, body, clerk, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<AuditTrail.Entry> auditAbout(String delegateId) {
        var council = councils.requireBySlug(SLUG).id();
        return Tenancy.call(TenantScope.staffOf(council), () -> audit.about(council, "delegate", delegateId));
    }

    static Map<String, String> fieldErrors(TestClient.Response response) {
        var errors = new HashMap<String, String>();
        JsonNode list = response.json().get("errors");
        if (list != null) {
            list.valueStream()
                    .forEach(e -> errors.put(
                            e.get("field").asString(), e.get("message").asString()));
        }
        return errors;
    }

    private static List<String> names(TestClient.Response response) {
        return response.json()
                .get("items")
                .valueStream()
                .map(i -> i.get("fullName").asString())
                .toList();
    }
}
