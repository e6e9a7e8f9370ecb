package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Prometheus metrics are for a scraper on the same machine: a client from elsewhere (here named
 * by the trusted proxy 127.0.0.1) gets nothing.
 */
@IntegrationTest
class MetricsAccessIntegrationTest {

    @Autowired
    TestClient client;

    @Test
    void metricsAnswerOnThisMachineOnly() throws Exception {
        var local = get("");
        var remote = get("203.0.113.77");

        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.body()).contains("jvm_memory_used_bytes");
        assertThat(remote.statusCode()).isIn(403, 404);
        assertThat(remote.body()).doesNotContain("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(String forwardedFor) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/actuator/prometheus"));
        if (!forwardedFor.isEmpty()) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
