package vn.hdndso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

@IntegrationTest
class AccountScreensIntegrationTest {

    private static final String SLUG = "nhi-chieu";
    private static final String USERS = "/app/councils/" + SLUG + "/users";
    private static final String PASSWORD = "Screen-Pass-2026";

    @Autowired
    TestClient client;

    @Test
    void anAdministratorListsTheCouncilsAccountsWithRolesLockAndSecondFactor() {
        String username = TestClient.uniqueUsername("listed");
        client.createUser(SLUG, username, PASSWORD, "Trần Thị Liệt Kê", "CLERK", "DELEGATE");

        var page = councilAdmin().get(USERS);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Tài khoản")
                .contains("Trần Thị Liệt Kê")
                .contains(username)
                .contains("Văn thư / chuyên viên")
                .contains("Đại biểu")
                .contains("Xác thực hai bước");
    }

    @Test
    void theCreateFormShowsVietnameseErrorsNextToTheFieldsAndKeepsTheValues() {
        var browser = councilAdmin();

        var invalid = browser.submit(
                USERS + "/new",
                USERS,
                Map.of("fullName", "Lê Văn Giữ Lại", "username", "Có Dấu", "password", "ngắn", "email", "sai"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body())
                .contains("value=\"Lê Văn Giữ Lại\"")
                .contains("value=\"Có Dấu\"")
                .contains("id=\"username-error\"")
                .contains("Tên đăng nhập gồm 3–50 ký tự")
                .contains("Mật khẩu phải có ít nhất 10 ký tự.")
                .contains("Địa chỉ thư điện tử không hợp lệ.")
                .contains("Chọn ít nhất một vai trò.")
                .doesNotContain("ngắn");
    }

    @Test
    void aTakenUserNameIsShownNextToTheField() {
        String username = TestClient.uniqueUsername("taken");
        client.createUser(SLUG, username, PASSWORD, "Người Có Trước", "CLERK");

        var again = councilAdmin()
                .submit(
                        USERS + "/new",
                        USERS,
                        Map.of(
                                "fullName",
                                "Người Đến Sau",
                                "username",
                                username,
                                "password",
                                PASSWORD + "x",
                                "roles",
                                "CLERK"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"username-error\"").contains("đã được sử dụng");
    }

    @Test
    void anAdministratorCreatesAnAccountAndManagesIt() {
        var browser = councilAdmin();
        String username = TestClient.uniqueUsername("managed");

        var created = browser.submit(
                USERS + "/new",
                USERS,
                Map.of(
                        "fullName",
                        "Phạm Văn Quản",
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "roles",
                        List.of("CLERK")));
        String detail = WebSession.redirectPath(created);
        var page = browser.get(detail);

        assertThat(created.status()).isEqualTo(302);
        assertThat(detail).matches(USERS + "/[0-9a-f-]{36}");
        assertThat(page.body()).contains("Đã tạo tài khoản.").contains("Phạm Văn Quản");
        assertThat(basic(username, PASSWORD)).isEqualTo(403);

        browser.submit(detail, detail + "/roles", Map.of("roles", List.of("CLERK", "COUNCIL_ADMIN")));
        assertThat(basic(username, PASSWORD)).isEqualTo(200);

        browser.submit(detail, detail + "/password", Map.of("password", "Reset-By-Admin-2026"));
        assertThat(basic(username, PASSWORD)).isEqualTo(401);
        assertThat(basic(username, "Reset-By-Admin-2026")).isEqualTo(200);

        browser.submit(detail, detail + "/enabled", Map.of("enabled", "false"));
        assertThat(basic(username, "Reset-By-Admin-2026")).isEqualTo(401);
        assertThat(browser.get(detail).body()).contains("Đã vô hiệu hóa");

        browser.submit(detail, detail + "/enabled", Map.of("enabled", "true"));
        assertThat(basic(username, "Reset-By-Admin-2026")).isEqualTo(200);
    }

    @Test
    void disablingAnAccountOrChangingItsRolesEndsItsOpenSessions() {
        String username = TestClient.uniqueUsername("session");
        String id = client.createUser(SLUG, username, PASSWORD, "Người Đang Làm Việc", "CLERK");
        String detail = USERS + "/" + id;
        var admin = councilAdmin();
        var user = new WebSession(client);
        user.signIn(username, PASSWORD);
        assertThat(user.get("/app/account").status()).isEqualTo(200);

        admin.submit(detail, detail + "/roles", Map.of("roles", List.of("CLERK", "DELEGATE")));
        var afterRoles = user.get("/app/account");
        var again = new WebSession(client);
        again.signIn(username, PASSWORD);
        admin.submit(detail, detail + "/enabled", Map.of("enabled", "false"));
        var afterDisable = again.get("/app/account");

        assertThat(WebSession.redirectPath(afterRoles)).isEqualTo("/login");
        assertThat(WebSession.redirectPath(afterDisable)).isEqualTo("/login");
        assertThat(admin.get(detail).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorUnlocksALockedAccount() {
        String username = TestClient.uniqueUsername("unlock");
        String id = client.createUser(SLUG, username, PASSWORD, "Người Bị Khóa", "COUNCIL_ADMIN");
        for (int attempt = 1; attempt <= 5; attempt++) {
            client.get("/api/v1/councils/" + SLUG + "/users", username, "Sai-Mat-Khau-0000");
        }
        assertThat(basic(username, PASSWORD)).isEqualTo(401);
        var browser = councilAdmin();
        String detail = USERS + "/" + id;
        assertThat(browser.get(detail).body()).contains("Đang bị khóa").contains("Mở khóa");

        var unlocked = browser.submit(detail, detail + "/unlock", Map.of());

        assertThat(unlocked.status()).isEqualTo(302);
        assertThat(browser.get(detail).body()).contains("Đã mở khóa tài khoản.");
        assertThat(basic(username, PASSWORD)).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotDisableThemselvesOrDropTheirOwnAdministratorRole() {
        String username = TestClient.uniqueUsername("self");
        String id = client.createUser(SLUG, username, PASSWORD, "Quản Trị Tự Mình", "COUNCIL_ADMIN");
        var browser = new WebSession(client);
        browser.signIn(username, PASSWORD);
        String detail = USERS + "/" + id;

        var disable = browser.submit(detail, detail + "/enabled", Map.of("enabled", "false"));
        var demote = browser.submit(detail, detail + "/roles", Map.of("roles", "CLERK"));

        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.body()).contains("Bạn không thể tự vô hiệu hóa tài khoản của mình.");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.body()).contains("Bạn không thể tự bỏ vai trò quản trị của mình");
        assertThat(basic(username, PASSWORD)).isEqualTo(200);
    }

    @Test
    void anApiKeyIsCreatedOnTheAccountPageShownOnceAndRevoked() {
        String username = TestClient.uniqueUsername("keys");
        String id = client.createUser(SLUG, username, PASSWORD, "Chủ Khóa", "COUNCIL_ADMIN");
        var browser = councilAdmin();
        String detail = USERS + "/" + id;

        var noName = browser.submit(detail, detail + "/api-keys", Map.of("name", "", "expiresOn", "31/02/2030"));
        var created = browser.submit(
                detail,
                detail + "/api-keys",
                Map.of(
                        "name",
                        "Cổng thử",
                        "expiresOn",
                        "",
                        "scopes",
                        java.util.List.of("read:public", "read:council")));
        Matcher token = Pattern.compile("hdnd_[a-z0-9]{8}_[A-Za-z0-9]{32}").matcher(created.body());

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("Ngày không hợp lệ");
        assertThat(created.status()).isEqualTo(200);
        assertThat(token.find()).isTrue();
        assertThat(client.getWithBearer("/api/v1/councils/" + SLUG + "/users", token.group())
                        .status())
                .isEqualTo(200);
        String page = browser.get(detail).body();
        assertThat(page).contains("Cổng thử").doesNotContain(token.group());

        Matcher revoke = Pattern.compile("action=\"(" + Pattern.quote(detail) + "/api-keys/[0-9a-f-]{36}/revoke)\"")
                .matcher(page);
        assertThat(revoke.find()).isTrue();
        var revoked = browser.submit(detail, revoke.group(1), Map.of());

        assertThat(revoked.status()).isEqualTo(302);
        assertThat(browser.get(detail).body()).contains("Đã thu hồi");
        assertThat(client.getWithBearer("/api/v1/councils/" + SLUG + "/users", token.group())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void otherRolesAndOtherCouncilsGetNotFoundForAccountAndAuditPages() {
        String clerk = TestClient.uniqueUsername("clerk.pages");
        client.createUser(SLUG, clerk, PASSWORD, "Văn Thư Tò Mò", "CLERK");
        String stranger = TestClient.uniqueUsername("stranger");
        client.createUser("lac-phuong", stranger, PASSWORD, "Quản Trị Nơi Khác", "COUNCIL_ADMIN");
        var asClerk = new WebSession(client);
        asClerk.signIn(clerk, PASSWORD);
        var asStranger = new WebSession(client);
        asStranger.signIn(stranger, PASSWORD);

        for (String path : List.of(USERS, USERS + "/new", "/app/councils/" + SLUG + "/audit")) {
            assertThat(asClerk.get(path).status()).as(path).isEqualTo(403);
            assertThat(asStranger.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(asClerk.get(USERS).body()).contains("Không có quyền truy cập", "Về Việc của tôi");
    }

    @Test
    void theAuditPageShowsEntriesInVietnamTimeAndVerifiesTheChain() {
        var browser = councilAdmin();
        client.createUser(SLUG, TestClient.uniqueUsername("audited"), PASSWORD, "Người Được Ghi", "CLERK");

        var page = browser.get("/app/councils/" + SLUG + "/audit");
        var fragment = browser.get("/app/councils/" + SLUG + "/audit/verification");
        var withoutJavaScript = browser.get("/app/councils/" + SLUG + "/audit?verify=1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Nhật ký hoạt động")
                .contains("Tạo tài khoản")
                .doesNotContain("identity.user.created") // in words, not the stored code (issue 19)
                .contains("hx-get=\"/app/councils/" + SLUG + "/audit/verification\"")
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("Chuỗi nhật ký nguyên vẹn").doesNotContain("<html");
        assertThat(withoutJavaScript.body())
                .contains("Chuỗi nhật ký nguyên vẹn")
                .contains("<html");
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() {
        String username = TestClient.uniqueUsername("ownpw");
        client.createUser(SLUG, username, PASSWORD, "Người Đổi Mật Khẩu", "CLERK");
        var browser = new WebSession(client);
        browser.signIn(username, PASSWORD);

        var wrongCurrent = browser.submit(
                "/app/account",
                "/app/account/password",
                Map.of(
                        "currentPassword",
                        "Khong-Phai-2026",
                        "password",
                        "Mat-Khau-Moi-2026",
                        "passwordConfirm",
                        "Mat-Khau-Moi-2026"));
        var mismatch = browser.submit(
                "/app/account",
                "/app/account/password",
                Map.of("currentPassword", PASSWORD, "password", "Mat-Khau-Moi-2026", "passwordConfirm", "Khac-2026"));
        var changed = browser.submit(
                "/app/account",
                "/app/account/password",
                Map.of(
                        "currentPassword",
                        PASSWORD,
                        "password",
                        "Mat-Khau-Moi-2026",
                        "passwordConfirm",
                        "Mat-Khau-Moi-2026"));

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("Mật khẩu hiện tại không đúng.");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body()).contains("Hai lần nhập mật khẩu mới không khớp nhau.");
        assertThat(changed.status()).isEqualTo(302);
        assertThat(browser.get("/app/account").body()).contains("Đã đổi mật khẩu.");
        assertThat(basic(username, "Mat-Khau-Moi-2026")).isEqualTo(403);
    }

    private WebSession councilAdmin() {
        String username = TestClient.uniqueUsername("screens.admin");
        client.createUser(SLUG, username, PASSWORD, "Quản Trị Màn Hình", "COUNCIL_ADMIN");
        var browser = new WebSession(client);
        assertThat(WebSession.redirectPath(browser.signIn(username, PASSWORD))).isEqualTo("/app");
        return browser;
    }

    /** The status of listing the council's accounts with HTTP Basic: 200 admin, 403 other role, 401 refused. */
    private int basic(String username, String password) {
        return client.get("/api/v1/councils/" + SLUG + "/users", username, password)
                .status();
    }
}
