package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.fuzz.FuzzRun;

/**
 * Hostile request bodies and queries against the running application, through Tomcat, the
 * filters, Jackson and the error handling: public petition JSON (Xã Tân Minh) and the search API.
 * Every answer is below 500, carries no stack trace, and a refusal is an {@code
 * application/problem+json} with a Vietnamese {@code detail}. Corpus: {@code
 * src/test/resources/fuzz/json/} and {@code …/queries/}.
 */
@IntegrationTest
class JsonBodiesFuzzIntegrationTest {

    static final String SLUG = "tan-minh";

    @Autowired
    TestClient client;

    @Test
    void petitionJsonIsAcceptedOrRefusedClearly() {
        var result = FuzzRun.of(
                        "json",
                        input -> answeredClearly(client.postBytes(
                                "/api/v1/councils/" + SLUG + "/petitions", "application/json", input, null, null)),
                        thrown -> false)
                .maxLength(64 * 1024)
                .run();
        assertThat(result.executions()).isGreaterThanOrEqualTo(result.corpus());
    }

    @Test
    void searchQueriesAreAnsweredClearly() {
        var result = FuzzRun.of(
                        "queries",
                        input -> answeredClearly(client.get("/api/v1/search?council=" + SLUG + "&q="
                                + URLEncoder.encode(
                                        new String(input, StandardCharsets.UTF_8), StandardCharsets.UTF_8))),
                        thrown -> false)
                .maxLength(2048)
                .run();
        assertThat(result.executions()).isGreaterThanOrEqualTo(result.corpus());
    }

    static void answeredClearly(TestClient.Response response) {
        assertThat(response.status()).as(response.body()).isLessThan(500);
        assertThat(response.body())
                .as("no stack trace")
                .doesNotContain("at vn.hdndso.")
                .doesNotContain("Exception:");
        if (response.status() >= 400) {
            assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString(""))
                    .as(response.body())
                    .isNotBlank();
        }
    }
}
