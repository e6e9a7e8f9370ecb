package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

@IntegrationTest
class SecondFactorIntegrationTest {

    private static final String SLUG = "nhi-chieu";
    private static final String PASSWORD = "Totp-Pass-2026";
    private static final Pattern SECRET = Pattern.compile("secret=([A-Z2-7]+)&");

    @Autowired
    TestClient client;

    @Test
    void enrolmentShowsTheSecretWithAQrCodeAndNeedsTheRightCode() {
        String username = TestClient.uniqueUsername("enrol");
        client.createUser(SLUG, username, PASSWORD, "Người Thử Đăng Ký", "CLERK");
        var browser = signedIn(username);

        var started = browser.submit("/app/account", "/app/account/totp", Map.of());
        var page = browser.get("/app/account");
        String secret = secretOn(page.body());
        var wrong = browser.submit(
                "/app/account", "/app/account/totp/confirm", Map.of("code", otherThan(secret, Instant.now())));
        var confirmed = browser.submit(
                "/app/account", "/app/account/totp/confirm", Map.of("code", Totp.codeAt(secret, Instant.now())));

        assertThat(started.status()).isEqualTo(302);
        assertThat(page.body())
                .contains("otpauth://totp/")
                .contains("data:image/svg+xml;base64,")
                .contains("issuer=H%C4%90ND%20s%E1%BB%91");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Mã xác thực không đúng hoặc đã hết hạn");
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(browser.get("/app/account").body())
                .contains("Xác thực hai bước đang bật")
                .doesNotContain(secret);
    }

    @Test
    void signingInWithTheFormNeedsTheCodeAfterThePassword() {
        String username = TestClient.uniqueUsername("twostep");
        client.createUser(SLUG, username, PASSWORD, "Người Thử Hai Bước", "COUNCIL_ADMIN");
        String secret = enrol(username);
        var browser = new WebSession(client);
        var heading = browser.get("/app/councils/" + SLUG + "/users");

        var afterPassword = browser.signIn(username, PASSWORD);
        var workspaceBeforeCode = browser.get("/app/councils/" + SLUG + "/users");
        var codePage = browser.get("/login/totp");
        var wrong = browser.submit("/login/totp", "/login/totp", Map.of("code", otherThan(secret, Instant.now())));
        var right = browser.submit(
                "/login/totp",
                "/login/totp",
                Map.of("code", Totp.codeAt(secret, Instant.now().plusSeconds(30))));

        assertThat(WebSession.redirectPath(heading)).isEqualTo("/login");
        assertThat(WebSession.redirectPath(afterPassword)).isEqualTo("/login/totp");
        assertThat(WebSession.redirectPath(workspaceBeforeCode)).isEqualTo("/login/totp");
        assertThat(codePage.status()).isEqualTo(200);
        assertThat(codePage.body()).contains("Xác thực hai bước").contains(username);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Mã xác thực không đúng hoặc đã hết hạn. Bạn còn 4 lần thử.");
        assertThat(right.status()).isEqualTo(302);
        assertThat(WebSession.redirectPath(right)).startsWith("/app/councils/" + SLUG + "/users");
        assertThat(browser.get("/app/councils/" + SLUG + "/users").status()).isEqualTo(200);
    }

    @Test
    void aCodeThatWasUsedOnceIsRefusedTheSecondTime() {
        String username = TestClient.uniqueUsername("replay");
        client.createUser(SLUG, username, PASSWORD, "Người Thử Dùng Lại", "CLERK");
        String secret = enrol(username);
        String code = Totp.codeAt(secret, Instant.now().plusSeconds(30));
        var first = new WebSession(client);
        first.signIn(username, PASSWORD);
        var second = new WebSession(client);
        second.signIn(username, PASSWORD);

        var accepted = first.submit("/login/totp", "/login/totp", Map.of("code", code));
        var replayed = second.submit("/login/totp", "/login/totp", Map.of("code", code));

        assertThat(accepted.status()).isEqualTo(302);
        assertThat(replayed.status()).isEqualTo(400);
    }

    @Test
    void fiveWrongCodesSignThePersonOutAndLockTheAccount() {
        String username = TestClient.uniqueUsername("guesser");
        client.createUser(SLUG, username, PASSWORD, "Người Thử Đoán Mã", "CLERK");
        String secret = enrol(username);
        var browser = new WebSession(client);
        browser.signIn(username, PASSWORD);

        for (int attempt = 1; attempt <= 4; attempt++) {
            var wrong = browser.submit("/login/totp", "/login/totp", Map.of("code", otherThan(secret, Instant.now())));
            assertThat(wrong.status()).isEqualTo(400);
        }
        var fifth = browser.submit("/login/totp", "/login/totp", Map.of("code", otherThan(secret, Instant.now())));

        assertThat(WebSession.redirectPath(fifth)).isEqualTo("/login?secondFactorFailed");
        assertThat(browser.get("/login?secondFactorFailed").body()).contains("đã bị đăng xuất");
        assertThat(WebSession.redirectPath(browser.get("/login/totp"))).isEqualTo("/login");
        assertThat(WebSession.redirectPath(browser.get("/app"))).isEqualTo("/login");
        assertThat(WebSession.redirectPath(new WebSession(client).signIn(username, PASSWORD)))
                .isEqualTo("/login?error");
    }

