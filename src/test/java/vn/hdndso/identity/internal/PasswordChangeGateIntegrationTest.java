package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * An account whose password was generated for it (the first administrator's) must choose its
 * own at its first sign-in: every workspace page leads to the password form until it has.
 */
@IntegrationTest
class PasswordChangeGateIntegrationTest {

    private static final String SLUG = "gia-phuc";
    private static final String GIVEN = "Generated-Pass-2026";
    private static final String OWN = "Chosen-By-Me-2026!";

    @Autowired
    TestClient client;

    @Autowired
    UserRepository users;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_workspace_waits_until_the_password_is_changed() {
        String username = TestClient.uniqueUsername("mustchange");
        String id = client.createUser(SLUG, username, GIVEN, "Quản Trị Mật Khẩu Cấp", "COUNCIL_ADMIN");
        Tenancy.run(
                TenantScope.allCouncils("test"),
                () -> transactions.executeWithoutResult(
                        s -> users.requirePasswordChange(new UserId(UUID.fromString(id)))));

        var browser = new WebSession(client);
        assertThat(WebSession.redirectPath(browser.signIn(username, GIVEN))).isEqualTo("/app");
        assertThat(WebSession.redirectPath(browser.get("/app"))).isEqualTo("/app/account?doiMatKhau");
        assertThat(WebSession.redirectPath(browser.get("/app/councils/" + SLUG + "/users")))
                .isEqualTo("/app/account?doiMatKhau");
        var account = browser.get("/app/account?doiMatKhau");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains("Mật khẩu của tài khoản này do hệ thống tạo");

        var changed = browser.submit(
                "/app/account",
                "/app/account/password",
                Map.of("currentPassword", GIVEN, "password", OWN, "passwordConfirm", OWN));
        assertThat(changed.status()).isEqualTo(302);

        var again = new WebSession(client);
        assertThat(WebSession.redirectPath(again.signIn(username, OWN))).isEqualTo("/app");
        // (the workspace root sends each person on to their council's page)
        assertThat(String.valueOf(WebSession.redirectPath(again.get("/app")))).doesNotContain("doiMatKhau");
        assertThat(again.get("/app/councils/" + SLUG + "/users").status()).isEqualTo(200);
    }

    @Test
    void an_ordinary_account_is_not_held_up() {
        String username = TestClient.uniqueUsername("ordinary");
        client.createUser(SLUG, username, GIVEN, "Văn Thư Bình Thường", "CLERK");
        var browser = new WebSession(client);
        browser.signIn(username, GIVEN);
        assertThat(String.valueOf(WebSession.redirectPath(browser.get("/app")))).doesNotContain("doiMatKhau");
        var account = browser.get("/app/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).doesNotContain("Mật khẩu của tài khoản này do hệ thống tạo");
    }
}
