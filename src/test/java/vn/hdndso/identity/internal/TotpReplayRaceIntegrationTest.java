package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.SecondFactor;
import vn.hdndso.identity.UserId;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * A code is used once even when the same code arrives on several instances (or threads) at the
 * same moment: the step is claimed in the database, not read and then written.
 */
@IntegrationTest
class TotpReplayRaceIntegrationTest {

    private static final String SLUG = "duong-kinh";
    private static final String PASSWORD = "Totp-Race-2026";
    private static final Pattern SECRET = Pattern.compile("secret=([A-Z2-7]+)&");

    @Autowired
    TestClient client;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    Councils councils;

    @Test
    void the_same_code_sent_twelve_times_at_once_is_accepted_once() throws Exception {
        String username = TestClient.uniqueUsername("totprace");
        String id = client.createUser(SLUG, username, PASSWORD, "Người Thử Đua Mã", "CLERK");
        String secret = enrol(username);
        Council council = councils.requireBySlug(SLUG);
        String code = Totp.codeAt(secret, Instant.now().plusSeconds(30));
        int attempts = 12;
        var start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return secondFactor.acceptSignInCode(new UserId(UUID.fromString(id)), council.id(), code);
                }));
            }
            start.countDown();
            long accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        }
    }

    private String enrol(String username) {
        var browser = new WebSession(client);
        assertThat(WebSession.redirectPath(browser.signIn(username, PASSWORD))).isEqualTo("/app");
        browser.submit("/app/account", "/app/account/totp", Map.of());
        Matcher m = SECRET.matcher(browser.get("/app/account").body());
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        var confirmed = browser.submit(
                "/app/account", "/app/account/totp/confirm", Map.of("code", Totp.codeAt(secret, Instant.now())));
        assertThat(confirmed.status()).isEqualTo(302);
        return secret;
    }
}
