package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

@IntegrationTest
class LoginLockoutIntegrationTest {

    private static final String PASSWORD = "Lockout-Pass-2026";
    private static final String WRONG = "Wrong-Pass-0000";

    @Autowired
    TestClient client;

    @Test
    void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefused() {
        String username = TestClient.uniqueUsername("lockout");
        client.createUser("nhi-chieu", username, PASSWORD, "Người Thử Khóa", "CLERK");
        var browser = new WebSession(client);

        for (int attempt = 1; attempt <= 5; attempt++) {
            var failed = browser.signIn(username, WRONG);
            assertThat(failed.status()).isEqualTo(302);
            assertThat(WebSession.redirectPath(failed)).isEqualTo("/login?error");
        }
        var refused = browser.signIn(username, PASSWORD);

        assertThat(refused.status()).isEqualTo(302);
        assertThat(WebSession.redirectPath(refused)).isEqualTo("/login?locked");
        assertThat(browser.get("/login?locked").body())
                .contains("Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần");
        assertThat(browser.get("/app").status()).isEqualTo(302);
        assertThat(client.get("/api/v1/councils/nhi-chieu/users", username, PASSWORD)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameMessageThatNamesNeither() {
        String username = TestClient.uniqueUsername("vague");
        client.createUser("nhi-chieu", username, PASSWORD, "Người Thử Thông Báo", "CLERK");
        var browser = new WebSession(client);

        var wrongPassword = browser.signIn(username, WRONG);
        var unknownName = browser.signIn(TestClient.uniqueUsername("nobody"), WRONG);

        assertThat(WebSession.redirectPath(wrongPassword)).isEqualTo("/login?error");
        assertThat(WebSession.redirectPath(unknownName)).isEqualTo("/login?error");
        String page = browser.get("/login?error").body();
        assertThat(page).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(page).doesNotContain("Mật khẩu không đúng").doesNotContain("không tồn tại");
    }

    @Test
    void theRightPasswordBeforeTheLimitSignsInAndClearsTheCount() {
        String username = TestClient.uniqueUsername("recover");
        client.createUser("nhi-chieu", username, PASSWORD, "Người Thử Đếm Lại", "CLERK");
        var browser = new WebSession(client);
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(username, WRONG);
        }

        var signedIn = browser.signIn(username, PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            new WebSession(client).signIn(username, WRONG);
        }

        assertThat(WebSession.redirectPath(signedIn)).isEqualTo("/app");
        assertThat(WebSession.redirectPath(new WebSession(client).signIn(username, PASSWORD)))
                .isEqualTo("/app");
    }
}
