package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * Password checks are limited per client address and for the whole server; over a limit the
 * answer comes at once (429 for the API, a "try again" message on the form) and no password is
 * checked. The tests' connections come from 127.0.0.1, configured as a trusted proxy, so each
 * test names its own client address in {@code X-Forwarded-For}, as a proxy would.
 */
@IntegrationTest
class SignInLimitsIntegrationTest {

    private static final String PASSWORD = "Limits-Pass-2026";
    private static final String PATH = "/api/v1/councils/an-phong/users";
    private static final int BURST = 60; // hdnd.identity.sign-in.per-address-burst in the tests (2 a minute back)

    @Autowired
    TestClient client;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void wrongPasswordsFromOneAddressAreRefusedQuicklyAfterTheBurstWhileOtherAddressesGoOn() throws Exception {
        String username = TestClient.uniqueUsername("flood");
        client.createUser("an-phong", username, PASSWORD, "Người Thử Giới Hạn", "COUNCIL_ADMIN");
        String attacker = randomAddress();
        String neighbour = randomAddress();

        int refused = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < BURST + 15; i++) {
            last = get(username, "Wrong-" + i, attacker);
            if (last.statusCode() == 429) {
                refused++;
            } else {
                assertThat(last.statusCode()).isEqualTo(401);
            }
        }

        assertThat(refused).as("the attempts after the burst").isGreaterThanOrEqualTo(5);
        assertThat(last.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("Vui lòng thử lại sau ít giây");
        assertThat(get(username, PASSWORD, attacker).statusCode())
                .as("not even the right password is checked for the flooding address")
                .isEqualTo(429);
        // a client behind the same proxy cannot escape its limit by writing another address first
        assertThat(get(username, PASSWORD, neighbour + ", " + attacker).statusCode())
                .isEqualTo(429);
        assertThat(get(username, "Wrong-neighbour", neighbour).statusCode())
                .as("another address is served: its password is checked (the account is locked by now)")
                .isEqualTo(401);
        // the account itself was not locked by the refused attempts beyond its own lock rules
        assertThat(new WebSession(client).get("/login?busy").body())
                .contains("Hệ thống đang nhận quá nhiều lượt đăng nhập");
    }

    @Test
    void aFloodFromManyAddressesAtOnceIsHeldToAFewConcurrentChecks() throws Exception {
        String username = TestClient.uniqueUsername("spread");
        client.createUser("an-phong", username, PASSWORD, "Người Thử Đồng Thời", "CLERK");
        int flood = 120;
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(flood)) {
            List<Future<Integer>> answers = new ArrayList<>();
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < flood; i++) {
                String address = randomAddress();
                answers.add(pool.submit(() -> {
                    start.await();
                    return get(username, "Wrong-password", address).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses).as("some were checked").contains(401);
        assertThat(statuses).as("the rest were refused without hashing").contains(429);
    }

    private HttpResponse<String> get(String username, String password, String forwardedFor) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(client.baseUrl() + PATH))
                .header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", forwardedFor)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
