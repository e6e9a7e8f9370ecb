package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Live updates over server-sent events, recordings (resumable upload, Range requests), the
 * document pack, minutes and the Popolo export.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLiveIntegrationTest {

    @Autowired
    TestClient client;

    SessionFixture council;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void aCouncilOfThreeDelegates() {
        council = SessionFixture.withDelegates(client, SessionTestCouncils.LIVE, 3);
    }

    @Test
    void aViewerOfThePublicStreamSeesEachVoteWithoutAsking() throws Exception {
        String session = council.sessionInProgress("Kỳ họp xem trực tiếp");
        String item = council.motion(session, "Tờ trình trực tiếp", "MORE_THAN_HALF_OF_ALL");
        BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        var response = http.send(
                HttpRequest.newBuilder(
                                URI.create(client.baseUrl() + "/" + council.slug + "/ky-hop/" + session + "/su-kien"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                String event = "message";
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:") && event.equals("state")) {
                        // the stream also carries other events (the speakers' list)
                        states.add(json.readTree(line.substring(5)));
                    }
                }
            } catch (Exception e) {
                // the stream ends when the test closes it
            }
        });
        try {
            JsonNode first = states.poll(10, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.get("motions").get(0).get("voteState").asString()).isEqualTo("NONE");

            council.open(session, item);
            council.vote(session, item, council.delegates.get(0), "YES");
            council.vote(session, item, council.delegates.get(1), "YES");
            JsonNode seen =
                    awaitState(states, s -> s.get("motions").get(0).get("yes").asInt() == 2);
            assertThat(seen.get("motions").get(0).get("voteState").asString()).isEqualTo("OPEN");
            assertThat(seen.get("motions").get(0).get("passed").asBoolean()).isTrue();
            council.close(session, item);
            JsonNode closed = awaitState(
                    states,
                    s -> s.get("motions").get(0).get("voteState").asString().equals("CLOSED"));
            assertThat(closed.get("motions").get(0).get("totalDelegates").asInt())
                    .isEqualTo(3);
        } finally {
            response.body().close();
            reader.interrupt();
        }
    }

    private static JsonNode awaitState(BlockingQueue<JsonNode> states, java.util.function.Predicate<JsonNode> wanted)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            JsonNode state = states.poll(200, TimeUnit.MILLISECONDS);
            if (state != null && wanted.test(state)) {
                return state;
            }
        }
        throw new AssertionError("no such state within 10 s");
    }

    @Test
    void attendanceAndQuorumCountAgainstAllDelegates() {
        String session = council.sessionInProgress("Kỳ họp điểm danh");
        var one = client.request(
                "POST",
                council.base() + "/" + session + "/attendance",
                null,
                council.delegates.get(0),
                SessionFixture.PASSWORD);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().get("present").asInt()).isEqualTo(1);
        assertThat(one.json().get("quorum").asBoolean()).isFalse();
        String second = one.json()
                .get("delegates")
                .valueStream()
                .filter(d -> !d.get("present").asBoolean())
                .findFirst()
                .orElseThrow()
                .get("delegateId")
                .asString();
        var two = client.request(
                "PUT",
                council.base() + "/" + session + "/attendance/" + second,
                "{\"present\":true}",
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(two.json().get("present").asInt()).isEqualTo(2);
        assertThat(two.json().get("quorum").asBoolean()).isTrue();
        assertThat(client.request(
                                "POST",
                                council.base() + "/" + session + "/attendance",
                                null,
                                council.clerk,
                                SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRecordingUploadedInChunksResumesAndIsServedWithRanges() {
        String session = council.sessionInProgress("Kỳ họp có ghi hình");
        byte[] video = fakeMp4(300_000);
        String uploads = council.base() + "/" + session + "/recording/uploads";
        var started = client.postJson(
                uploads,
                Map.of("fileName", "ky-hop.mp4", "size", video.length),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String upload = uploads + "/" + started.json().get("id").asString();

        assertThat(put(upload, 0, Arrays.copyOfRange(video, 0, 100_000))
                        .json()
                        .get("received")
                        .asLong())
                .isEqualTo(100_000);
        // the connection dropped and the client lost track: a chunk at the wrong offset is refused with what arrived
        var wrong = put(upload, 200_000, Arrays.copyOfRange(video, 200_000, 300_000));
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.json().get("detail").asString()).contains("100000");
        assertThat(client.get(upload, council.clerk, SessionFixture.PASSWORD)
                        .json()
                        .get("received")
                        .asLong())
                .isEqualTo(100_000);
        // nothing is public before the last byte
        assertThat(client.get("/" + council.slug + "/ky-hop/" + session + "/ghi-hinh")
                        .status())
                .isEqualTo(404);
        // a repeated chunk is harmless
        put(upload, 0, Arrays.copyOfRange(video, 0, 100_000));
        put(upload, 100_000, Arrays.copyOfRange(video, 100_000, 200_000));
        var done = put(upload, 200_000, Arrays.copyOfRange(video, 200_000, 300_000));
        assertThat(done.json().get("complete").asBoolean()).isTrue();

        var whole = client.getBytes("/" + council.slug + "/ky-hop/" + session + "/ghi-hinh", null, null);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(video);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");

        var range = rangeGet("/" + council.slug + "/ky-hop/" + session + "/ghi-hinh", "bytes=1000-1999");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/300000");
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));
        var tail = rangeGet("/" + council.slug + "/ky-hop/" + session + "/ghi-hinh", "bytes=-500");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(video, 299_500, 300_000));
        assertThat(rangeGet("/" + council.slug + "/ky-hop/" + session + "/ghi-hinh", "bytes=400000-")
                        .statusCode())
                .isEqualTo(416);
    }

    @Test
    void aFileThatIsNotAVideoIsRefusedAtItsFirstChunk() {
        String session = council.sessionInProgress("Kỳ họp ghi hình sai định dạng");
        String uploads = council.base() + "/" + session + "/recording/uploads";
        var started = client.postJson(
                uploads, Map.of("fileName", "x.mp4", "size", 1000), council.clerk, SessionFixture.PASSWORD);
        var refused = put(uploads + "/" + started.json().get("id").asString(), 0, new byte[1000]);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("không phải video");
    }

    @Test
    void thePackIsReadOnAPhoneDownloadedAsZipAndReadsAreRecorded() throws Exception {
        String session = council.sessionInProgress("Kỳ họp có tài liệu");
        String pack = council.base() + "/" + session + "/pack";
        var added = client.postMultipart(
                pack,
                List.of(TestClient.Part.file(
                        "file",
                        "to-trinh.pdf",
                        "application/pdf",
                        vn.hdndso.documents.TestPdfs.plan("Tờ trình ngân sách", 2))),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("pageCount").asInt()).isEqualTo(2);
        var refused = client.postMultipart(
                pack,
                List.of(TestClient.Part.file(
                        "file", "ghi-chu.pdf", "application/pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8))),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");

        String document = added.json().get("id").asString();
        var pdf = client.getBytes(pack + "/" + document + ".pdf", council.delegates.get(0), SessionFixture.PASSWORD);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var zip = client.getBytes(pack + ".zip", council.delegates.get(1), SessionFixture.PASSWORD);
        assertThat(zip.status()).isEqualTo(200);
        try (var entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            var entry = entries.getNextEntry();
            assertThat(entry.getName()).startsWith("01-").endsWith(".pdf");
            assertThat(entries.readAllBytes()).isEqualTo(pdf.body());
        }
        var receipts = client.get(pack + "/receipts", council.chair, SessionFixture.PASSWORD)
                .json();
        assertThat(receipts.valueStream().map(r -> r.get("userName").asString()).toList())
                .containsExactly("Người thử ss.delegate0");
        assertThat(client.get(pack, council.delegates.get(2), SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(client.get(pack).status()).isEqualTo(401);
    }

    @Test
    void theMinutesAndThePopoloExportCarryTheResults() throws Exception {
        String session = council.sessionInProgress("Kỳ họp lập biên bản");
        String item = council.motion(session, "Tờ trình kế hoạch đầu tư công", "MORE_THAN_HALF_OF_ALL");
        council.open(session, item);
        council.vote(session, item, council.delegates.get(0), "YES");
        council.vote(session, item, council.delegates.get(1), "YES");
        council.vote(session, item, council.delegates.get(2), "ABSTAIN");
        council.close(session, item);
        client.request("POST", council.base() + "/" + session + "/close", null, council.chair, SessionFixture.PASSWORD);

        var minutes = client.getBytes("/" + council.slug + "/ky-hop/" + session + "/bien-ban.pdf", null, null);
        assertThat(minutes.status()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(minutes.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("BIÊN BẢN", "Tờ trình kế hoạch đầu tư công", "tán thành 2/3", "THÔNG QUA");
        }

        JsonNode events = client.get("/" + council.slug + "/ky-hop/" + session + "/popolo.json")
                .json();
        assertThat(events).hasSize(1);
        JsonNode event = events.get(0);
        assertThat(new PopoloSchema().problems(event, "vote_event.json")).isEmpty();
        for (JsonNode count : event.get("counts")) {
            assertThat(new PopoloSchema().problems(count, "count.json")).isEmpty();
        }
        for (JsonNode vote : event.get("votes")) {
            assertThat(new PopoloSchema().problems(vote, "vote.json")).isEmpty();
        }
        assertThat(event.get("result").asString()).isEqualTo("pass");
        assertThat(event.get("counts")
                        .valueStream()
                        .filter(c -> c.get("option").asString().equals("yes"))
                        .findFirst()
                        .orElseThrow()
                        .get("value")
                        .asInt())
                .isEqualTo(2);
        assertThat(event.get("votes")).hasSize(3);
        // the checker does catch a wrong document
        assertThat(new PopoloSchema().problems(json.readTree("{\"option\":1}"), "count.json"))
                .hasSize(2);
    }

    private TestClient.Response put(String path, long offset, byte[] chunk) {
        try {
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(client.baseUrl() + path + "?offset=" + offset))
                                    .header("Authorization", basic(council.clerk))
                                    .header("Content-Type", "application/octet-stream")
                                    .PUT(HttpRequest.BodyPublishers.ofByteArray(chunk))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new TestClient.Response(
                    response.statusCode(), response.body(), response.headers(), json.readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> rangeGet(String path, String range) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                                    .header("Range", range)
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + SessionFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** An MP4 header ({@code ftyp} box) followed by noise: enough for the type check and the byte arithmetic. */
    static byte[] fakeMp4(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
