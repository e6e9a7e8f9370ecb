package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Live streams are bounded per client address and per viewer (issue 17, finding 10): one more
 * gets {@code 429} with a Vietnamese problem, other addresses are not hindered, and a stream the
 * client closes frees its slot. The requests come from 127.0.0.1, a trusted proxy in the tests,
 * so {@code X-Forwarded-For} gives each case its own address.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveStreamLimitsIntegrationTest {

    private static final String COUNCIL = "dai-son";

    @Autowired
    TestClient client;

    @Value("${hdnd.sessions.live.per-address}")
    int perAddress;

    @Value("${hdnd.sessions.live.per-viewer}")
    int perViewer;

    SessionFixture council;
    String session;
    final HttpClient http = HttpClient.newHttpClient();
    final List<HttpResponse<InputStream>> open = new ArrayList<>();

    @BeforeAll
    void aSessionInProgress() {
        council = SessionFixture.withDelegates(client, COUNCIL, 1);
        session = council.sessionInProgress("Kỳ họp xem trực tiếp có giới hạn");
    }

    @AfterEach
    void closeEverything() throws Exception {
        for (var response : open) {
            response.body().close();
        }
        open.clear();
    }

    @Test
    void oneAddressGetsItsShareOthersAreNotHinderedAndAClosedStreamFreesItsSlot() throws Exception {
        String publicStream = "/" + COUNCIL + "/ky-hop/" + session + "/su-kien";
        for (int i = 0; i < perAddress; i++) {
            var stream = stream(publicStream, "10.17.0.9", null);
            assertThat(stream.statusCode()).as("stream %d", i + 1).isEqualTo(200);
            open.add(stream);
        }
        var refused = stream(publicStream, "10.17.0.9", null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        String problem = new String(refused.body().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(problem)
                .contains("Địa chỉ mạng này đã mở số luồng trực tiếp tối đa")
                .contains("\"limit\":\"address\"");

        var elsewhere = stream(publicStream, "10.17.0.10", null);
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        open.add(elsewhere);

        // the viewer closes one page: its slot is free once the server notices (at the latest the heartbeat)
        open.removeFirst().body().close();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < until) {
            var again = stream(publicStream, "10.17.0.9", null);
            status = again.statusCode();
            if (status == 200) {
                open.add(again);
                break;
            }
            again.body().close();
            Thread.sleep(1_000);
        }
        assertThat(status).isEqualTo(200);
    }

    @Test
    void oneSignedInViewerGetsAFewStreamsFromAnyAddress() throws Exception {
        String apiStream = council.base() + "/" + session + "/events";
        for (int i = 0; i < perViewer; i++) {
            var stream = stream(apiStream, "10.17.1." + (i + 1), council.clerk);
            assertThat(stream.statusCode()).as("stream %d", i + 1).isEqualTo(200);
            open.add(stream);
        }
        var refused = stream(apiStream, "10.17.1.200", council.clerk);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(new String(refused.body().readAllBytes(), StandardCharsets.UTF_8))
                .contains("\"limit\":\"viewer\"");
        // another person from the same address is not hindered
        var chair = stream(apiStream, "10.17.1.200", council.chair);
        assertThat(chair.statusCode()).isEqualTo(200);
        open.add(chair);
    }

    private HttpResponse<InputStream> stream(String path, String address, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                .header("Accept", "text/event-stream")
                .header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(20));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + SessionFixture.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
