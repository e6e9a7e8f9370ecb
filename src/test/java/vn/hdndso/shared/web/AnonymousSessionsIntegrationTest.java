package vn.hdndso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * An anonymous visitor who opens a public form gets no server session (a row in the session table
 * for every view): the form's CSRF token travels in a cookie of its own, and the form still works.
 */
@IntegrationTest
class AnonymousSessionsIntegrationTest {

    @Autowired
    TestClient client;

    @Test
    void opening_the_petition_form_creates_no_session() {
        var form = client.get("/hung-thang/kien-nghi");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"_csrf\"");
        List<String> cookies = form.headers().allValues("Set-Cookie");
        assertThat(cookies).noneMatch(c -> c.startsWith("SESSION="));
        assertThat(cookies).anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.contains("HttpOnly"));
    }

    @Test
    void the_token_in_the_cookie_still_protects_and_admits_the_form() {
        var visitor = new WebSession(client);
        // an empty petition: answered with the form's errors (400), not refused as forged (403)
        var submitted = visitor.submit("/hung-thang/kien-nghi", "/hung-thang/kien-nghi", Map.of("content", ""));
        assertThat(submitted.status()).isEqualTo(400);
        var forged = new WebSession(client).post("/hung-thang/kien-nghi", Map.of("content", "", "_csrf", "forged"));
        assertThat(forged.status()).as("refused as forged").isIn(403, 404);
    }

    @Test
    void a_form_page_is_never_shared_between_visitors_by_the_page_cache() {
        var first = new WebSession(client);
        first.get("/hung-thang/kien-nghi");
        var again = first.get("/hung-thang/kien-nghi"); // with its token cookie: sets no cookie now
        assertThat(again.header("Cache-Control")).contains("no-store");

        var next = new WebSession(client);
        var submitted = next.submit("/hung-thang/kien-nghi", "/hung-thang/kien-nghi", Map.of("content", ""));
        assertThat(submitted.status()).as("the next visitor's own token").isEqualTo(400);
    }

    @Test
    void signing_in_still_makes_a_session() {
        var browser = new WebSession(client);
        var signedIn = browser.signIn(TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(WebSession.redirectPath(signedIn)).isEqualTo("/app");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION="));
        assertThat(browser.get("/app").status()).isEqualTo(200);
    }
}