    @Test
    void httpBasicIsRefusedForAnAccountWithASecondFactorButItsApiKeyWorks() {
        String username = TestClient.uniqueUsername("basic");
        String id = client.createUser(SLUG, username, PASSWORD, "Người Thử Basic", "COUNCIL_ADMIN");
        var before = client.get("/api/v1/councils/" + SLUG + "/users", username, PASSWORD);
        enrol(username);
        var key = client.postJson(
                "/api/v1/councils/" + SLUG + "/api-keys",
                Map.of("userId", id, "name", "Hệ thống thử", "scopes", java.util.List.of("read:council")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);

        var basic = client.get("/api/v1/councils/" + SLUG + "/users", username, PASSWORD);
        var bearer = client.getWithBearer(
                "/api/v1/councils/" + SLUG + "/users", key.json().get("token").asString());

        assertThat(before.status()).isEqualTo(200);
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.header("Content-Type")).startsWith("application/problem+json");
        assertThat(basic.json().get("detail").asString())
                .contains("xác thực hai bước")
                .contains("khóa API");
        assertThat(bearer.status()).isEqualTo(200);
    }

    @Test
    void turningTheSecondFactorOffNeedsACurrentCode() {
        String username = TestClient.uniqueUsername("disable");
        client.createUser(SLUG, username, PASSWORD, "Người Thử Tắt", "CLERK");
        String secret = enrol(username);
        var browser = new WebSession(client);
        browser.signIn(username, PASSWORD);
        browser.submit(
                "/login/totp",
                "/login/totp",
                Map.of("code", Totp.codeAt(secret, Instant.now().plusSeconds(30))));

        var refused = browser.submit("/app/account", "/app/account/totp/disable", Map.of("code", "000000x"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Mã xác thực không đúng hoặc đã hết hạn");
        assertThat(browser.get("/app/account").body()).contains("Xác thực hai bước đang bật");
    }

    @Test
    void anAdministratorTurnsTheSecondFactorOffForSomeoneWhoLostTheirPhone() {
        String username = TestClient.uniqueUsername("lostphone");
        String id = client.createUser(SLUG, username, PASSWORD, "Người Mất Điện Thoại", "CLERK");
        enrol(username);
        String admin = TestClient.uniqueUsername("helper");
        client.createUser(SLUG, admin, PASSWORD, "Quản Trị Giúp Đỡ", "COUNCIL_ADMIN");
        var helper = signedIn(admin);
        String detail = "/app/councils/" + SLUG + "/users/" + id;
        assertThat(WebSession.redirectPath(new WebSession(client).signIn(username, PASSWORD)))
                .isEqualTo("/login/totp");

        var reset = helper.submit(detail, detail + "/totp/reset", Map.of());

        assertThat(reset.status()).isEqualTo(302);
        assertThat(helper.get(detail).body()).contains("Đã tắt xác thực hai bước của tài khoản");
        assertThat(WebSession.redirectPath(new WebSession(client).signIn(username, PASSWORD)))
                .isEqualTo("/app");
    }

    /** Signs in, turns the second factor on with the code of the current step; returns the secret. */
    @Test
    void theCodePromptCountsAsAFailedSignInUntilTheCodeIsRightSoItCannotConfirmPasswordsForEver() {
        String username = TestClient.uniqueUsername("prober");
        client.createUser("an-phong", username, PASSWORD, "Người Thử Dò Mật Khẩu", "CLERK");
        String secret = enrol(username);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(WebSession.redirectPath(new WebSession(client).signIn(username, PASSWORD)))
                    .isEqualTo("/login/totp");
        }
        // the owner's fifth attempt, finished with the right code, clears the count ...
        var owner = new WebSession(client);
        assertThat(WebSession.redirectPath(owner.signIn(username, PASSWORD))).isEqualTo("/login/totp");
        // (the enrolment used the current code: the next one, which the window accepts too)
        var signedIn = owner.submit(
                "/login/totp",
                "/login/totp",
                Map.of("code", Totp.codeAt(secret, Instant.now().plusSeconds(30))));
        assertThat(WebSession.redirectPath(signedIn)).startsWith("/app");

        // ... then unfinished prompts count again from zero: the sixth in a row locks the account
        // (LockoutUnitTest; up to the fifth, the attempt under way can still be finished)
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(WebSession.redirectPath(new WebSession(client).signIn(username, PASSWORD)))
                    .isEqualTo("/login/totp");
        }

        var locked = new WebSession(client).signIn(username, PASSWORD);

        assertThat(WebSession.redirectPath(locked))
                .as("no prompt confirms the password any more")
                .isEqualTo("/login?error");
    }

    private String enrol(String username) {
        var browser = signedIn(username);
        browser.submit("/app/account", "/app/account/totp", Map.of());
        String secret = secretOn(browser.get("/app/account").body());
        var confirmed = browser.submit(
                "/app/account", "/app/account/totp/confirm", Map.of("code", Totp.codeAt(secret, Instant.now())));
        assertThat(confirmed.status()).isEqualTo(302);
        return secret;
    }

    private WebSession signedIn(String username) {
        var browser = new WebSession(client);
        assertThat(WebSession.redirectPath(browser.signIn(username, PASSWORD))).isEqualTo("/app");
        return browser;
    }

    private static String secretOn(String page) {
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("otpauth URI with a secret on the page").isTrue();
        return m.group(1);
    }

    /** A well-formed code that is none of the codes accepted around {@code now}. */
    private static String otherThan(String secret, Instant now) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(Totp.codeAt(secret, now.minusSeconds(30)))
                    && !code.equals(Totp.codeAt(secret, now))
                    && !code.equals(Totp.codeAt(secret, now.plusSeconds(30)))) {
                return code;
            }
        }
    }
}
