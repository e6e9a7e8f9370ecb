package vn.hdndso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * What a public, anonymous request costs besides its own work (issue 18 §3, §6): no HTTP
 * session, no API-key look-up without a key, nothing from the database for a page the cache
 * holds, and no Micrometer observation around each security filter or authorisation decision
 * while the HTTP server observation still times every request. Works in Xã Thiên Hương.
 */
@IntegrationTest
class PublicRequestPathIntegrationTest {

    private static final String SLUG = "thien-huong";

    @Autowired
    TestClient client;

    @Autowired
    MeterRegistry meters;

    @Autowired
    List<org.springframework.security.web.SecurityFilterChain> chains;

    @Autowired
    @Qualifier("ownerDataSource")
    javax.sql.DataSource owner;

    @Test
    void aPublicPageFromTheCacheSendsNothingToTheDatabaseAndOpensNoSession() throws Exception {
        long sessions = sessionRows();
        double keyChecks = apiKeyVerifications();
        var first = RequestThreadStatements.during(() -> settled(client.get("/" + SLUG)));
        var second = RequestThreadStatements.during(() -> settled(client.get("/" + SLUG)));
        System.out.printf(
                "[webstack] council home: rendered %d statements, from the cache %d%n",
                first.sent().statements(), second.sent().statements());

        assertThat(first.result().status()).isEqualTo(200);
        assertThat(second.result().status()).isEqualTo(200);
        assertThat(second.result().body())
                .as("the same page")
                .isEqualTo(first.result().body());
        assertThat(first.result().body()).contains("Thiên Hương");
        assertThat(first.sent().statements())
                .as("rendering reads the council's content")
                .isPositive();
        assertThat(second.sent().statements())
                .as("the cached answer: no statement at all")
                .isZero();
        for (var response : List.of(first.result(), second.result())) {
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as("an anonymous visitor gets no session cookie")
                    .noneMatch(c -> c.startsWith("SESSION="));
        }
        assertThat(first.sent().mentions("spring_session")).isFalse();
        assertThat(first.sent().mentions("api_key")).isFalse();
        assertThat(sessionRows()).as("no session stored").isEqualTo(sessions);
        assertThat(apiKeyVerifications()).as("no key sent, none checked").isEqualTo(keyChecks);
    }

    @Test
    void aPublicSubmissionWithoutAKeyLooksUpNoKeyAndOpensNoSession() throws Exception {
        long sessions = sessionRows();
        double keyChecks = apiKeyVerifications();
        String text =
                "Đề nghị sửa đèn chiếu sáng ngõ 7 thôn Đông bị hỏng nhiều tuần " + Long.toString(System.nanoTime(), 36);
        var submitted = RequestThreadStatements.during(() -> settled(
                client.postJson("/api/v1/councils/" + SLUG + "/petitions", Map.of("content", text, "consent", true))));
        System.out.printf(
                "[webstack] public submission: %d statements on the request thread%n",
                submitted.sent().statements());

        assertThat(submitted.result().status()).as(submitted.result().body()).isEqualTo(201);
        assertThat(submitted.result().json().get("trackingCode").asString()).isNotBlank();
        assertThat(submitted.result().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(submitted.sent().mentions("api_key"))
                .as(
                        "no API-key look-up for a request without a key: %s",
                        submitted.sent().sql())
                .isFalse();
        assertThat(submitted.sent().mentions("spring_session")).isFalse();
        assertThat(submitted.sent().mentions("user_account")).isFalse();
        assertThat(sessionRows()).isEqualTo(sessions);
        assertThat(apiKeyVerifications()).isEqualTo(keyChecks);
    }

    @Test
    void theOparlSystemAndTheCouncilListOpenNoSession() {
        long sessions = sessionRows();
        for (String path : List.of("/oparl/v1/system", "/api/v1/councils?size=5", "/" + SLUG + "/van-ban")) {
            var response = client.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
        assertThat(sessionRows()).isEqualTo(sessions);
    }

    @Test
    void noObservationAroundEachSecurityFilterButEveryRequestIsTimed() {
        client.get("/" + SLUG + "/van-ban?p=" + System.nanoTime());
        client.get("/api/v1/councils?size=3");
        client.get("/app", TestClient.ADMIN, TestClient.ADMIN_PASSWORD);

        List<String> names = meters.getMeters().stream()
                .map(Meter::getId)
                .map(Meter.Id::getName)
                .distinct()
                .toList();
        assertThat(names).as("the HTTP server observation's timer").contains("http.server.requests");
        assertThat(names)
                .as("no observation of the security filter chains, their filters or each authorisation")
                .noneMatch(n -> n.startsWith("spring.security.filterchains")
                        || n.startsWith("spring.security.http.secured.requests")
                        || n.startsWith("spring.security.authorizations"));
    }

    @Test
    void theStatelessChainRunsNoFilterForSessions() {
        for (var chain : chains) {
            System.out.printf(
                    "[webstack] security chain %s: %d filters %s%n",
                    chain instanceof org.springframework.security.web.DefaultSecurityFilterChain d
                            ? d.getRequestMatcher()
                            : chain,
                    chain.getFilters().size(),
                    chain.getFilters().stream()
                            .map(f -> f.getClass().getSimpleName())
                            .toList());
        }
        var machine = chains.stream()
                .filter(c -> c.matches(new org.springframework.mock.web.MockHttpServletRequest(
                        "POST", "/api/v1/councils/" + SLUG + "/petitions")))
                .findFirst()
                .orElseThrow();
        assertThat(machine.getFilters())
                .as("no session, so no sign-out and no request kept for after a sign-in")
                .noneMatch(f -> f instanceof org.springframework.security.web.authentication.logout.LogoutFilter
                        || f instanceof org.springframework.security.web.savedrequest.RequestCacheAwareFilter);
    }

    private long sessionRows() {
        return JdbcClient.create(owner)
                .sql("select count(*) from spring_session")
                .query(Long.class)
                .single();
    }

    private double apiKeyVerifications() {
        return meters.find("hdnd.api_keys.verifications").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    /** The response, once the request thread has finished what it does after answering. */
    private static TestClient.Response settled(TestClient.Response response) throws InterruptedException {
        Thread.sleep(150);
        return response;
    }
}
