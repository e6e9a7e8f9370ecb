package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Recording chunks travel without a transaction (issue 17, finding 9b): a slow chunk holds neither
 * the upload's row lock nor a pooled connection, a second chunk at the same time is refused at
 * once, and an upload whose bytes all arrived but that was never stored (the application stopped)
 * is finished when the client sends an empty chunk at its end.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingChunksIntegrationTest {

    private static final String COUNCIL = "chi-minh";

    @Autowired
    TestClient client;

    @Autowired
    InstallationProperties installation;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    SessionFixture council;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void aCouncil() {
        council = SessionFixture.withDelegates(client, COUNCIL, 1);
    }

    @Test
    void aSlowChunkHoldsNoLockAndASecondChunkAtTheSameTimeIsRefused() throws Exception {
        String session = council.sessionInProgress("Kỳ họp ghi hình chậm");
        byte[] video = SessionLiveIntegrationTest.fakeMp4(300_000);
        String upload = start(session, video.length);

        var pipe = new PipedOutputStream();
        var body = new PipedInputStream(pipe, 64 * 1024);
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                HttpRequest.newBuilder(URI.create(client.baseUrl() + upload + "?offset=0"))
                        .header("Authorization", basic(council.clerk))
                        .header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> body), 100_000))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        pipe.write(video, 0, 40_000);
        pipe.flush();
        Thread.sleep(1_000);

        // while the chunk is still arriving, the upload's state answers at once (no row lock held) …
        var status = http.send(
                HttpRequest.newBuilder(URI.create(client.baseUrl() + upload))
                        .header("Authorization", basic(council.clerk))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(status.body()).contains("\"received\":0");
        // … and a second chunk at the same offset is refused at once, not queued behind the first
        var second = http.send(
                HttpRequest.newBuilder(URI.create(client.baseUrl() + upload + "?offset=0"))
                        .header("Authorization", basic(council.clerk))
                        .header("Content-Type", "application/octet-stream")
                        .timeout(Duration.ofSeconds(5))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(video, 0, 100_000)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(second.body()).contains("đang được nhận");
        // no connection of the application sits idle in a transaction over the upload meanwhile
        assertThat(JdbcClient.create(owner)
                        .sql("select count(*) from pg_stat_activity where application_name = 'hdnd-so'"
                                + " and state like 'idle in transaction%' and query ilike '%recording_upload%'")
                        .query(Long.class)
                        .single())
                .isZero();

        pipe.write(video, 40_000, 60_000);
        pipe.close();
        var first = slow.get(10, TimeUnit.SECONDS);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"received\":100000");

        assertThat(put(upload, 100_000, Arrays.copyOfRange(video, 100_000, 300_000))
                        .json()
                        .get("complete")
                        .asBoolean())
                .isTrue();
        var whole = client.getBytes("/" + COUNCIL + "/ky-hop/" + session + "/ghi-hinh", null, null);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(video);
    }

    @Test
    void anUploadInterruptedWhileBeingStoredIsFinishedByAnEmptyChunkAtItsEnd() throws Exception {
        String session = council.sessionInProgress("Kỳ họp ghi hình bị gián đoạn");
        byte[] video = SessionLiveIntegrationTest.fakeMp4(200_000);
        String upload = start(session, video.length);
        assertThat(put(upload, 0, Arrays.copyOfRange(video, 0, 100_000))
                        .json()
                        .get("received")
                        .asLong())
                .isEqualTo(100_000);
        // the application stopped after the last chunk was written and counted, before it was stored
        String id = upload.substring(upload.lastIndexOf('/') + 1);
        Path staged = installation.dataDir().resolve("tmp/recordings/" + id + ".part");
        Files.write(staged, Arrays.copyOfRange(video, 100_000, 200_000), StandardOpenOption.APPEND);
        JdbcClient.create(owner)
                .sql("update recording_upload set received = total_size where id = :id::uuid")
                .param("id", id)
                .update();
        assertThat(client.get("/" + COUNCIL + "/ky-hop/" + session + "/ghi-hinh")
                        .status())
                .isEqualTo(404);
        assertThat(client.get(upload, council.clerk, SessionFixture.PASSWORD)
                        .json()
                        .get("received")
                        .asLong())
                .isEqualTo(200_000);

        var resumed = put(upload, 200_000, new byte[0]);
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.json().get("complete").asBoolean()).isTrue();
        var whole = client.getBytes("/" + COUNCIL + "/ky-hop/" + session + "/ghi-hinh", null, null);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(video);
        assertThat(staged).doesNotExist();
    }

    private String start(String session, int size) {
        String uploads = council.base() + "/" + session + "/recording/uploads";
        var started = client.postJson(
                uploads, Map.of("fileName", "ky-hop.mp4", "size", size), council.clerk, SessionFixture.PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return uploads + "/" + started.json().get("id").asString();
    }

    private TestClient.Response put(String upload, long offset, byte[] bytes) {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(client.baseUrl() + upload + "?offset=" + offset))
                            .header("Authorization", basic(council.clerk))
                            .header("Content-Type", "application/octet-stream")
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new TestClient.Response(
                    response.statusCode(), response.body(), response.headers(), json.readTree(response.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + SessionFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
