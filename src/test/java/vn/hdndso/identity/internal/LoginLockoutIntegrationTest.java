package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

@IntegrationTest
class LoginLockoutIntegrationTest {

    private static final String PASSWORD = "Lockout-Pass-2026";
    private static final String WRONG = "Wrong-Pass-0000";

    @Autowired
    TestClient client;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

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
        // the same answer as for a wrong password or an unknown name: no telling which accounts exist
        assertThat(WebSession.redirectPath(refused)).isEqualTo("/login?error");
        assertThat(browser.get("/login?error").body()).contains("tài khoản sẽ tạm khóa trong ít phút");
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

    @Test
    void aLockedAccountAndAnUnknownNameGetTheSameAnswer() {
        String username = TestClient.uniqueUsername("exists");
        client.createUser("an-phong", username, PASSWORD, "Người Thử Tồn Tại", "CLERK");
        for (int attempt = 1; attempt <= 5; attempt++) {
            new WebSession(client).signIn(username, WRONG);
        }

        var locked = new WebSession(client).signIn(username, WRONG);
        var unknown = new WebSession(client).signIn(TestClient.uniqueUsername("ghost"), WRONG);

        assertThat(WebSession.redirectPath(locked)).isEqualTo(WebSession.redirectPath(unknown));
        assertThat(WebSession.redirectPath(unknown)).isEqualTo("/login?error");
        assertThat(new WebSession(client).get("/login?locked").body())
                .as("no page tells a locked account apart")
                .doesNotContain("bị khóa do đăng nhập sai");
    }

    @Test
    void whenTheLockRunsOutTheCountStartsAgainSoOneMoreWrongPasswordDoesNotLockAgain() {
        String username = TestClient.uniqueUsername("expired");
        client.createUser("an-phong", username, PASSWORD, "Người Thử Hết Khóa", "CLERK");
        for (int attempt = 1; attempt <= 5; attempt++) {
            new WebSession(client).signIn(username, WRONG);
        }
        assertThat(lockout(username)).isEqualTo("5 locked");
        // fifteen minutes later
        JdbcClient.create(owner)
                .sql("update app_user set locked_until = now() - interval '1 second' where username = :u")
                .param("u", username)
                .update();

        new WebSession(client).signIn(username, WRONG);

        assertThat(lockout(username)).isEqualTo("1 open");
        assertThat(WebSession.redirectPath(new WebSession(client).signIn(username, PASSWORD)))
                .isEqualTo("/app");
    }

    private String lockout(String username) {
        return JdbcClient.create(owner)
                .sql("""
                        select failed_logins || ' ' || case when locked_until > now() then 'locked' else 'open' end
                        from app_user where username = :u""")
                .param("u", username)
                .query(String.class)
                .single();
    }
}
